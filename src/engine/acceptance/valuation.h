// valuation.h — how a deal is valued for each party, given what kind of text it is (scope.h).
//
// Purpose: one place that says what a clause is worth to a party and what the deal is measured
// against, shared by the verdicts (acceptance.h), the closest-agreement search (closest.h) and
// the uncertainty draws (odds.h), so all three score agreements identically.
//
// Settlement (and an open-ended ceasefire followed by a settlement): as in party_model.h,
//     margin(p) = Σ_d w_p(d) · u_p(d, o_d)  −  alternative_to_deal(p)          [points]
// with left-open clauses at the party's expectation of later talks.
// Interim or partial text (is_interim): judged against the war continuing without it over the
// text's own horizon. What the text settles now counts against leaving it to later talks, and
// the halt itself (a general ceasefire, or only strikes on energy) counts over its horizon:
//     margin(p) = Σ_{d ∉ process, scope, term} w_p(d) · (u_p(d, o_d) − u_p(d, left_open))
//               + halt_value(p)                                                   [points]
// The process clause of an interim text says what halts, so its settlement utility is not used.
//
// halt_value(p) = months · (relief_p + us_standing_p − momentum · advantage_p − rearm_p)
//                                                                           for a general ceasefire
//               = months · (energy_p + us_standing_p)                        for an energy pause
// us_standing_p is what accepting a US-backed pause is worth in the party's relations with the
// US (Jeddah, Mar 2025: US intelligence and aid resumed once Kyiv accepted; Russia's side an
// assumption).
// months = term in days / 30 (12 for an open-ended partial deal, capped at 12); advantage_p is
// the battlefield trend seen from p (Russia gaining: > 0 for Russia, < 0 for Ukraine). Russia's
// relief grows with its casualties (lever). Every coefficient is listed in halt_terms() with its
// source and range.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "engine/party.h"
#include "engine/scenario.h"
#include "engine/scope.h"

namespace armistice {

enum class Halt : std::uint8_t {
    None,            // nothing halts (a settlement, or a partial deal on shipping, prisoners ...)
    GeneralCeasefire,  // the guns fall silent along the whole line for the horizon
    EnergyStrikes,     // only strikes on energy infrastructure stop; fighting goes on
};

struct DealFrame {
    AgreementScope scope;
    bool interim = false;        // is_interim(scope)
    Halt halt = Halt::None;      // what stops during an interim text
    double horizon_months = 0;   // months: the interim text's horizon (0 for a settlement)
};

DealFrame deal_frame(const Scenario& s);

// One coefficient of halt_value, points per month of horizon, with its range and source.
struct HaltTerm {
    std::string_view id;  // e.g. "ceasefire.relief"
    Halt halt;
    std::array<double, kPartyCount> value;       // points per month, by party
    std::array<double, kPartyCount> half_range;  // points per month: value ± half_range
    bool is_cost;  // true: what the party gives up by halting (subtracted); false: what it gains
    SourceId source;
    std::string_view note;  // paraphrase: whose position, and why
};

const std::vector<HaltTerm>& halt_terms();

// Scale of a term for this scenario (lever effects), dimensionless; 1 at the default context.
double halt_term_scale(const HaltTerm& term, Party p, const Scenario& s);

// Contribution of option o of dimension d to party p's margin, points, under the frame.
double clause_value(Party p, Dim d, std::uint8_t o, LensId lens, const DealFrame& f);

// Points the halt itself is worth to p over the horizon (0 unless interim). `term_noise`, when
// given, holds one number in [−1, 1] per halt_terms() entry: each term is moved by that fraction
// of its half range (the uncertainty draws, odds.h).
double halt_value(Party p, const Scenario& s, const DealFrame& f,
                  const std::vector<double>* term_noise = nullptr);

// What the deal is measured against, points: the alternative to a deal for a settlement, 0 (the
// war going on without the text) for an interim text.
double reference_value(Party p, const Scenario& s, const DealFrame& f);

}  // namespace armistice
