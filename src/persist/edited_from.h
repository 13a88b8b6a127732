// edited_from.h — a scenario's honest labels against the built-in preset it was made from
// (issue #15): once any clause, lever, lens or red line differs from that preset, the title is
// "Edited from: <preset> (N changes)" and the preset's description gives way to the list of
// changes. The page title, the text summary and `armistice show` all use these functions, so
// they say the same thing (count and list: engine/diff/edit_summary.h).
//
// Invariants: a scenario equal in its terms to its preset, or without a known preset, keeps its
// own name and description; a name or description the user wrote (different from the
// preset's) is never replaced; never throws.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "engine/diff/diff.h"
#include "engine/scenario.h"
#include "text/strings.h"

namespace armistice::persist {

struct EditedFrom {
    std::string preset_name;  // the base preset's name in this build
    ScenarioDiff diff;        // A = the preset, B = the scenario
    std::size_t changes = 0;  // count_edits(diff), > 0
};

// Set when s.base_preset names a built-in preset and s differs from it in its terms.
std::optional<EditedFrom> edited_from_preset(const Scenario& s);

// What to call `s` on screen: edited_title() when it is an edited preset still carrying the
// preset's name, else s.name ("Untitled scenario" when empty).
std::string honest_title(const Scenario& s);

// `s` with honest_title() as its name and, when the description is still the preset's, the
// list of changes as its description (for describe_scenario()); display only.
Scenario with_honest_labels(const Scenario& s);
// The same in t's language: an unchanged preset's name and description as that language has
// them, an edited one's title and list of changes in it (in English equal to the above).
Scenario with_honest_labels(const Scenario& s, const text::Strings& t);

}  // namespace armistice::persist
