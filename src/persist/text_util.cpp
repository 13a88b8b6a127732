// text_util.cpp — see text_util.h.
#include "persist/text_util.h"

#include <cstdio>

#include "engine/utf8_text.h"

namespace armistice::persist {

std::string quote_text(std::string_view text) {
    constexpr std::size_t kMax = 48;
    std::string out = "\"";
    std::size_t i = 0;
    while (i < text.size() && i < kMax) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool valid = len != 0 && i + len <= text.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        }
        // C1 controls (U+0080..U+009F) are 0xC2 0x80..0x9F.
        if (valid && len == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) valid = false;
        if (valid) {
            out.append(text.substr(i, len));
            i += len;
        } else {
            out += '?';
            ++i;
        }
    }
    if (i < text.size()) out += "...";
    out += '"';
    return out;
}

std::string printable_name(std::string_view text, std::size_t max_bytes) {
    std::string out;
    std::size_t i = 0;
    char buf[16];
    while (i < text.size() && i < max_bytes) {
        std::uint32_t cp = 0;
        const std::size_t len = utf8_decode(text, i, cp);
        if (len == 0 || is_control_code_point(cp)) {
            // An invalid byte, or every byte of a control character, as \xNN.
            const std::size_t n = len == 0 ? 1 : len;
            for (std::size_t k = 0; k < n; ++k) {
                std::snprintf(buf, sizeof buf, "\\x%02X",
                              static_cast<unsigned>(static_cast<unsigned char>(text[i + k])));
                out += buf;
            }
            i += n;
            continue;
        }
        if (is_layout_control_code_point(cp)) {
            std::snprintf(buf, sizeof buf, "\\u{%04X}", static_cast<unsigned>(cp));
            out += buf;
        } else if (cp == '\\') {
            out += "\\\\";
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    if (i < text.size()) out += "...";
    return out;
}

}  // namespace armistice::persist
