// ru_mapping.cpp — Scenario → HazardInput for Russia–Ukraine (see ru_mapping.h).
//
// Always on for this war: a great power is a party (Russia, a nuclear state) and the stakes are
// contiguous and existential (DESIGN §4 prior 1.5–3). Lever pressure is a signed sum of
// normalised deviations from the default context (positive = more incentive to resume):
// less Western aid, weaker sanctions, more outside support, a trend in Russia's favour.
#include "engine/durability/ru_mapping.h"

#include "engine/durability/det_math.h"

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
    return in;
}

}  // namespace armistice::durability
