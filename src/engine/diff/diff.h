// diff.h — clause-by-clause comparison of two scenarios (the pure, model-free part).
//
// Purpose: `armistice diff A B` and the page's compare view list what separates two agreements:
// the clauses that differ (dimension, option in A, option in B, with their catalog labels), the
// context levers that differ, the lens, the red lines relaxed in one and not the other, and the
// simulation settings. The effect of each differing clause on acceptance, legal findings and
// durability is computed separately (diff_effects.h), because it runs the models.
//
// Invariants (tested):
//  - diff_scenarios(s, s) is empty for every valid s (name, description and base preset are
//    labels, not terms, and are never compared);
//  - `clauses` lists exactly the dimensions whose choices differ, in Dim order; likewise
//    `levers` in Lever order and `red_lines` in table order;
//  - symmetry: diff(b, a) lists the same dimensions, levers and red lines with A and B swapped.
// Preconditions: both scenarios pass validate() (option codes index the catalog).
// The string_views point into the immutable catalog/lever/lens/red-line tables (static storage).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/lens.h"
#include "engine/scenario.h"

namespace armistice {

struct ClauseDifference {
    Dim dim;
    std::uint8_t option_a;  // option code in A (index into the dimension's options)
    std::uint8_t option_b;  // option code in B
    std::string_view dimension_id;     // e.g. "alignment"
    std::string_view dimension_label;  // e.g. "Ukraine's alignment"
    std::string_view option_a_id;      // e.g. "constitutional_ban"
    std::string_view option_a_label;
    std::string_view option_b_id;
    std::string_view option_b_label;
};

struct LeverDifference {
    Lever lever;
    std::string_view id;     // LeverInfo::id
    std::string_view label;  // LeverInfo::label
    std::string_view unit;   // LeverInfo::unit
    double value_a;          // in the lever's unit
    double value_b;
};

struct RedLineDifference {
    std::size_t index;       // code in red_lines() (= bit in Scenario::relaxed_red_lines)
    std::string_view id;     // RedLine::id
    std::string_view label;  // RedLine::label
    bool relaxed_a;
    bool relaxed_b;  // always != relaxed_a
};

struct ScenarioDiff {
    std::vector<ClauseDifference> clauses;  // in Dim order
    std::vector<LeverDifference> levers;    // in Lever order
    bool lens_differs = false;
    LensId lens_a = LensId::Evidence;
    LensId lens_b = LensId::Evidence;
    std::vector<RedLineDifference> red_lines;  // in red-line table order
    bool sim_differs = false;              // runs, horizon or seed differ
    SimSettings sim_a;
    SimSettings sim_b;

    // True when the two scenarios have the same terms, context, lens, red lines and settings.
    bool empty() const {
        return clauses.empty() && levers.empty() && !lens_differs && red_lines.empty() &&
               !sim_differs;
    }
};

// Compares every input that affects results. Pure and cheap (no model runs).
ScenarioDiff diff_scenarios(const Scenario& a, const Scenario& b);

// Builds one ClauseDifference (labels filled from the catalog); used by the effects module too.
ClauseDifference make_clause_difference(Dim d, std::uint8_t option_a, std::uint8_t option_b);

}  // namespace armistice
