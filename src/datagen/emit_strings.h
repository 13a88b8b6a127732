// emit_strings.h — writes a checked string set (engine/data/string_set.h) as C++: the header of
// the enum Str (one enumerator per static key, dots become underscores) and the tables
// (text/string_tables.h).
//
// Invariant: the output depends only on the set, so the same tables give the same bytes.
#pragma once

#include <string>

#include "engine/data/string_set.h"

namespace armistice::datagen {

std::string string_ids_header(const data::StringSet& set);  // text/string_ids.h
// Defines text::kTables; with `all_languages` false only English is compiled in and the other
// languages are listed without texts (the page loads their packs).
std::string string_tables_source(const data::StringSet& set, bool all_languages);
// The pack file of language `lang` (> 0): see text/language_pack.h for the format.
std::string language_pack(const data::StringSet& set, std::size_t lang);
// The page shell's texts (keys "shell.*", every language) as a script for web/app.js:
// `self.ARMISTICE_SHELL_STRINGS = {"languages": [...], "texts": {"en": {key: text}, ...}};`
std::string shell_strings_script(const data::StringSet& set);

}  // namespace armistice::datagen
