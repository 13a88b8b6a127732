// sentence.h — an engine text whose placeholders may hold lists of other texts: "Relaxing any one
// of these red lines would make one possible: {red_lines}." with one Message per red line.
//
// Purpose: Message (engine/message.h) fills each placeholder with one value or one table key; a
// list of red lines or parties needs one key per item and a joiner in the reader's language.
// text::render (text/sentence_text.h) renders the items, joins them with the texts of `joiner`
// (and of `last_joiner` between the last two, e.g. " and "), then fills the message.
//
// Invariants: every list's `name` is a placeholder of `message` and appears in neither `args` nor
// `keyed_args`; `joiner` / `last_joiner` are table keys (empty last_joiner: `joiner` throughout);
// an empty Sentence (no key) renders as "".
#pragma once

#include <string_view>
#include <vector>

#include "engine/message.h"

namespace armistice {

struct MessageList {
    std::string_view name;  // the placeholder it fills, e.g. "red_lines"
    std::vector<Message> items;
    std::string_view joiner;         // key of the text between items, e.g. "list.semicolon"
    std::string_view last_joiner{};  // key between the last two items ("" = joiner)
};

struct Sentence {
    Message message;
    std::vector<MessageList> lists{};

    bool empty() const { return message.empty(); }
};

}  // namespace armistice
