// message.h — a text the engine returns without writing it: a string-table key and the values of
// its {placeholders}. The presentation layer (text::render, src/text/message_text.h) turns it into
// words in the reader's language; the engine itself stays standard-library-only and never holds
// English sentences in its results (issue #13 item 3).
//
// Invariants: `key` names a row of data/strings/en/engine_*.csv and points at static storage (a
// literal, or a table that lives as long as the program); `args` are the placeholder values,
// already formatted (numbers as the English showed them), each name once.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace armistice {

struct Message {
    std::string_view key;  // e.g. "law.un.recognition_de_jure"
    std::vector<std::pair<std::string_view, std::string>> args;  // {name} -> value

    bool empty() const { return key.empty(); }
};

}  // namespace armistice
