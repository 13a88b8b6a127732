// strings.cpp — lookups in the generated string tables (see strings.h).
#include "text/strings.h"

#include <algorithm>
#include <vector>

#include "text/language_pack.h"
#include "text/string_tables.h"

namespace armistice::text {

Strings::Strings(std::size_t language) : language_(embedded(language) ? language : 0) {
    texts_ = kTables.languages[language_].texts;
}

Strings::Strings(const LanguagePack& pack) : language_(pack.language()), texts_(pack.texts()) {}

const char* Strings::operator()(Str id) const {
    return texts_[static_cast<std::size_t>(id)];
}

std::string Strings::format(Str id, std::initializer_list<Arg> args) const {
    return fill((*this)(id), args);
}

namespace {

// The index of `key` in the tables, or key_count when no table has it.
std::size_t key_index(std::string_view key) {
    const std::uint16_t* first = kTables.sorted;
    const std::uint16_t* last = kTables.sorted + kTables.key_count;
    const std::uint16_t* it = std::lower_bound(
        first, last, key, [](std::uint16_t k, std::string_view want) {
            return std::string_view(kTables.keys[k]) < want;
        });
    if (it == last || std::string_view(kTables.keys[*it]) != key) return kTables.key_count;
    return *it;
}

}  // namespace

std::string_view Strings::data_text(std::string_view key, std::string_view own) const {
    if (language_ == 0) return own;
    const std::size_t k = key_index(key);
    if (k == kTables.key_count) return own;
    const char* t = texts_[k];
    return *t ? std::string_view(t) : own;
}

Str Strings::plural(long long n, Str one, Str few, Str many) const {
    const std::string_view lang = code();
    const unsigned long long a =
        n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    if (lang == "uk" || lang == "ru") {
        const unsigned long long d = a % 10, dd = a % 100;
        if (d == 1 && dd != 11) return one;
        if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
        return many;
    }
    return a == 1 ? one : many;
}

const char* Strings::find(std::string_view key) const {
    const std::size_t k = key_index(key);
    if (k == kTables.key_count) return nullptr;
    return *texts_[k] ? texts_[k] : kTables.languages[0].texts[k];
}

const char* Strings::code() const { return kTables.languages[language_].code; }
const char* Strings::name() const { return kTables.languages[language_].name; }

std::size_t language_count() { return kTables.language_count; }

bool embedded(std::size_t language) {
    return language < kTables.language_count && kTables.languages[language].texts != nullptr;
}

const char* language_code(std::size_t language) {
    return kTables.languages[language < kTables.language_count ? language : 0].code;
}

const char* language_name(std::size_t language) {
    return kTables.languages[language < kTables.language_count ? language : 0].name;
}

std::optional<std::size_t> find_language(std::string_view code) {
    for (std::size_t i = 0; i < kTables.language_count; ++i) {
        if (code == kTables.languages[i].code) return i;
    }
    return std::nullopt;
}

std::size_t preferred_language(const std::string* first, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        std::string tag = first[i].substr(0, first[i].find_first_of("-_"));
        std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) {
            return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        });
        if (const auto lang = find_language(tag)) return *lang;
    }
    return 0;
}

std::size_t preferred_language(std::initializer_list<std::string_view> preferences) {
    std::vector<std::string> tags(preferences.begin(), preferences.end());
    return preferred_language(tags.data(), tags.size());
}

std::string fill(std::string_view text, std::initializer_list<Arg> args) {
    return fill(text, args.begin(), args.end());
}

std::string fill(std::string_view text, const Arg* first, const Arg* last) {
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const Arg* arg = nullptr;
        for (const Arg* a = first; a != last; ++a) {
            if (a->name == name) arg = a;
        }
        out.append(text.substr(i, open - i));
        if (arg) {
            out += arg->value;
        } else {
            out.append(text.substr(open, close - open + 1));
        }
        i = close + 1;
    }
    out.append(text.substr(i));
    return out;
}

}  // namespace armistice::text
