// alternative.h — each party's alternative to a deal (BATNA): the value, in utility points, of
// the war going on under the chosen context.
//
// Purpose: a party accepts a deal only if the deal is worth at least its alternative. The
// alternative moves with the context levers (context.h), as the seeds argue: heavier Russian
// casualties, inflation, interest rates, sanctions, Western aid and a Ukrainian battlefield trend
// lower Russia's value of fighting on (seed 001); less US reliability or aid, more outside
// support to Russia and a Russian battlefield trend lower Ukraine's.
//
// Formula (linear, so monotone by construction):
//     alternative(p) = base(p) + lens_shift(p)
//                      + leverage_effect · Σ_l  coef(p, l) · (n_l(context) − n_l(defaults))
// where n_l maps lever l to [0, 1] over its range (Context::normalised) and coef is in utility
// points per full range of the lever. At the default context (seed 001's early-2025 figures) the
// alternative is the calibrated base; the lens's `leverage_effect` (lens.h) scales how far the
// levers move it. lens_shift adds k·(revisionism − 1) points to Russia's alternative only (k is
// the parameter row revisionism_alternative_points, 15, durability/params.h): a
// Russia bent on control of Ukraine (seed 003) values fighting on more. Signs are sourced;
// magnitudes and bases are labelled assumptions (see alternative.cpp).
//
// Invariant (tested): for Russia every coefficient on a pressure lever (casualties, inflation,
// policy rate, sanctions, aid, US reliability, European readiness, battlefield trend) is ≤ 0 and
// on outside support ≥ 0; for Ukraine the coefficients on aid, US reliability, European
// readiness and battlefield trend are ≥ 0 and on outside support ≤ 0.
#pragma once

#include <array>
#include <string_view>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/lens.h"
#include "engine/party.h"

namespace armistice {

struct Alternative {
    double value = 0.0;       // points: the party's value of no deal under this context
    double base = 0.0;        // points: calibrated value at the default context
    double lens_shift = 0.0;  // points: lens adjustment (Russia only)
    std::array<double, kLeverCount> lever_shift{};  // points moved by each lever (signed)
};

struct AlternativeCoefficient {
    double points_per_range;  // utility points per full range of the lever (signed)
    SourceId source;
    std::string_view note;  // why the lever moves this party's alternative this way
};

// The base value of each party's alternative at the default context, points.
double alternative_base(Party p);
// The coefficient table (party × lever).
const AlternativeCoefficient& alternative_coefficient(Party p, Lever l);

Alternative alternative_to_deal(Party p, const Context& context, LensId lens);

}  // namespace armistice
