// english_text.h — engine messages (engine/message.h) in English for the CLI's output.
//
// The CLI's JSON is a public interface: its text fields stay in English whatever language a
// reader picks, byte-identical to the English the engine once wrote itself; the plain-text
// reports use the same English until the CLI takes --lang.
#pragma once

#include <string>
#include <string_view>

#include "engine/message.h"
#include "text/message_text.h"
#include "text/sentence_text.h"

namespace armistice::cli {

inline std::string english(const Message& m) {
    return text::render(text::Strings(), m);
}
inline std::string english(std::string_view key) {
    return text::render(text::Strings(), key);
}
inline std::string english(const Sentence& s) {
    return text::render(text::Strings(), s);
}

}  // namespace armistice::cli
