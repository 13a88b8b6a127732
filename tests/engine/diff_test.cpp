// diff_test.cpp — the clause/lever diff (empty on itself, exactly the changed fields, symmetric)
// and its effects (one-clause variant equals B, deterministic, no durability without a deal).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <set>

#include "engine/diff/diff.h"
#include "engine/diff/diff_effects.h"
#include "engine/red_lines.h"

namespace armistice {
namespace {

// Deterministic pseudo-random valid scenario (splitmix64; no global state).
std::uint64_t next(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Scenario random_scenario(std::uint64_t& rng) {
    Scenario s;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const auto n = catalog().at(static_cast<Dim>(d)).options.size();
        s.choices[d] = static_cast<std::uint8_t>(next(rng) % n);
    }
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        if (next(rng) % 3 != 0) continue;
        const LeverInfo& info = lever_info(static_cast<Lever>(l));
        const auto steps = static_cast<std::uint64_t>((info.max - info.min) / info.step);
        // A grid point, as validate() requires (min + k * step can be an ulp off the grid).
        const double v = info.min + info.step * static_cast<double>(next(rng) % (steps + 1));
        s.context.set(static_cast<Lever>(l), snap_lever_to_step(static_cast<Lever>(l), v));
    }
    s.lens = static_cast<LensId>(next(rng) % kLensCount);
    s.relaxed_red_lines = next(rng) & ((std::uint64_t{1} << red_lines().size()) - 1);
    return s;
}

TEST(Diff, ScenarioWithItselfIsEmpty) {
    std::uint64_t rng = 42;
    for (int i = 0; i < 200; ++i) {
        const Scenario s = random_scenario(rng);
        ASSERT_TRUE(validate(s).empty());
        EXPECT_TRUE(diff_scenarios(s, s).empty());
    }
    EXPECT_TRUE(diff_scenarios(Scenario{}, Scenario{}).empty());
}

TEST(Diff, NameAndDescriptionAreNotTerms) {
    Scenario a;
    Scenario b;
    b.name = "Another name";
    b.description = "Another description.";
    b.base_preset = "no_agreement";
    EXPECT_TRUE(diff_scenarios(a, b).empty());
}

TEST(Diff, ListsExactlyTheChangedClausesInDimensionOrder) {
    std::uint64_t rng = 7;
    for (int i = 0; i < 200; ++i) {
        const Scenario a = random_scenario(rng);
        const Scenario b = random_scenario(rng);
        const ScenarioDiff d = diff_scenarios(a, b);
        std::set<std::size_t> expected;
        for (std::size_t k = 0; k < kDimensionCount; ++k) {
            if (a.choices[k] != b.choices[k]) expected.insert(k);
        }
        ASSERT_EQ(d.clauses.size(), expected.size());
        std::size_t prev = 0;
        for (std::size_t j = 0; j < d.clauses.size(); ++j) {
            const ClauseDifference& c = d.clauses[j];
            const auto k = static_cast<std::size_t>(c.dim);
            EXPECT_TRUE(expected.count(k));
            if (j > 0) {
                EXPECT_GT(k, prev);
            }
            prev = k;
            EXPECT_EQ(c.option_a, a.choices[k]);
            EXPECT_EQ(c.option_b, b.choices[k]);
            const Dimension& dim = catalog().at(c.dim);
            EXPECT_EQ(c.dimension_id, dim.id);
            EXPECT_EQ(c.option_a_id, dim.options[c.option_a].id);
            EXPECT_EQ(c.option_b_label, dim.options[c.option_b].label);
        }
    }
}

TEST(Diff, SingleClauseChangeIsTheOnlyEntry) {
    Scenario a;
    Scenario b = a;
    const auto ref = option_ref("alignment.constitutional_ban");
    b.set_choice(ref.dim, ref.option);
    const ScenarioDiff d = diff_scenarios(a, b);
    ASSERT_EQ(d.clauses.size(), 1u);
    EXPECT_EQ(d.clauses[0].dimension_id, "alignment");
    EXPECT_EQ(d.clauses[0].option_a_id, "nato_deferred");
    EXPECT_EQ(d.clauses[0].option_b_id, "constitutional_ban");
    EXPECT_TRUE(d.levers.empty());
    EXPECT_FALSE(d.lens_differs);
    EXPECT_TRUE(d.red_lines.empty());
    EXPECT_FALSE(d.sim_differs);
}

TEST(Diff, LeversLensRedLinesAndSettings) {
    Scenario a;
    Scenario b = a;
    const LeverInfo& aid = lever_info(Lever::WesternAid);
    b.context.set(Lever::WesternAid, aid.min);
    b.lens = LensId::Leverage;
    b.relaxed_red_lines = 1u << 3;
    b.sim.seed = 99;
    const ScenarioDiff d = diff_scenarios(a, b);
    EXPECT_TRUE(d.clauses.empty());
    ASSERT_EQ(d.levers.size(), 1u);
    EXPECT_EQ(d.levers[0].id, aid.id);
    EXPECT_EQ(d.levers[0].value_a, aid.default_value);
    EXPECT_EQ(d.levers[0].value_b, aid.min);
    EXPECT_TRUE(d.lens_differs);
    EXPECT_EQ(d.lens_b, LensId::Leverage);
    ASSERT_EQ(d.red_lines.size(), 1u);
    EXPECT_EQ(d.red_lines[0].index, 3u);
    EXPECT_EQ(d.red_lines[0].id, red_lines()[3].id);
    EXPECT_FALSE(d.red_lines[0].relaxed_a);
    EXPECT_TRUE(d.red_lines[0].relaxed_b);
    EXPECT_TRUE(d.sim_differs);
    EXPECT_FALSE(d.empty());
}

TEST(Diff, IsSymmetric) {
    std::uint64_t rng = 2025;
    for (int i = 0; i < 200; ++i) {
        const Scenario a = random_scenario(rng);
        const Scenario b = random_scenario(rng);
        const ScenarioDiff ab = diff_scenarios(a, b);
        const ScenarioDiff ba = diff_scenarios(b, a);
        ASSERT_EQ(ab.clauses.size(), ba.clauses.size());
        for (std::size_t j = 0; j < ab.clauses.size(); ++j) {
            EXPECT_EQ(ab.clauses[j].dim, ba.clauses[j].dim);
            EXPECT_EQ(ab.clauses[j].option_a, ba.clauses[j].option_b);
            EXPECT_EQ(ab.clauses[j].option_b, ba.clauses[j].option_a);
            EXPECT_EQ(ab.clauses[j].option_a_label, ba.clauses[j].option_b_label);
        }
        ASSERT_EQ(ab.levers.size(), ba.levers.size());
        for (std::size_t j = 0; j < ab.levers.size(); ++j) {
            EXPECT_EQ(ab.levers[j].lever, ba.levers[j].lever);
            EXPECT_EQ(ab.levers[j].value_a, ba.levers[j].value_b);
        }
        EXPECT_EQ(ab.lens_differs, ba.lens_differs);
        ASSERT_EQ(ab.red_lines.size(), ba.red_lines.size());
        for (std::size_t j = 0; j < ab.red_lines.size(); ++j) {
            EXPECT_EQ(ab.red_lines[j].index, ba.red_lines[j].index);
            EXPECT_EQ(ab.red_lines[j].relaxed_a, ba.red_lines[j].relaxed_b);
        }
        EXPECT_EQ(ab.empty(), ba.empty());
    }
}

}  // namespace
}  // namespace armistice

// [SECTION] Effects (acceptance, legal, durability) — small run counts keep the suite fast.

namespace armistice {
namespace {

TEST(DiffEffects, SingleClauseVariantEqualsB) {
    Scenario a;
    Scenario b = a;
    const auto ref = option_ref("ukraine_forces.cap_600k");
    b.set_choice(ref.dim, ref.option);
    const ScenarioDiff d = diff_scenarios(a, b);
    EffectOptions opt;
    opt.runs = 300;
    const DiffEffects fx = diff_effects(a, b, d, opt);
    ASSERT_EQ(fx.clauses.size(), 1u);
    const ClauseEffect& e = fx.clauses[0];
    EXPECT_EQ(fx.runs, 300u);
    EXPECT_EQ(fx.horizon_months, 60u);
    EXPECT_EQ(fx.seed, a.sim.seed);
    // With one differing clause, "A with B's clause" is B: identical numbers (common seed).
    EXPECT_EQ(e.p_hold_60, fx.p_hold_60_b);
    EXPECT_EQ(e.delta_p_hold_60, fx.p_hold_60_b - fx.p_hold_60_a);
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        EXPECT_EQ(e.acceptance.margin[p], fx.acceptance_b.margin[p]);
        EXPECT_DOUBLE_EQ(e.delta_margin[p], fx.acceptance_b.margin[p] - fx.acceptance_a.margin[p]);
    }
    EXPECT_EQ(e.legal_added.size() + fx.legal_a.size(), e.legal_removed.size() + fx.legal_b.size());
}

TEST(DiffEffects, DeterministicAndBSeedIgnored) {
    Scenario a;
    Scenario b = a;
    b.set_choice(Dim::Separation, option_ref("separation.dmz_wide").option);
    b.set_choice(Dim::Monitoring, option_ref("monitoring.neutral_armed_force").option);
    b.sim.seed = 12345;  // ignored: every run uses A's seed
    EffectOptions opt;
    opt.runs = 300;
    const ScenarioDiff d = diff_scenarios(a, b);
    const DiffEffects x = diff_effects(a, b, d, opt);
    const DiffEffects y = diff_effects(a, b, d, opt);
    ASSERT_EQ(x.clauses.size(), 2u);
    EXPECT_EQ(x.p_hold_60_a, y.p_hold_60_a);
    EXPECT_EQ(x.p_hold_60_b, y.p_hold_60_b);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(x.clauses[i].p_hold_60, y.clauses[i].p_hold_60);
        EXPECT_GE(x.clauses[i].p_hold_60, 0.0);
        EXPECT_LE(x.clauses[i].p_hold_60, 1.0);
    }
    EXPECT_EQ(x.seed, a.sim.seed);
}

TEST(DiffEffects, NoAgreementHasNoDurability) {
    Scenario a;
    Scenario b = a;
    b.set_choice(Dim::Process, option_ref("process.no_agreement").option);
    EffectOptions opt;
    opt.runs = 200;
    const DiffEffects fx = diff_effects(a, b, diff_scenarios(a, b), opt);
    ASSERT_EQ(fx.clauses.size(), 1u);
    EXPECT_FALSE(fx.b_applicable);
    EXPECT_FALSE(fx.clauses[0].durability_applicable);
    EXPECT_TRUE(std::isnan(fx.clauses[0].p_hold_60));
    EXPECT_TRUE(std::isnan(fx.clauses[0].delta_p_hold_60));
}

}  // namespace
}  // namespace armistice
