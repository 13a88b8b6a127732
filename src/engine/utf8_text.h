// utf8_text.h — UTF-8 decoding and the text-safety checks shared by validation and messages.
//
// Purpose: one decoder for every check that looks at code points (scenario names and
// descriptions, link notes, escaping names echoed to a terminal), so they agree on what is valid.
// Invariants: utf8_decode() accepts exactly the shortest-form encodings of U+0000..U+10FFFF
// without surrogates; everything is pure and allocation-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace armistice {

// Decodes the sequence starting at text[i] (i < text.size()) into `cp`; returns its length in
// bytes (1..4), or 0 when the bytes there are not valid UTF-8 (then `cp` is unspecified).
std::size_t utf8_decode(std::string_view text, std::size_t i, std::uint32_t& cp);

// C0 controls, DEL and C1 controls (U+0080..U+009F).
constexpr bool is_control_code_point(std::uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

// Characters that change how surrounding text is laid out while being invisible themselves:
// the bidi embeddings/overrides U+202A..U+202E, the bidi isolates U+2066..U+2069 (both can make
// text display in a misleading order) and the line/paragraph separators U+2028/U+2029.
constexpr bool is_layout_control_code_point(std::uint32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
           cp == 0x2029;
}

// True when `text` is valid UTF-8 with no control characters (allow_newline permits '\n').
bool is_clean_utf8(const std::string& text, bool allow_newline);

// The first layout control (is_layout_control_code_point) in valid UTF-8 `text`, or 0 if none.
std::uint32_t first_layout_control(std::string_view text);

// "U+202E (right-to-left override)": a code point named for a message.
std::string describe_code_point(std::uint32_t cp);

}  // namespace armistice
