// write_file.h — how the build-time generators write their output.
//
// Invariant: a file whose content did not change keeps its time stamp, so what includes or
// compiles it is not rebuilt.
#pragma once

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace armistice::datagen {

// Writes `text` to `path`, unless the file already holds exactly that. `tool` names the program
// in the message printed when the file cannot be written. Returns false on failure.
inline bool write_file(const std::string& path, const std::string& text, const char* tool) {
    {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream old;
        if (in) old << in.rdbuf();
        if (in && old.str() == text) return true;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) std::fprintf(stderr, "%s: cannot write %s\n", tool, path.c_str());
    return static_cast<bool>(out);
}

}  // namespace armistice::datagen
