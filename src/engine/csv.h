// csv.h — splitting one RFC-4180-style CSV record into trimmed fields.
//
// Purpose: the small tokenizer behind the engine's table readers (the public-record check,
// acceptance/record_check.h). Quoted fields may hold commas and doubled quotes; a record never
// spans lines. Invariant: returns false only on an unterminated quote.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace armistice {

// Splits `line` at unquoted commas into `out` (cleared first); fields are trimmed of spaces,
// tabs and a trailing '\r'. False on an unterminated quote.
bool split_csv_record(std::string_view line, std::vector<std::string>& out);

}  // namespace armistice
