// utf8_text.cpp — see utf8_text.h.
#include "engine/utf8_text.h"

#include <cstdio>

namespace armistice {

std::size_t utf8_decode(std::string_view text, std::size_t i, std::uint32_t& cp) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    std::size_t len = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(text[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        return 0;
    }
    return len;
}

bool is_clean_utf8(const std::string& text, bool allow_newline) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::uint32_t cp = 0;
        const std::size_t len = utf8_decode(text, i, cp);
        if (len == 0) return false;
        if (is_control_code_point(cp) && !(allow_newline && cp == '\n')) return false;
        i += len;
    }
    return true;
}

std::uint32_t first_layout_control(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::uint32_t cp = 0;
        const std::size_t len = utf8_decode(text, i, cp);
        if (len == 0) return 0;  // callers check validity first
        if (is_layout_control_code_point(cp)) return cp;
        i += len;
    }
    return 0;
}

std::string describe_code_point(std::uint32_t cp) {
    const char* name = "";
    switch (cp) {
        case 0x202A:
            name = " (left-to-right embedding)";
            break;
        case 0x202B:
            name = " (right-to-left embedding)";
            break;
        case 0x202C:
            name = " (pop directional formatting)";
            break;
        case 0x202D:
            name = " (left-to-right override)";
            break;
        case 0x202E:
            name = " (right-to-left override)";
            break;
        case 0x2066:
            name = " (left-to-right isolate)";
            break;
        case 0x2067:
            name = " (right-to-left isolate)";
            break;
        case 0x2068:
            name = " (first strong isolate)";
            break;
        case 0x2069:
            name = " (pop directional isolate)";
            break;
        case 0x2028:
            name = " (line separator)";
            break;
        case 0x2029:
            name = " (paragraph separator)";
            break;
        default:
            break;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "U+%04X%s", static_cast<unsigned>(cp), name);
    return buf;
}

}  // namespace armistice
