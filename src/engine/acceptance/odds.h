// odds.h — how sure a verdict is: P(accepts) per party and P(all accept) from seeded draws over
// the ranges of every value the verdict rests on.
//
// Purpose: margins of a point or two on a ±100 scale should not decide "accepts" silently. Each
// utility, salience, alternative and halt value carries a range (below): narrow when the value
// is sourced, wide when it is an assumption. acceptance_odds() draws every value uniformly in its
// range (kOddsDraws draws, seeded from the scenario's sim.seed, so results are reproducible) and
// recomputes each party's margin exactly as valuation.h does.
//
// Ranges (half-widths; all of them assumptions about how far the point values may be off):
//   option utility        ±10 points when its row cites a source, ±25 when an assumption
//                         (left-open rows are assumptions: ±25)
//   salience              ×(1 ± 0.2) when sourced, ×(1 ± 0.4) when an assumption
//   alternative to a deal ±4 points (settlements; the bases are assumptions, alternative.h)
//   halt value            ± the half range of each term (valuation.h halt_terms), per month
//   core-issue threshold  ± its half_range (core_issues.h), drawn on a stream of its own
// A party whose unrelaxed red line is crossed has P(accepts) = 0; a party rejects in every draw
// in which a core issue's drawn threshold exceeds the drawn utility of the chosen option.
//
// Verdict: likely when P ≥ 2/3, unlikely when P < 1/3, toss-up between.
// assumed_share: the share of the margin's parts (|clause contributions|, |alternative parts|,
// |halt value|) that rests on values labelled assumptions, in [0, 1].
//
// Veto players (consent.h): clauses such as sanctions relief also need the EU Council or the US
// Congress; each draw draws their probability of consent in its range (own stream) and a
// consent, and p_all_accept counts a draw only when all four accept and every holder consents.
//
// For other helpers: p_all_accept(s) is the probability that the scenario's agreement goes
// through (every party accepts and every veto player consents; 0 for "no agreement"); the
// closest-agreement search reports it for its result.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice {

constexpr std::uint32_t kOddsDraws = 400;

enum class Verdict : std::uint8_t { Likely, TossUp, Unlikely };
std::string_view verdict_id(Verdict v);     // "likely", "toss_up", "unlikely"
std::string_view verdict_label(Verdict v);  // "likely", "toss-up", "unlikely"
Verdict verdict_of(double p_accept);

struct PartyOdds {
    double p_accept = 0.0;       // probability, [0, 1]
    Verdict verdict = Verdict::Unlikely;
    double margin_sd = 0.0;      // points: standard deviation of the margin over the draws
    double assumed_share = 0.0;  // [0, 1], see above
};

struct AcceptanceOdds {
    std::array<PartyOdds, kPartyCount> parties{};
    // Probability that the deal goes through: all four accept AND every veto player whose
    // consent its clauses need (consent.h) consents, in the same draw.
    double p_all_accept = 0.0;
    double p_parties_accept = 0.0;      // probability that all four accept (veto players aside)
    double p_consent = 1.0;             // probability that every veto player needed consents
    std::vector<std::size_t> consents;  // indices into consent_needs() the clauses trigger
    std::uint32_t draws = kOddsDraws;
};

AcceptanceOdds acceptance_odds(const Scenario& s);
double p_all_accept(const Scenario& s);

}  // namespace armistice
