// closest.h — the closest agreement every party accepts, found by exact search.
//
// Purpose: from the user's draft, find the agreement with the fewest changed clauses that every
// party accepts (no unrelaxed red line crossed, every margin ≥ 0 points) and that contains no
// outright contradiction (legal.h hard_contradictions(), e.g. Article 5 without NATO
// membership — the additive utilities alone would happily combine such clauses); among those, the
// one with the largest Nash product Π_p margin_p (points^4). If none exists anywhere in the
// catalog, say so and name the red lines (or the parties' alternatives) that make it impossible.
//
// Method (exact, no sampling): the party model is additive over dimensions (party_model.h), so
// the search is a branch-and-bound over the 23 dimensions with iterative deepening on the number
// of changes. Bounds: for every non-empty subset of parties, the sum of their margins cannot
// exceed the partial sum plus a precomputed optimistic suffix value that respects the remaining
// change budget (top-k gains) and forced changes (draft clauses forbidden by a red line). The
// Nash tie-break is bounded by the product of per-party optimistic margins. A node budget is a
// safety net: if hit, the result says "search stopped at budget" and reports the best found.
// process.no_agreement is never part of a deal; a "no agreement" draft is searched from its
// other clauses (the closest deal then changes the process clause).
//
// Target: the search aims at a high probability that all accept (odds.h), not at bare margins:
// it first requires every margin to clear SearchLimits::safety_sigmas standard deviations of
// that party's margin under the draws (spreads of the draft, raised to those of the deal found,
// up to three searches) until the deal's P(all accept) is at least 0.5; failing that it keeps
// the deal with the highest P(all accept) found, or falls back to margins ≥ 0. The result
// carries the P(all accept) of the agreement and whether it reached 0.5 (target_met). Only
// negotiable terms are proposed (value_table.h). P(all accept) includes the consent of veto
// players (consent.h); clauses whose consent is doubtful (consent.h doubtful_consent: relief,
// asset decisions; not the six-monthly renewal of sanctions kept) are added only when no
// agreement without them reaches the target, and the draft's own such clauses may be replaced
// when that raises P(all accept) to the target (SearchLimits::avoid_consent).
//
// Premise: with SearchLimits::premise_dimensions the clauses that define the scenario are locked
// first; the whole catalog is searched only when no agreement keeps them, and premise_note
// names what blocks it ("No agreement that keeps … clears …; the closest one drops it.").
//
// Texts: `reason` and `premise_note` are string-table sentences (engine/sentence.h; English in
// data/strings/en/engine_closest.csv), rendered by the presentation layer in the reader's language.
//
// Invariants: deterministic (dimension and option order fixed); the returned choices satisfy
// all_accept; `changes` lists exactly the dimensions whose option differs from the draft.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/party.h"
#include "engine/scenario.h"
#include "engine/sentence.h"

namespace armistice {

struct ClauseChange {
    Dim dim;
    std::uint8_t from;  // option index in the draft
    std::uint8_t to;    // option index in the closest agreement
};

enum class ClosestStatus : std::uint8_t {
    Found,            // `choices` is the closest acceptable agreement (changes may be empty)
    NoneExists,       // proven: no agreement in the catalog is accepted by all under these red lines
    BudgetExhausted,  // search stopped at the node budget; `choices` is the best found, if any
};

struct ClosestAgreement {
    ClosestStatus status = ClosestStatus::NoneExists;
    bool has_solution = false;           // Found, or BudgetExhausted with a feasible agreement
    Choices choices{};                   // the agreement (valid when has_solution)
    std::vector<ClauseChange> changes;   // dimensions changed from the draft, in catalog order
    std::array<double, kPartyCount> margins{};  // points, each ≥ 0 (when has_solution)
    double nash_product = 0.0;           // points^4: Π margins (when has_solution)
    Sentence reason;  // why, when !has_solution or the budget was hit (keys closest.*)
    std::vector<std::size_t> blocking_red_lines;  // indices into red_lines(): relaxing them all
                                                  // makes an agreement possible (NoneExists);
                                                  // when single relaxations suffice, every one
                                                  // that does (each alone is enough)
    std::vector<Party> blocking_parties;  // parties whose alternatives no deal can jointly beat
                                          // even with every red line relaxed (NoneExists)
    std::uint64_t nodes = 0;              // search nodes visited (all searches together)
    double p_all_accept =
        0.0;  // probability all parties accept `choices` (odds.h), when has_solution
    bool target_met = false;  // true when p_all_accept ≥ 0.5
    std::uint32_t premise = 0;  // the premise dimensions searched with (SearchLimits)
    bool premise_kept = true;   // false: no agreement keeps the premise; `choices` drops it
    Sentence premise_note;      // when the premise had to be dropped (keys closest.premise.*)
};

struct SearchLimits {
    std::uint64_t node_budget = 4'000'000;  // nodes over all searches of one call
    // Target on P(all accept): each party's margin must clear this many standard deviations of
    // its margin under the uncertainty draws (odds.h, computed for the draft), so that every
    // party's P(accepts) is high and so is their joint probability; when no agreement clears
    // it, the search falls back to margins ≥ 0 and says so (target_met = false). 0 disables it;
    // searches with frozen dimensions (tests of the exact search) use margins ≥ 0 only.
    double safety_sigmas = 1.0;
    // Veto players (consent.h): first search without adding clauses that need the consent of
    // the EU Council or the US Congress; when that misses the target on P(all accept), also
    // replace the draft's own such clauses, then allow them all; the highest P(all accept) wins.
    // false: the plain exact search over every negotiable term (its tests).
    bool avoid_consent = true;
    // The scenario's premise (bit d: dimension d defines the preset, e.g. NATO membership for
    // nato_norway): first search with these clauses locked; only when no agreement keeps them,
    // search the whole catalog and say plainly that the premise had to go (premise_kept false).
    std::uint32_t premise_dimensions = 0;
    std::uint32_t frozen_dimensions = 0;  // bit d set: dimension d keeps the draft's option
                                          // (a "locked clause"; also used by the tests to
                                          // search a reduced catalog)
};

ClosestAgreement find_closest_agreement(const Scenario& s, const SearchLimits& limits = {});

}  // namespace armistice
