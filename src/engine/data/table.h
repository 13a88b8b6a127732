// table.h — one CSV data file read into rows with their line numbers, and the problems found.
//
// Purpose: the domain data (data/README.md) is CSV with a header row. A Table knows its display
// path and the line each record starts on, so every problem is reported as
// `file:line: field: problem` (Problem). Invariants: rows hold exactly one string per column
// (records with another count are reported, not kept); blank records are skipped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace armistice::data {

struct Problem {
    std::string file;   // path as given on the command line, e.g. "data/catalog/options.csv"
    std::size_t line;   // 1-based line the record starts on; 1 for the header
    std::string field;  // column name, or "record" / "file" for the whole row / file
    std::string message;
};

// "file:line: field: message"
std::string format_problem(const Problem& p);

// Small checks every data file shares: an id is lower_snake_case (a–z first, then a–z, 0–9, _);
// a text's length in code points (UTF-8); a cell's value quoted for a message ('x').
bool snake_case(std::string_view s);
std::size_t code_points(std::string_view s);
std::string quoted(std::string_view s);

struct Row {
    std::size_t line;  // 1-based line the record starts on
    std::vector<std::string> cells;
};

struct Column {
    std::string_view name;
    bool required;  // a required column must be present in the header (cells may still be empty)
};

struct Table {
    std::string file;
    std::vector<std::string> header;
    std::vector<Row> rows;

    // Cell of `column` in `row`; an empty string when the column is absent from the header.
    const std::string& cell(const Row& row, std::string_view column) const;
};

// Reads `path` (shown as `path` in problems) and checks its header against `columns`: an unknown
// or repeated column or a missing required one is a problem at line 1. Returns the rows read;
// on an unreadable file, a table with no rows and one problem.
Table read_table(const std::string& path, const std::vector<Column>& columns,
                 std::vector<Problem>& problems);

}  // namespace armistice::data
