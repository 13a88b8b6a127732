// evaluate.h — the engine's front door: Scenario in, immutable Result out.
//
// Purpose: one call answers the explorer's three questions for a scenario: will they sign
// (acceptance), is it lawful and consistent (legal), will it hold (durability). The CLI, the
// tests and batch scripts use this; the page uses the same pieces but runs durability
// progressively (durability::DurabilityRun) to keep frames short.
// Invariants: deterministic in the scenario (its sim.seed included); no clocks, no globals.
// Precondition: validate(scenario) is empty.
#pragma once

#include <vector>

#include "engine/acceptance/acceptance.h"
#include "engine/durability/durability.h"
#include "engine/legal/legal.h"
#include "engine/scenario.h"

namespace armistice {

struct EvaluateOptions {
    bool durability = true;                          // run the Monte Carlo
    durability::DurabilityOptions durability_options;  // sensitivity on/off, its run count
    SearchLimits search;  // closest-agreement search (e.g. the preset's premise, closest.h)
};

struct Result {
    AcceptanceResult acceptance;
    std::vector<LegalFinding> legal;  // worst first
    durability::DurabilityResult durability;  // applicable = false when not run
};

Result evaluate(const Scenario& s, const EvaluateOptions& options = {});

}  // namespace armistice
