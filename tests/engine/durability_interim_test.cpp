// durability_interim_test.cpp — interim and partial deals (issue #12 item 5): judged over their own
// term, with P(hold the term), P(extended into a lasting ceasefire) and violations per week, and
// no 1/5/10-year figures.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/durability/durability.h"
#include "engine/durability/interim.h"
#include "engine/durability/partial_coverage.h"
#include "engine/durability/ru_mapping.h"
#include "engine/scope.h"

namespace {

using namespace armistice;
using namespace armistice::durability;

Scenario with(std::initializer_list<const char*> ids) {
    Scenario s;
    for (const char* id : ids) {
        const auto ref = catalog().find_qualified(id);
        EXPECT_TRUE(ref.has_value()) << id;
        if (ref) s.set_choice(ref->dim, ref->option);
    }
    s.sim.runs = 4000;
    return s;
}

DurabilityResult run(const Scenario& s) {
    DurabilityOptions o;
    o.sensitivity = false;
    return simulate_durability(s, o);
}

TEST(DurabilityInterim, HorizonIsTheTerm) {
    EXPECT_EQ(interim_horizon_months({Scope::CeasefireThenSettlement, 30}), 1u);
    EXPECT_EQ(interim_horizon_months({Scope::CeasefireThenSettlement, 90}), 3u);
    EXPECT_EQ(interim_horizon_months({Scope::Partial, 365}), 12u);
    EXPECT_EQ(interim_horizon_months({Scope::Partial, 0}), kOpenPartialHorizonMonths);
}

TEST(DurabilityInterim, ThirtyDayTruceShowsTermFiguresOnly) {
    for (const char* process : {"process.interim_30day", "process.energy_pause"}) {
        const Scenario s = with({process});
        ASSERT_TRUE(is_interim(scope_of(s))) << process;
        const DurabilityResult r = run(s);
        ASSERT_TRUE(r.applicable);
        EXPECT_TRUE(r.interim);
        EXPECT_EQ(r.term_days, 30u);
        EXPECT_EQ(r.horizon_months, 1u);
        EXPECT_TRUE(std::isnan(r.p_hold_12) && std::isnan(r.p_hold_60) && std::isnan(r.p_hold_120))
            << process;
        EXPECT_EQ(r.p_hold_term, r.survival.back());
        EXPECT_GT(r.p_hold_term, 0.0);
        EXPECT_LT(r.p_hold_term, 1.0);
        EXPECT_GT(r.p_extended, 0.0);
        EXPECT_LT(r.p_extended, r.p_hold_term);
        EXPECT_GT(r.violations_per_week, 0.0);
    }
}

TEST(DurabilityInterim, PartialPauseIsExtendedLessOftenThanACeasefireTrack) {
    const DurabilityResult truce = run(with({"process.interim_30day"}));
    const DurabilityResult pause = run(with({"process.energy_pause"}));
    EXPECT_LT(pause.p_extended / pause.p_hold_term, truce.p_extended / truce.p_hold_term);
}

TEST(DurabilityInterim, LastingDealsKeepTheirYearsAndNoTermFigures) {
    const DurabilityResult r = run(with({"separation.dmz_narrow"}));
    EXPECT_FALSE(r.interim);
    EXPECT_EQ(r.p_hold_60, r.survival[59]);
    EXPECT_TRUE(std::isnan(r.p_hold_term));
    EXPECT_TRUE(std::isnan(r.p_extended));
}

// A partial deal is judged on what it covers: the energy pause alone, with shipping added, and
// with the prisoner exchange added differ in every interim figure (the Riyadh and energy-pause
// presets once gave identical ones).
TEST(DurabilityInterim, PartialFiguresDependOnWhatTheDealCovers) {
    const DurabilityResult energy = run(with({"process.energy_pause", "scope.partial"}));
    const DurabilityResult shipping =
        run(with({"process.energy_pause", "scope.partial", "black_sea.free_navigation"}));
    const DurabilityResult swap =
        run(with({"process.energy_pause", "scope.partial", "humanitarian.prisoner_exchange"}));
    ASSERT_TRUE(energy.interim && shipping.interim && swap.interim);
    // More strands, more ways for the package to lapse (competing risks).
    EXPECT_LT(shipping.p_hold_term, energy.p_hold_term);
    EXPECT_LT(swap.p_hold_term, energy.p_hold_term);
    EXPECT_LT(shipping.p_hold_term, swap.p_hold_term);  // shipping weighs more than a prisoner swap
    EXPECT_GT(shipping.violations_per_week, energy.violations_per_week);
    // A broader package is a larger step towards a general ceasefire.
    EXPECT_GT(shipping.p_extended / shipping.p_hold_term, energy.p_extended / energy.p_hold_term);
}

// Front-line clauses do not act on a deal that leaves the fighting on.
TEST(DurabilityInterim, FrontLineClausesDoNotMoveAPartialDeal) {
    const DurabilityResult bare = run(with({"process.energy_pause", "scope.partial"}));
    const DurabilityResult dmz =
        run(with({"process.energy_pause", "scope.partial", "separation.dmz_wide",
                  "monitoring.neutral_armed_force"}));
    EXPECT_EQ(bare.p_hold_term, dmz.p_hold_term);
    const DurabilityResult observed =
        run(with({"process.energy_pause", "scope.partial", "monitoring.neutral_observers"}));
    EXPECT_GT(observed.p_hold_term, bare.p_hold_term);  // verification still helps
}

TEST(DurabilityInterim, StrandsAreReadOnlyForPartialDeals) {
    EXPECT_EQ(partial_strands(with({"black_sea.free_navigation"})), 0);
    EXPECT_EQ(partial_strands(with({"scope.partial", "zaporizhzhia_npp.iaea_neutral"})),
              1u << static_cast<unsigned>(Strand::NuclearPlant));
    EXPECT_EQ(partial_strands(with({"scope.partial"})), kPartialUnnamed);
    EXPECT_EQ(map_scenario(with({"black_sea.free_navigation"})).partial_strands, 0);
}

// A line or status left to later talks leaves the territorial question open.
TEST(DurabilityInterim, LeftOpenLineIsUnresolvedTerritory) {
    // de_facto status and the 1991 borders carry no "unresolved" mechanism of their own.
    auto unresolved = [](std::initializer_list<const char*> ids) {
        return has(map_scenario(with(ids)).mechanisms, Mechanism::TerritoryUnresolved);
    };
    EXPECT_TRUE(unresolved({"line.left_open", "status.de_facto"}));
    EXPECT_TRUE(unresolved({"line.borders_1991", "status.left_open"}));
    EXPECT_FALSE(unresolved({"line.borders_1991", "status.de_facto"}));
}

}  // namespace
