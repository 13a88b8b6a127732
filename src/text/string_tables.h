// string_tables.h — the shape of the generated string tables (data/strings/, written into the
// build directory by src/datagen as text/string_ids.h and string_tables.cpp).
//
// Invariants: `keys` lists every key once — first the static keys, in the order of the enum Str,
// then the keys derived from the data (catalog, presets); `sorted` is a permutation of the key
// indices in byte order of the keys (binary search); every language's `texts` has key_count
// entries, never null; an empty text of the first language (English) means "the data row's own
// English" (derived keys only). The tables are immutable.
#pragma once

#include <cstddef>
#include <cstdint>

namespace armistice::text {

struct LanguageTable {
    const char* code;  // ISO 639-1: "en", "uk", "ru"
    const char* name;  // in the language itself: "Українська"
    const char* const* texts;
};

struct Tables {
    const char* const* keys;
    const std::uint16_t* sorted;
    std::size_t key_count;
    std::size_t static_count;
    const LanguageTable* languages;  // [0] is English
    std::size_t language_count;
};

extern const Tables kTables;  // generated string_tables.cpp

}  // namespace armistice::text
