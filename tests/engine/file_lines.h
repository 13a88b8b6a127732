// file_lines.h — test helper: a text file as lines, read and written back (the data-check tests
// damage copies of data/ files line by line).
#pragma once

#include <fstream>
#include <string>
#include <vector>

namespace armistice::test {

inline std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

inline void write_lines(const std::string& path, const std::vector<std::string>& lines) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (const std::string& l : lines) out << l << '\n';
}

}  // namespace armistice::test
