// diff_effects.h — how each differing clause moves the model results (runs the models).
//
// Purpose: for every clause in which B differs from A, apply that ONE change to A and compare
// the result with A itself: "what does B's choice on this dimension do, everything else being
// A?". Reports, for A, for B and for each one-clause variant: each party's acceptance margin
// (acceptance/acceptance.h, evaluate_party: no closest-agreement search), the legal findings
// (legal/legal.h: those the change adds and removes) and P(hold 60 months) (durability/).
//
// Method and invariants:
//  - Common random numbers: A, B and every variant run with A's seed (B's own seed is ignored),
//    so a delta reflects the clause, not sampling noise; identical inputs give identical numbers.
//  - Reduced runs for speed: EffectOptions::runs trajectories (default 2000, clamped to
//    SimSettings' range) over a 60-month horizon (all that P(hold 60) needs), with the
//    durability sensitivity ranking switched off. Sampling error of P(hold 60) at 2000 runs is
//    at most about ±0.011 (one standard error); deltas are much tighter thanks to common
//    random numbers. The full-run figures from `armistice evaluate` may differ slightly.
//  - Single-clause deltas do not add up to the A→B difference in general: clauses interact.
//  - Deterministic; no global state. Cost: (2 + number of differing clauses) simulations.
// Units: probabilities in [0, 1]; deltas in [−1, 1]; NaN when the durability model does not
// apply (e.g. "no agreement": there is no ceasefire to hold).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "engine/diff/diff.h"
#include "engine/legal/legal.h"
#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice {

struct EffectOptions {
    std::uint32_t runs = 2000;  // trajectories per simulation, clamped to [kMinRuns, kMaxRuns]
};

// Acceptance of one scenario by each party (index = Party).
struct PartyMargins {
    std::array<double, kPartyCount> margin{};   // points: deal utility − alternative (0 if n/a)
    std::array<bool, kPartyCount> accepts{};
    bool applicable = false;                    // false for "no agreement"
};

struct ClauseEffect {
    ClauseDifference clause;
    PartyMargins acceptance;                      // of the variant (A with this change)
    std::array<double, kPartyCount> delta_margin{};  // points: variant − A, per party
    std::vector<LegalFinding> legal_added;        // findings of the variant absent from A
    std::vector<LegalFinding> legal_removed;      // findings of A absent from the variant
    bool durability_applicable = false;  // the model applies to the variant (A with this change)
    double p_hold_60 = 0;                // P(hold 60 months) of the variant, NaN if not applicable
    double delta_p_hold_60 = 0;          // variant − A, NaN when either does not apply
};

struct DiffEffects {
    std::uint32_t runs = 0;          // trajectories per simulation actually used
    std::uint32_t horizon_months = 0;
    std::uint64_t seed = 0;          // A's seed, shared by every simulation (common random numbers)
    bool a_applicable = false;
    bool b_applicable = false;
    double p_hold_60_a = 0;          // NaN when not applicable
    double p_hold_60_b = 0;          // B's terms run with A's seed and the reduced settings
    PartyMargins acceptance_a;
    PartyMargins acceptance_b;
    std::vector<LegalFinding> legal_a;  // check_legal(A), worst first
    std::vector<LegalFinding> legal_b;
    std::vector<ClauseEffect> clauses;  // one per entry of diff.clauses, same order
};

// `diff` must be diff_scenarios(a, b). Both scenarios must be valid.
DiffEffects diff_effects(const Scenario& a, const Scenario& b, const ScenarioDiff& diff,
                         const EffectOptions& options = {});

// [SECTION] The pieces of diff_effects(), for callers that spread the work over time (the page
// runs one simulation per step). Using them gives exactly the same numbers.
constexpr std::uint32_t kEffectHorizonMonths = 60;  // enough for P(hold 60)

// The scenarios diff_effects evaluates, in order: A with the reduced settings (runs clamped to
// [kMinRuns, kMaxRuns], kEffectHorizonMonths, A's seed), one variant of it per entry of
// diff.clauses (B's option applied), then B's terms with A's settings.
std::vector<Scenario> effect_scenarios(const Scenario& a, const Scenario& b,
                                       const ScenarioDiff& diff, std::uint32_t runs);
PartyMargins party_margins(const Scenario& s);
// Findings of `from` that `in` lacks, compared on (rule, clause, related clause, status), in
// `from`'s order (worst first).
std::vector<LegalFinding> findings_missing_from(const std::vector<LegalFinding>& from,
                                                const std::vector<LegalFinding>& in);

}  // namespace armistice
