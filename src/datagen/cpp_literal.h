// cpp_literal.h — one text as a C++ string literal, for the generated sources.
//
// Invariant: UTF-8 bytes are kept as they are; quotes, backslashes, line breaks and other control
// characters are escaped, so any text from a data file compiles to exactly its bytes.
#pragma once

#include <cstdio>
#include <string>

namespace armistice::datagen {

inline std::string lit(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (u < 0x20 || u == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace armistice::datagen
