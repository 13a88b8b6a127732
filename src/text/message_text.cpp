// message_text.cpp — engine messages rendered from the string tables (see message_text.h).
#include "text/message_text.h"

#include <vector>

namespace armistice::text {

const char* lookup(const Strings& t, std::string_view key) { return t.find(key); }

std::string render(const Strings& t, const Message& m) {
    if (m.key.empty()) return {};
    const char* text = lookup(t, m.key);
    if (!text) return std::string(m.key);
    std::vector<Arg> args;
    args.reserve(m.args.size() + m.keyed_args.size());
    for (const auto& [name, value] : m.args) args.push_back({name, value});
    for (const auto& [name, key] : m.keyed_args) {
        const char* value = lookup(t, key);
        args.push_back({name, value ? std::string(value) : key});
    }
    return fill(text, args.data(), args.data() + args.size());
}

std::string render(const Strings& t, std::string_view key) {
    return render(t, Message{key, {}});
}

}  // namespace armistice::text
