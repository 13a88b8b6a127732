// text_util.cpp — see text_util.h.
#include "persist/text_util.h"

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

}  // namespace armistice::persist
