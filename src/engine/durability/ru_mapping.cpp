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
#include "engine/durability/partial_coverage.h"
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
// The parameter rows of a lens's six weights (lens.cpp reads the same rows); none for evidence.
std::optional<std::array<ParamId, kLensWeightCount>> lens_rows(LensId id) {
    using P = ParamId;
#define ARMISTICE_ROWS(k)                                                                    \
    std::array<ParamId, kLensWeightCount> {                                                  \
        P::lens_##k##_revisionism, P::lens_##k##_concession, P::lens_##k##_western_presence, \
            P::lens_##k##_deterrence, P::lens_##k##_institution, P::lens_##k##_leverage      \
    }
    switch (id) {
        case LensId::Revisionist:
            return ARMISTICE_ROWS(revisionist);
        case LensId::SecurityDriven:
            return ARMISTICE_ROWS(security_driven);
        case LensId::Leverage:
            return ARMISTICE_ROWS(leverage);
        case LensId::Process:
            return ARMISTICE_ROWS(process);
        case LensId::Evidence:
        case LensId::Count:
            break;
    }
#undef ARMISTICE_ROWS
    return std::nullopt;
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
    in.lens_rows = lens_rows(s.lens);
    const Context& c = s.context;
    // Weights and signs: hazard_core.cpp lever_pressure, params.h lever_weight_*.
    auto& dev = in.lever_deviation;
    dev[static_cast<std::size_t>(LeverWeight::Aid)] = deviation(c, Lever::WesternAid);
    dev[static_cast<std::size_t>(LeverWeight::Sanctions)] = deviation(c, Lever::SanctionsPressure);
    dev[static_cast<std::size_t>(LeverWeight::OutsideSupport)] =
        deviation(c, Lever::OutsideSupport);
    dev[static_cast<std::size_t>(LeverWeight::Trend)] = deviation(c, Lever::BattlefieldTrend);
    dev[static_cast<std::size_t>(LeverWeight::Inflation)] = deviation(c, Lever::RussianInflation);
    dev[static_cast<std::size_t>(LeverWeight::Casualties)] = deviation(c, Lever::RussianCasualties);
    in.us_reliability = clamp(c.get(Lever::UsReliability), 0.0, 1.0);
    in.european_readiness = clamp(c.get(Lever::EuropeanReadiness), 0.0, 1.0);
    in.consent = evaluate_party(s, Party::Russia).accepts;
    in.separation_share = separation_sector_share(s);
    // A question the text leaves to later talks is unresolved (catalog ClauseKind::LeftOpen has
    // no mechanisms of its own, so a left-open line read as "settled" before).
    const Catalog& cat = catalog();
    for (Dim d : {Dim::Line, Dim::Status})
        if (cat.at(d).options[s.choice(d)].kind == ClauseKind::LeftOpen)
            add(in.mechanisms, Mechanism::TerritoryUnresolved);
    // A partial deal: only what it covers and how compliance is checked (partial_coverage.h).
    in.partial_strands = partial_strands(s);
    if (in.partial_strands) in.mechanisms = partial_relevant(in.mechanisms);
    return in;
}

}  // namespace armistice::durability
