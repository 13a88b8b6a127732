// red_lines.h — hard red lines: clauses a party states it will never sign.
//
// Purpose: a red line names a party and the options it refuses outright, with the source of that
// position. Red lines are data a user can relax in the UI ("what if Russia dropped its veto
// demand?"): `Scenario::relaxed_red_lines` holds one bit per red line, by code.
//
// Invariants: the table order is APPEND-ONLY (index = code = bit in the relaxed mask, stored in
// share links); at most kMaxRedLines entries; every referenced option id exists (tested).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/party.h"

namespace armistice {

constexpr std::size_t kMaxRedLines = 64;  // bits in Scenario::relaxed_red_lines

struct RedLine {
    std::string_view id;     // "party.short_name", e.g. "russia.no_nato"
    Party party;
    std::string_view label;  // plain words, e.g. "No NATO membership for Ukraine"
    std::vector<std::string_view> forbidden;  // qualified option ids that cross it
    SourceRef source;
};

const std::vector<RedLine>& red_lines();
std::optional<std::size_t> find_red_line(std::string_view id);

}  // namespace armistice
