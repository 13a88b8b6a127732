// durability_interim_test.cpp — interim and partial deals (issue #12 item 5): judged over their own
// term, with P(hold the term), P(extended into a lasting ceasefire) and violations per week, and
// no 1/5/10-year figures.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/durability/durability.h"
#include "engine/durability/interim.h"
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

}  // namespace
