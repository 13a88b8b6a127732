// acceptance.h — "Will they sign?": each party's verdict on an agreement, with reasons.
//
// Purpose: evaluate_acceptance() judges the scenario's agreement for Ukraine, Russia, the United
// States and the European allies. A party accepts when no unrelaxed red line of its own is
// crossed (red_lines.h, relaxable via Scenario::relaxed_red_lines), no core issue of its own
// falls below its threshold (core_issues.h: no sweetener elsewhere compensates), AND the deal's
// utility is at least its alternative to a deal (alternative.h). The result also ranks the clauses
// that cost each party most and carries the closest agreement every party accepts (closest.h).
//
// Units: utilities, alternatives, margins and costs are utility points (party_model.h: the
// salience-weighted mean of option utilities, each −100 … +100).
//
// "No agreement" (process.no_agreement): there is no deal to sign, so `is_agreement` is false,
// every party has applicable = false, accepts = false, margin 0, no costs; the closest
// agreement is still searched from the draft's other clauses.
//
// Invariants: the result is an immutable value; parties[i].party == Party(i); all_accept is
// true only when is_agreement and every party accepts; costliest_clauses has at most
// kMaxCostliestClauses entries, ranked by cost_vs_best descending (red-line and core-issue
// clauses first).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/acceptance/alternative.h"
#include "engine/acceptance/closest.h"
#include "engine/acceptance/odds.h"
#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice {

constexpr std::size_t kMaxCostliestClauses = 5;

struct RedLineHit {
    std::size_t red_line;      // index into red_lines()
    std::string_view id;       // e.g. "russia.no_nato"
    std::string_view label;    // plain English words (RedLine::label; key: red_line_key())
    std::vector<Dim> clauses;  // dimensions whose chosen option crosses it
    bool relaxed;              // true when the user relaxed it (then it does not block)
};

struct CoreIssueHit {
    std::size_t core_issue;  // index into core_issues()
    std::string_view id;     // e.g. "ukraine.core.security_guarantee"
    std::string_view label;  // string-table key of the core issue (CoreIssue::label)
    Dim clause;              // the dimension whose chosen option falls below the threshold
    std::uint8_t option;     // the chosen option
    double utility;          // points: the party's utility of the chosen option
    double threshold;        // points: the core issue's threshold
};

struct ClauseCost {
    Dim dim;
    std::uint8_t option;     // the chosen option
    double cost_vs_best;     // points: party's best option in this dimension minus the chosen
                             // one (≥ 0): what this clause costs the party against its ideal
    double cost_vs_default;  // points: the dimension's default option minus the chosen one
                             // (negative: the clause is a gain over leaving it unaddressed)
    bool crosses_red_line;   // the chosen option crosses one of this party's unrelaxed red lines
    bool fails_core_issue = false;  // the chosen option falls below one of its core issues
};

struct PartyAcceptance {
    Party party = Party::Ukraine;
    bool applicable = false;    // false for "no agreement"
    bool accepts = false;
    double deal_utility = 0.0;  // points
    Alternative alternative;    // points (alternative.value), with its breakdown
    double margin = 0.0;        // points: deal_utility − alternative.value (0 when !applicable)
    bool interim = false;       // judged as an interim or partial text (valuation.h): then the
                                // alternative is the war going on without it (value 0) and
                                // deal_utility includes halt_value
    double halt_value = 0.0;    // points: what the halt itself is worth over the horizon
    std::vector<RedLineHit> red_lines_crossed;     // this party's red lines crossed (incl. relaxed)
    std::vector<CoreIssueHit> core_issues_failed;  // core issues below threshold (each blocks)
    std::vector<ClauseCost> costliest_clauses;     // ranked, see invariants
};

struct AcceptanceResult {
    bool is_agreement = false;  // false when process.no_agreement is chosen
    std::array<PartyAcceptance, kPartyCount> parties{};
    bool all_accept = false;
    AcceptanceOdds odds;  // P(accepts) per party and P(all accept) from seeded draws (odds.h)
    ClosestAgreement closest;
};

// Full evaluation, including the closest-agreement search.
AcceptanceResult evaluate_acceptance(const Scenario& s, const SearchLimits& limits = {});

// One party's verdict only (no search): cheap, for tests and the UI's per-party view.
PartyAcceptance evaluate_party(const Scenario& s, Party p);

// True when the scenario's process clause is process.no_agreement.
bool is_no_agreement(const Scenario& s);

}  // namespace armistice
