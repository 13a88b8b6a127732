// ledger.h — the compliance ledger: per obligation, how often it is violated, detected, answered.
//
// Purpose: obligations come from the agreement's mechanisms (ceasefire line always; separation,
// force limits, foreign-forces clause, humanitarian, sanctions/snapback when present). Rates are
// expected values per month while the ceasefire holds, weighted by the time the simulated
// trajectories spent in each commitment state (occupancy), so the ledger follows the Monte Carlo.
// Invariants: shares in [0, 1]; answered_share <= detected_share; rows in a fixed order.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/durability/hazard_core.h"
#include "engine/durability/result.h"

namespace armistice::durability {

struct LedgerSummary {
    double incidents_per_year = 0;  // minor incidents along the line, expected per year
    std::vector<LedgerRow> rows;
};

// occupancy: alive trajectory-months per [set * kCommitLevels * kErosionLevels + c * kErosionLevels + e].
LedgerSummary compute_ledger(const MechanismSet& mechanisms, const std::vector<SetTables>& tables,
                             const std::vector<std::uint64_t>& occupancy);

}  // namespace armistice::durability
