// describe.h — a scenario in plain words, for `armistice show` and the accessible text summary.
//
// Invariants: output is plain UTF-8 text (no markup); it lists every clause, grouped by track,
// marking the ones that differ from the catalog default, then the context levers with units and
// the lens. It never interprets user text (name/description are copied verbatim).
#pragma once

#include <string>
#include <string_view>

#include "engine/scenario.h"

namespace armistice {

std::string describe_scenario(const Scenario& s);

// "Ukraine's alignment: NATO, Norway variant" — one clause as a short line.
std::string describe_clause(const Scenario& s, Dim d);

// Format a lever value with its unit, e.g. "1500 persons/day", "9.5 % per year".
std::string format_lever(Lever l, double value);
// The same with `unit` (the lever's unit in a reader's language) in place of the English one;
// whether it follows the number or goes in parentheses is decided by the English unit.
std::string format_lever(Lever l, double value, std::string_view unit);

}  // namespace armistice
