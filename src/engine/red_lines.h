// red_lines.h — hard red lines: clauses a party states it will never sign.
//
// Purpose: a red line names a party and the options it refuses outright, with the source of that
// position. Red lines are data a user can relax in the UI ("what if Russia dropped its veto
// demand?"): `Scenario::relaxed_red_lines` holds one bit per red line, by code.
//
// Dated red lines: a position stated at a known date binds only texts dated on or after it
// (`from`, a month_code of scenario.h; 0 = undated, binds every text) and, when the party later
// dropped it, before `until` (0 = still stated). The principle (issue #11): the parties that
// proposed or signed a text accept it in the context of its date, so a red line stated after a
// text cannot be why they rejected it. An undated text (Scenario::as_of 0) faces only undated red
// lines. A red line not in force for a text is neither crossed nor relaxable for it.
//
// Invariants: the table order is APPEND-ONLY (index = code = bit in the relaxed mask, stored in
// share links); at most kMaxRedLines entries; every referenced option id exists (tested);
// from < until when both are set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/party.h"

namespace armistice {

constexpr std::size_t kMaxRedLines = 64;  // bits in Scenario::relaxed_red_lines

struct RedLine {
    std::string_view id;     // "party.short_name", e.g. "russia.no_nato"
    Party party;
    std::string_view label;  // plain English words, e.g. "No NATO membership for Ukraine"; the
                             // reader's language: red_line_key() in the string tables
    std::vector<std::string_view> forbidden;  // qualified option ids that cross it
    SourceRef source;
    std::uint16_t from = 0;   // month_code of the statement; 0 = undated (always in force)
    std::uint16_t until = 0;  // month_code the position was dropped; 0 = still stated
};

const std::vector<RedLine>& red_lines();

// Whether red line `rl` binds a text dated `as_of` (month_code; 0 = undated), see above.
bool in_force(const RedLine& rl, std::uint16_t as_of);

// Bit i set: red_lines()[i] does NOT bind a text dated `as_of` (same bit layout as
// Scenario::relaxed_red_lines, so callers can OR it into a relaxed mask).
std::uint64_t dormant_red_lines(std::uint16_t as_of);

// "from 2025-11" / "2025-02 to 2025-08" / "" (undated): the red line's dated range, plain words.
std::string red_line_dates(const RedLine& rl);
std::optional<std::size_t> find_red_line(std::string_view id);

// The string-table key of a red line's label, "red_line.<id>" (data/strings/*/engine_red_line.csv;
// the English row equals `label`, tested), as the catalog's labels have derived keys.
std::string red_line_key(const RedLine& rl);

}  // namespace armistice
