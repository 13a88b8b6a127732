// english_words.h — test helper: the English words left in a text meant for a Ukrainian or
// Russian reader.
//
// A word is a run of two or more ASCII letters. Allowed: the source keys "seed"/"Seed" (kept in
// every language: the page replaces "seed 001" with the outlet and title, engine/citations.h) and
// the words of `allowed` (names written in Latin script in every language). Everything else is
// returned, in order, so a failing test shows what was left untranslated.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace armistice::test {

inline std::vector<std::string> english_words(
    std::string_view text, std::initializer_list<std::string_view> allowed = {}) {
    std::vector<std::string> out;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (std::size_t i = 0; i < text.size();) {
        if (!letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && letter(text[j])) ++j;
        const std::string_view w = text.substr(i, j - i);
        bool ok = w.size() < 2 || w == "seed" || w == "Seed";
        for (const std::string_view a : allowed) ok = ok || w == a;
        if (!ok) out.emplace_back(w);
        i = j;
    }
    return out;
}

}  // namespace armistice::test
