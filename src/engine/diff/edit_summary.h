// edit_summary.h — how far a scenario has moved from the preset it was loaded from: the one
// count behind "Edited from: <preset> (N changes)" in the page title, the text summary and
// `armistice show` (issue #15: an edited state never carries a preset's name alone). The words
// are text/scenario_text.h's (edited_title, describe_edits, edits_paragraph).
//
// Invariants: count_edits(diff_scenarios(s, s)) == 0; a change is one differing clause, lever or
// red line, or the lens; simulation settings (runs, horizon, seed) are not terms and never
// count.
#pragma once

#include <cstddef>

#include "engine/diff/diff.h"

namespace armistice {

std::size_t count_edits(const ScenarioDiff& d);

}  // namespace armistice
