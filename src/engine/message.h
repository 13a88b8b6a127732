// message.h — a text the engine returns without writing it: a string-table key and the values of
// its {placeholders}. The presentation layer (text::render, src/text/message_text.h) turns it into
// words in the reader's language; the engine itself stays standard-library-only and never holds
// English sentences in its results (issue #13 item 3).
//
// Invariants: `key` names a row of data/strings/en/engine_*.csv and points at static storage (a
// literal, or a table that lives as long as the program); `args` are the placeholder values,
// already formatted (numbers as the English showed them), each name once. `keyed_args` are
// placeholders whose value is itself a table key (a clause's "option.<qualified id>.label", a
// party's name), rendered in the reader's language; a name appears in `args` or `keyed_args`,
// never both.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace armistice {

struct Message {
    std::string_view key;  // e.g. "law.un.recognition_de_jure"
    std::vector<std::pair<std::string_view, std::string>> args;  // {name} -> value
    std::vector<std::pair<std::string_view, std::string>> keyed_args{};  // {name} -> a table key

    bool empty() const { return key.empty(); }
};

}  // namespace armistice
