// ru_mapping.cpp — Scenario → HazardInput for Russia–Ukraine (see ru_mapping.h).
//
// Always on for this war: a great power is a party (Russia, a nuclear state) and the stakes are
// contiguous and existential (hr_stakes, prior 1.5–3). Lever pressure is a signed sum of
// normalised deviations from the default context (positive = more incentive to resume):
// less Western aid, weaker sanctions, more outside support, a trend in Russia's favour.
// Consent: the ceasefire is taken as imposed on Russia when the acceptance model says Russia
// would not sign these terms (acceptance.h evaluate_party); the separation measures cover one
// sector when the separation clause is in sector_shares.h.
#include "engine/durability/ru_mapping.h"

#include "engine/acceptance/acceptance.h"
#include "engine/durability/det_math.h"
#include "engine/durability/sector_shares.h"

namespace armistice::durability {

namespace {
// Deviation of lever l from its default, as a share of the lever's range (−1..1).
double deviation(const Context& c, Lever l) {
    const LeverInfo& info = lever_info(l);
    const double range = info.max - info.min;
    if (!(range > 0)) return 0.0;
    return (c.get(l) - info.default_value) / range;
}
}  // namespace

bool is_no_agreement(const Scenario& s) {
    const auto opt = catalog().find_option(Dim::Process, "no_agreement");
    return opt && s.choice(Dim::Process) == *opt;
}

HazardInput map_scenario(const Scenario& s) {
    HazardInput in;
    in.mechanisms = s.mechanisms();
    add(in.mechanisms, Mechanism::GreatPowerParty);
    in.dynamic_layer = true;
    in.stakes = true;
    const Lens& l = lens(s.lens);
    in.revisionism = l.revisionism;
    in.concession = l.concession_effect;
    in.western_presence = l.western_presence_risk;
    in.deterrence = l.deterrence_effect;
    in.institution = l.institution_effect;
    in.leverage = l.leverage_effect;
    const Context& c = s.context;
    // Weights (dimensionless): aid and trend count fully, the economic levers half (assumption).
    in.lever_pressure = -1.0 * deviation(c, Lever::WesternAid) - 0.5 * deviation(c, Lever::SanctionsPressure) +
                        0.5 * deviation(c, Lever::OutsideSupport) - 1.0 * deviation(c, Lever::BattlefieldTrend) -
                        0.25 * deviation(c, Lever::RussianInflation) - 0.25 * deviation(c, Lever::RussianCasualties);
    in.us_reliability = clamp(c.get(Lever::UsReliability), 0.0, 1.0);
    in.european_readiness = clamp(c.get(Lever::EuropeanReadiness), 0.0, 1.0);
    in.consent = evaluate_party(s, Party::Russia).accepts;
    in.separation_share = separation_sector_share(s);
    return in;
}

}  // namespace armistice::durability
