// ru_mapping.h — Russia–Ukraine mapping: Scenario (catalog choices, context levers, lens) →
// the generic hazard core's input.
//
// Purpose: keeps everything specific to this war (the dynamic layer, the levers, the lens
// weights) out of the generic core, so the core can also score historical cases.
// Invariants: pure function of the Scenario; no catalog lookups by text in hot paths.
#pragma once

#include "engine/durability/hazard_core.h"
#include "engine/scenario.h"

namespace armistice::durability {

HazardInput map_scenario(const Scenario& s);

// True when the scenario has no ceasefire to hold (Dim::Process option "no_agreement").
bool is_no_agreement(const Scenario& s);

}  // namespace armistice::durability
