// durability_invariants_test.cpp — invariants of the "Will it hold?" engine (issue #5):
// ranges, monotone survival, bands, determinism, chunking invariance, monotonicity of protective
// provisions under the evidence lens (common random numbers), party-provided peacekeepers worse
// than neutral ones, "no agreement" not applicable, parameter table sanity, deterministic math.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "engine/durability/det_math.h"
#include "engine/durability/durability.h"
#include "engine/durability/model_card.h"
#include "engine/durability/params.h"
#include "engine/durability/ru_mapping.h"

namespace {

using namespace armistice;
using namespace armistice::durability;

Scenario with(Scenario s, std::initializer_list<const char*> ids) {
    for (const char* id : ids) {
        const auto ref = catalog().find_qualified(id);
        EXPECT_TRUE(ref.has_value()) << id;
        if (ref) s.set_choice(ref->dim, ref->option);
    }
    return s;
}

Scenario small(Scenario s, std::uint32_t runs = 4000) {
    s.sim.runs = runs;
    return s;
}

DurabilityResult run(const Scenario& s) {
    DurabilityOptions o;
    o.sensitivity = false;
    return simulate_durability(s, o);
}

bool bit_equal(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

TEST(DurabilityInvariants, SurvivalIsAProbabilityCurveInsideItsBand) {
    for (const Scenario& s : {small(Scenario{}), small(with(Scenario{}, {"separation.dmz_wide", "monitoring.western_force"}))}) {
        const DurabilityResult r = run(s);
        ASSERT_TRUE(r.applicable);
        ASSERT_EQ(r.survival.size(), s.sim.horizon_months);
        ASSERT_EQ(r.band_lo.size(), r.survival.size());
        double prev = 1.0;
        for (std::size_t m = 0; m < r.survival.size(); ++m) {
            EXPECT_GE(r.survival[m], 0.0);
            EXPECT_LE(r.survival[m], prev);
            EXPECT_LE(r.band_lo[m], r.survival[m]);
            EXPECT_GE(r.band_hi[m], r.survival[m]);
            prev = r.survival[m];
        }
        EXPECT_EQ(r.p_hold_60, r.survival[59]);
        double sum = 0;
        for (double c : r.cause_share) sum += c;
        EXPECT_NEAR(sum, 1.0, 1e-12);
        EXPECT_GT(r.band_hi[59] - r.band_lo[59], 0.02) << "band should carry parameter uncertainty";
        EXPECT_FALSE(r.ledger.empty());
        for (const auto& l : r.ledger) {
            EXPECT_GE(l.violations_per_year, 0.0);
            EXPECT_LE(l.answered_share, l.detected_share + 1e-12);
            EXPECT_LE(l.detected_share, 1.0);
        }
    }
}

TEST(DurabilityInvariants, DeterministicAndChunkingInvariant) {
    const Scenario s = small(with(Scenario{}, {"separation.dmz_narrow", "monitoring.neutral_observers"}), 3001);
    const DurabilityResult a = run(s);
    const DurabilityResult b = run(s);
    EXPECT_TRUE(bit_equal(a.survival, b.survival));
    DurabilityRun chunked(s);
    const std::uint32_t steps[] = {1, 7, 500, 33, 1000};
    std::size_t i = 0;
    while (!chunked.done()) chunked.advance(steps[i++ % 5]);
    const DurabilityResult c = chunked.snapshot();
    EXPECT_EQ(c.runs, a.runs);
    EXPECT_TRUE(bit_equal(a.survival, c.survival));
    EXPECT_TRUE(bit_equal(a.band_lo, c.band_lo));
    EXPECT_TRUE(bit_equal(a.band_hi, c.band_hi));
    EXPECT_EQ(std::memcmp(a.cause_share.data(), c.cause_share.data(), sizeof a.cause_share), 0);
    EXPECT_EQ(a.incidents_per_year, c.incidents_per_year);
    Scenario other = s;
    other.sim.seed = 2;
    EXPECT_FALSE(bit_equal(a.survival, run(other).survival));
}

TEST(DurabilityInvariants, PartialSnapshotsAreValid) {
    DurabilityRun r(small(Scenario{}, 5000));
    r.advance(100);
    const DurabilityResult p = r.snapshot();
    EXPECT_EQ(p.runs, 100u);
    EXPECT_FALSE(r.done());
    EXPECT_LE(p.survival.back(), 1.0);
}

// Under the evidence lens, adding a protective provision never lowers P(hold 60): with common
// random numbers every trajectory's hazards only fall, so the curve can only rise.
TEST(DurabilityInvariants, ProtectiveProvisionsNeverLowerPHold60) {
    const Scenario base = small(Scenario{});
    const double p0 = run(base).p_hold_60;
    for (const char* id : {"separation.dmz_narrow", "separation.dmz_wide", "monitoring.neutral_armed_force",
                           "monitoring.neutral_observers", "implementation.bilateral_commission"}) {
        const double p1 = run(with(base, {id})).p_hold_60;
        EXPECT_GE(p1, p0) << id;
    }
    // A wide DMZ on top of a narrow one, and an armed neutral force on top of a DMZ.
    const Scenario dmz = with(base, {"separation.dmz_narrow"});
    EXPECT_GE(run(with(base, {"separation.dmz_wide"})).p_hold_60, run(dmz).p_hold_60);
    EXPECT_GE(run(with(dmz, {"monitoring.neutral_armed_force"})).p_hold_60, run(dmz).p_hold_60);
}

TEST(DurabilityInvariants, PartyPeacekeepersWorseThanNeutral) {
    const Scenario base = small(with(Scenario{}, {"separation.dmz_narrow"}));
    const double neutral = run(with(base, {"monitoring.neutral_armed_force"})).p_hold_60;
    const double party = run(with(base, {"monitoring.force_with_party"})).p_hold_60;
    EXPECT_LT(party, neutral);
}

TEST(DurabilityInvariants, NoAgreementIsNotApplicable) {
    const Scenario s = with(Scenario{}, {"process.no_agreement"});
    EXPECT_TRUE(is_no_agreement(s));
    const DurabilityResult r = simulate_durability(s);
    EXPECT_FALSE(r.applicable);
    EXPECT_FALSE(r.reason.empty());
    EXPECT_TRUE(r.survival.empty());
    EXPECT_TRUE(r.sensitivity.empty());
}

TEST(DurabilityInvariants, SensitivityRanksBothWays) {
    const Scenario s = small(Scenario{}, 1000);
    const auto items = durability_sensitivity(s, 1000, 3);
    ASSERT_FALSE(items.empty());
    bool seen_down = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        EXPECT_FALSE(items[i].change_id.empty());
        if (items[i].delta < 0) seen_down = true;
        else EXPECT_FALSE(seen_down) << "gains first, then losses";
    }
    EXPECT_GT(items.front().delta, 0.0);
}

TEST(DurabilityInvariants, ShorterHorizonHasNoP120) {
    Scenario s = small(Scenario{}, 1000);
    s.sim.horizon_months = 60;
    const DurabilityResult r = run(s);
    EXPECT_EQ(r.survival.size(), 60u);
    EXPECT_TRUE(std::isnan(r.p_hold_120));
    EXPECT_FALSE(std::isnan(r.p_hold_60));
}

TEST(DurabilityParams, TableIsConsistentAndSourced) {
    for (const ParamRow& p : param_table()) {
        EXPECT_LE(p.low, p.value) << p.name;
        EXPECT_LE(p.value, p.high) << p.name;
        EXPECT_FALSE(p.unit.empty()) << p.name;
        EXPECT_FALSE(p.source.empty()) << p.name;
    }
    EXPECT_EQ(model_card_rows().size(), kParamCount);
    std::vector<ParamSet> sets(kParameterSets);
    draw_param_sets(7, kParameterSets, sets.data());
    for (const ParamSet& s : sets)
        for (std::size_t j = 0; j < kParamCount; ++j) {
            EXPECT_GE(s.v[j], param_table()[j].low);
            EXPECT_LE(s.v[j], param_table()[j].high);
        }
}

TEST(DurabilityDetMath, MatchesLibmClosely) {
    for (double x : {1e-6, 0.013, 0.5, 0.7071, 1.0, 1.5, 2.0, 10.0, 120.0, 1e6}) {
        EXPECT_NEAR(det_log(x), std::log(x), 1e-13 * (1 + std::fabs(std::log(x)))) << x;
    }
    for (double x : {-30.0, -2.5, -0.3, 0.0, 0.2, 1.0, 3.7, 40.0}) {
        EXPECT_NEAR(det_exp(x) / std::exp(x), 1.0, 1e-14) << x;
    }
    EXPECT_NEAR(det_pow(120.0, -0.5), 1.0 / std::sqrt(120.0), 1e-15);
}

}  // namespace
