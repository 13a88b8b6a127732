// context.cpp — the context levers' metadata: unit, range, default, source (see context.h).
#include "engine/context.h"

#include <cmath>

#include <array>

namespace armistice {

namespace {

// clang-format off
constexpr std::array<LeverInfo, kLeverCount> kLevers = {{
    {Lever::WesternAid, "western_aid", "Western military aid", "% of 2024 level",
     0, 200, 100, 5, SourceId::Seed001,
     "100 = the 2024 level, which seed 001 says let Ukraine fight through 2025; scale is an assumption"},
    {Lever::SanctionsPressure, "sanctions_pressure", "Sanctions pressure", "index 0-10",
     0, 10, 6, 0.5, SourceId::Seed001,
     "6 = end-2024 sanctions (about 50 banks and the energy sector, seed 001); index scale is an assumption"},
    {Lever::RussianInflation, "russian_inflation", "Russian inflation", "% per year",
     0, 30, 9.5, 0.5, SourceId::Seed001, "above 9.5% at the end of 2024 (seed 001)"},
    {Lever::RussianPolicyRate, "russian_policy_rate", "Russian policy rate", "% per year",
     0, 30, 21, 0.5, SourceId::Seed001, "key rate above 21% at the end of 2024 (seed 001)"},
    {Lever::RussianCasualties, "russian_casualties", "Russian casualties", "persons/day",
     0, 3000, 1500, 50, SourceId::Seed001,
     "about 1,500 a day, US Department of Defense estimate cited by seed 001"},
    {Lever::OutsideSupport, "outside_support", "Outside support to Russia", "index 0-10",
     0, 10, 6, 0.5, SourceId::Seed001,
     "China's machine tools and microelectronics, Iran's drones, North Korea's shells and troops "
     "(seed 001); index scale is an assumption"},
    {Lever::UsReliability, "us_reliability", "US reliability", "probability 0-1",
     0, 1, 0.5, 0.05, SourceId::Assumption,
     "assumption: early-2025 doubts about US support (seed 001) put it near even odds"},
    {Lever::EuropeanReadiness, "european_readiness", "European readiness", "index 0-1",
     0, 1, 0.4, 0.05, SourceId::Assumption,
     "assumption: seed 001 judges Europe not yet ready to field a deterrent force"},
    {Lever::BattlefieldTrend, "battlefield_trend", "Battlefield trend", "-1 Russia gaining .. +1 Ukraine",
     -1, 1, -0.2, 0.05, SourceId::Seed001,
     "slightly negative: Russia gaining only slivers of territory in early 2025 (seed 001)"},
}};
// clang-format on

}  // namespace

const LeverInfo& lever_info(Lever l) { return kLevers[static_cast<std::size_t>(l)]; }

double Context::normalised(Lever l) const {
    const LeverInfo& info = lever_info(l);
    return (get(l) - info.min) / (info.max - info.min);
}

double snap_lever_to_step(Lever l, double value) {
    const LeverInfo& info = lever_info(l);
    if (!std::isfinite(value)) return info.default_value;
    // q = round(value / step) and value = q * step, computed as an exact rational q / k where
    // the step is 1/k, so decimal values typed on the grid (0.15, 0.35) compare equal.
    const double inv = 1.0 / info.step;
    const double k = std::round(inv);
    if (std::fabs(inv - k) < 1e-9 && k >= 1.0) return std::round(value * k) / k;
    return std::round(value / info.step) * info.step;
}

Context Context::defaults() {
    Context c;
    for (std::size_t i = 0; i < kLeverCount; ++i) c.values[i] = kLevers[i].default_value;
    return c;
}

}  // namespace armistice
