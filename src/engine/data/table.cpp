// table.cpp — reading one CSV data file (see table.h).
#include "engine/data/table.h"

#include <fstream>
#include <sstream>

#include "engine/csv.h"

namespace armistice::data {

std::string format_problem(const Problem& p) {
    return p.file + ":" + std::to_string(p.line) + ": " + p.field + ": " + p.message;
}

bool snake_case(std::string_view s) {
    if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
    for (const char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

const std::string& Table::cell(const Row& row, std::string_view column) const {
    static const std::string kEmpty;  // immutable: the answer for an absent column
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == column) return row.cells[i];
    }
    return kEmpty;
}

namespace {

bool blank(const std::vector<std::string>& cells) {
    for (const std::string& c : cells) {
        if (!c.empty()) return false;
    }
    return true;
}

void check_header(Table& t, const std::vector<Column>& columns, std::vector<Problem>& problems) {
    std::string names;
    for (const Column& c : columns) names += (names.empty() ? "" : ", ") + std::string(c.name);
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        bool known = false;
        for (const Column& c : columns) known = known || c.name == t.header[i];
        if (!known) {
            problems.push_back({t.file, 1, t.header[i].empty() ? "(empty)" : t.header[i],
                                "unknown column (expected: " + names + ")"});
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (t.header[j] == t.header[i] && !t.header[i].empty())
                problems.push_back({t.file, 1, t.header[i], "column appears twice"});
        }
    }
    for (const Column& c : columns) {
        if (!c.required) continue;
        bool present = false;
        for (const std::string& h : t.header) present = present || h == c.name;
        if (!present) problems.push_back({t.file, 1, std::string(c.name), "missing column"});
    }
}

}  // namespace

Table read_table(const std::string& path, const std::vector<Column>& columns,
                 std::vector<Problem>& problems) {
    Table t;
    t.file = path;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    if (in) buf << in.rdbuf();
    if (!in) {
        problems.push_back({path, 0, "file", "cannot be read"});
        return t;
    }
    const std::string text = buf.str();
    std::size_t pos = 0, line = 1, lines = 1;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;  // spreadsheet BOM
    std::vector<std::string> cells;
    bool have_header = false;
    while (pos < text.size()) {
        const std::size_t start = line;
        const bool closed = read_csv_record(text, pos, cells, lines);
        line += lines;
        if (!closed) {
            problems.push_back({path, start, "record", "quoted field never closed"});
            break;
        }
        if (blank(cells)) continue;
        if (!have_header) {
            t.header = cells;
            have_header = true;
            check_header(t, columns, problems);
            continue;
        }
        if (cells.size() != t.header.size()) {
            problems.push_back({path, start, "record",
                                std::to_string(cells.size()) + " fields, the header has " +
                                    std::to_string(t.header.size())});
            continue;
        }
        t.rows.push_back({start, cells});
    }
    if (!have_header) problems.push_back({path, 1, "file", "empty: no header row"});
    return t;
}

}  // namespace armistice::data
