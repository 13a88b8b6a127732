// citations.cpp — see citations.h.
#include "engine/citations.h"

#include <array>
#include <cstddef>

#include "engine/catalog.h"

namespace armistice {

namespace {

constexpr std::size_t kKeyedSources = 5;  // Seed000 .. Seed004, in SourceId order
static_assert(static_cast<std::size_t>(SourceId::Seed000) == 0 &&
                  static_cast<std::size_t>(SourceId::Seed004) + 1 == kKeyedSources,
              "source keys 'seed 000'..'seed 004' index SourceId directly");

// "X's": the possessive of each keyed source, for "seed 003's argument".
constexpr std::array<std::string_view, kKeyedSources> kPossessive = {
    "the Lviv Herald article’s",
    "the former NSC planner’s",
    "Mai’s (19FortyFive)",
    "Kagan’s (AEI)",
    "the Parley Policy Initiative’s",
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Length of the key at text[i] (0 = none) and the source number it names.
std::size_t key_at(std::string_view text, std::size_t i, std::size_t* source) {
    constexpr std::string_view kWord = "eed ";
    if (i + 8 > text.size() || (text[i] != 's' && text[i] != 'S')) return 0;
    if (text.substr(i + 1, kWord.size()) != kWord) return 0;
    if (i > 0 &&
        ((text[i - 1] >= 'a' && text[i - 1] <= 'z') || (text[i - 1] >= 'A' && text[i - 1] <= 'Z')))
        return 0;  // part of a longer word
    const char a = text[i + 5], b = text[i + 6], c = text[i + 7];
    if (a != '0' || b != '0' || !is_digit(c)) return 0;
    if (i + 8 < text.size() && is_digit(text[i + 8])) return 0;
    const std::size_t n = static_cast<std::size_t>(c - '0');
    if (n >= kKeyedSources) return 0;
    *source = n;
    return 8;
}

// Length of a possessive ending at text[i] ("'s" or "’s"), or 0.
std::size_t possessive_at(std::string_view text, std::size_t i) {
    if (text.substr(i, 2) == "'s") return 2;
    if (text.substr(i, 4) == "’s") return 4;  // U+2019 is three bytes
    return 0;
}

}  // namespace

bool has_source_key(std::string_view text) {
    std::size_t source = 0;
    for (std::size_t i = text.find("eed 00"); i != std::string_view::npos;
         i = text.find("eed 00", i + 1))
        if (i > 0 && key_at(text, i - 1, &source)) return true;
    return false;
}

std::string cite_sources(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 32);
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t source = 0;
        const std::size_t n = key_at(text, i, &source);
        if (n == 0) {
            out += text[i++];
            continue;
        }
        const bool capital = text[i] == 'S';
        const std::size_t pos = possessive_at(text, i + n);
        std::string name(pos ? kPossessive[source]
                             : source_info(static_cast<SourceId>(source)).reader_name);
        if (capital && !name.empty() && name[0] >= 'a' && name[0] <= 'z')
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
        out += name;
        i += n + pos;
    }
    return out;
}

}  // namespace armistice
