// message_text.cpp — engine messages rendered from the string tables (see message_text.h).
#include "text/message_text.h"

#include <vector>

#include "engine/catalog.h"
#include "engine/context.h"

namespace armistice::text {

namespace {

// The English of a key derived from the data, "dimension.<d>.label", "option.<d>.<o>.label" or
// "lever.<id>.label|unit":
// the tables leave those English rows empty (the catalog holds the English), so a keyed argument
// naming a clause falls back to it; "" for any other key.
std::string_view catalog_english(std::string_view key) {
    // A context lever's "lever.<id>.label" or "lever.<id>.unit" (data/model/levers.csv).
    if (key.rfind("lever.", 0) == 0) {
        for (std::size_t i = 0; i < kLeverCount; ++i) {
            const LeverInfo& l = lever_info(static_cast<Lever>(i));
            const std::string prefix = "lever." + std::string(l.id) + ".";
            if (key.rfind(prefix, 0) != 0) continue;
            if (key.substr(prefix.size()) == "label") return l.label;
            if (key.substr(prefix.size()) == "unit") return l.unit;
        }
        return {};
    }
    constexpr std::string_view kLabel = ".label";
    if (key.size() <= kLabel.size() || key.substr(key.size() - kLabel.size()) != kLabel) return {};
    const std::string_view body = key.substr(0, key.size() - kLabel.size());
    const Catalog& cat = catalog();
    if (body.rfind("dimension.", 0) == 0) {
        if (auto d = cat.find_dimension(body.substr(10))) return cat.at(*d).label;
    } else if (body.rfind("option.", 0) == 0) {
        if (auto r = cat.find_qualified(body.substr(7)))
            return cat.at(r->dim).options[r->option].label;
    }
    return {};
}

}  // namespace

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
        if (value && *value) {
            args.push_back({name, value});
        } else if (const std::string_view own = catalog_english(key); !own.empty()) {
            args.push_back({name, std::string(own)});
        } else {
            args.push_back({name, value ? std::string(value) : key});
        }
    }
    return fill(text, args.data(), args.data() + args.size());
}

std::string render(const Strings& t, std::string_view key) {
    return render(t, Message{key, {}});
}

}  // namespace armistice::text
