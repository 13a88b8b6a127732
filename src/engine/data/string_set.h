// string_set.h — the string tables (data/strings/, data/README.md) read and checked: every
// language's text for every key, all languages in one key order.
//
// Purpose: load_string_set() is the ONE reader and check of data/strings/. The build-time
// generator (src/datagen) turns a clean set into C++ (an enum of the static keys and one array
// of texts per language, src/text/strings.h); `armistice data check` prints its problems.
// Keys: the static keys are the ids of data/strings/en/*.csv, in file order (files sorted by
// name); then the keys derived from the data, which English does not repeat because the data row
// holds the English: `dimension.<id>.label|question`, `option.<qualified id>.label|description`
// (the catalog), `lever.<id>.label|unit|note` and `lens.<id>.label|description` (data/model/),
// and `preset.<id>.name|description|proposer` (the presets, scenarios/*.json, which this reader
// does not see: their keys are those the other languages define, and tests/ui checks them against
// the preset library).
// Invariants of a set returned with no problems: languages[0] is "en"; every language has exactly
// the keys English has, each in the file of the same name, non-empty, with the same
// placeholders ({name}) as English; texts[0][k] is empty exactly for the derived keys.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/data/data_set.h"
#include "engine/data/table.h"

namespace armistice::data {

struct StringSet {
    std::vector<std::string> codes;  // languages.csv order; codes[0] == "en"
    std::vector<std::string> names;  // each language's name, written in that language
    std::vector<std::string> keys;   // static keys, then derived keys (see above)
    std::size_t static_keys = 0;     // keys[0, static_keys) are en/*.csv ids: the enum Str
    std::vector<std::vector<std::string>> texts;  // [language][key]
};

inline constexpr const char* kStringsDir = "strings";
inline constexpr const char* kLanguagesFile = "strings/languages.csv";

// The placeholder names of `text` ("{party} accepts {n}" -> {"n", "party"}), sorted, unique.
// A brace that does not open a well-formed `{lower_snake_name}` is reported through `bad`
// (set to a description of the first one) and ends the scan.
std::vector<std::string> placeholders(std::string_view text, std::string* bad = nullptr);

// Reads data/strings/ under `dir` against the catalog of `set` (for the derived keys) and
// appends one Problem per defect (`file:line: field: problem`).
StringSet load_string_set(const std::string& dir, const DataSet& set,
                          std::vector<Problem>& problems);

}  // namespace armistice::data
