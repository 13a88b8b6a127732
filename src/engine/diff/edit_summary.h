// edit_summary.h — how far a scenario has moved from the preset it was loaded from, in words:
// the one count and change list behind "Edited from: <preset> (N changes)" in the page title,
// the text summary and `armistice show` (issue #15: an edited state never carries a preset's
// name alone).
//
// Invariants: count_edits(diff_scenarios(s, s)) == 0; a change is one differing clause, lever or
// red line, or the lens; simulation settings (runs, horizon, seed) are not terms and never
// count; describe_edits() has exactly count_edits() lines, in diff order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diff/diff.h"

namespace armistice {

std::size_t count_edits(const ScenarioDiff& d);

// "Edited from: NATO membership, Norway variant (3 changes)" ("1 change").
std::string edited_title(std::string_view preset_name, std::size_t changes);

// One plain line per change of `d` (A = the preset, B = the edited scenario), e.g.
// "Ukraine's alignment: NATO, Norway variant → Constitutional neutrality".
std::vector<std::string> describe_edits(const ScenarioDiff& d);

// describe_edits() as a paragraph: "Changed from the preset: <line>; <line>." ("" when none).
std::string edits_paragraph(const ScenarioDiff& d);

}  // namespace armistice
