// sentence_text.cpp — sentences with lists rendered from the string tables (sentence_text.h).
#include "text/sentence_text.h"

#include "text/message_text.h"

namespace armistice::text {

namespace {

std::string joined(const Strings& t, const MessageList& list) {
    const std::string joiner = render(t, list.joiner);
    const std::string last = list.last_joiner.empty() ? joiner : render(t, list.last_joiner);
    std::string out;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (i > 0) out += i + 1 == list.items.size() ? last : joiner;
        out += render(t, list.items[i]);
    }
    return out;
}

}  // namespace

std::string render(const Strings& t, const Sentence& s) {
    if (s.empty()) return {};
    Message m = s.message;
    for (const MessageList& list : s.lists) m.args.emplace_back(list.name, joined(t, list));
    return render(t, m);
}

}  // namespace armistice::text
