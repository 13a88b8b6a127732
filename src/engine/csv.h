// csv.h — reading RFC-4180-style CSV records into fields.
//
// Purpose: the one tokenizer behind the engine's table readers (the public-record check,
// acceptance/record_check.h; the domain data tables, engine/data/table.h). Quoted fields may hold
// commas, doubled quotes and line breaks. Spaces and tabs around a field are trimmed, never
// spaces inside quotes. Invariant: a record is rejected only for an unterminated quote.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace armistice {

// Splits `line` (one record, no line break outside quotes) at unquoted commas into `out`
// (cleared first). Unquoted text is trimmed of spaces, tabs and a trailing '\r'; quoted text is
// kept as written. False on an unterminated quote.
bool split_csv_record(std::string_view line, std::vector<std::string>& out);

// Reads the record that starts at `pos` in `text` into `out` (cleared first) and advances `pos`
// past its terminating line break; a quoted field may span lines ("\r\n" inside quotes becomes
// "\n"). `lines` receives the number of text lines the record used (≥ 1). Call while
// pos < text.size(). False on a quote still open at the end of `text`.
bool read_csv_record(std::string_view text, std::size_t& pos, std::vector<std::string>& out,
                     std::size_t& lines);

}  // namespace armistice
