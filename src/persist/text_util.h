// text_util.h — small text helpers shared by persist's loaders and messages (internal).
//
// Invariant: quote_text() output is always printable ASCII plus valid UTF-8 from the input, at most
// ~64 bytes, so hostile keys or values can be echoed in one-line error messages safely (no
// control characters, no terminal escapes, no format directives interpreted anywhere).
#pragma once

#include <string>
#include <string_view>

namespace armistice::persist {

// '"' + text (control characters and invalid bytes as '?', cut after 48 bytes with "...") + '"'.
std::string quote_text(std::string_view text);

// `text` made safe to echo on a terminal in one line, for names the user typed (file names):
// C0/C1 controls and DEL become \xNN, invalid UTF-8 bytes \xNN, bidi controls and line/paragraph
// separators \u{NNNN}, a backslash "\\"; after max_bytes of input, "...". Printable text,
// including non-ASCII letters, is kept as it is.
std::string printable_name(std::string_view text, std::size_t max_bytes = 200);

// "a, b, c" — for "allowed: ..." lists.
template <class Range, class Fn>
std::string join_ids(const Range& range, Fn id_of) {
    std::string out;
    for (const auto& item : range) {
        if (!out.empty()) out += ", ";
        out += std::string(id_of(item));
    }
    return out;
}

}  // namespace armistice::persist
