// acceptance_search_test.cpp — the closest-agreement search checked against brute force on a
// reduced catalog (6 dimensions free, the rest locked), plus its invariants on every preset.
#include <gtest/gtest.h>

#include <cmath>

#include "acceptance_seed_scenarios.h"
#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/value_table.h"
#include "engine/red_lines.h"

namespace armistice {
namespace {

using acceptance_detail::all_accept;
using acceptance_detail::make_value_table;

const Dim kFree[] = {Dim::Line, Dim::Status, Dim::Alignment, Dim::Guarantee, Dim::ForeignForces,
                     Dim::Sanctions};

std::uint32_t frozen_mask() {
    std::uint32_t mask = (1u << kDimensionCount) - 1u;
    for (Dim d : kFree) mask &= ~(1u << static_cast<unsigned>(d));
    return mask;
}

struct Brute {
    bool exists = false;
    std::size_t changes = 0;
    double nash = -1.0;
};

Brute brute_force(const Scenario& s) {
    const auto t = make_value_table(s, s.relaxed_red_lines);
    const Catalog& cat = catalog();
    Brute best;
    Choices c = s.choices;
    std::array<std::size_t, 6> idx{};
    while (true) {
        for (std::size_t i = 0; i < 6; ++i) c[static_cast<std::size_t>(kFree[i])] = static_cast<std::uint8_t>(idx[i]);
        std::array<double, kPartyCount> m{};
        bool proposable = true;
        for (std::size_t d = 0; d < kDimensionCount; ++d)
            proposable &= ((t.proposable[d] >> c[d]) & 1u) != 0;
        if (proposable && all_accept(t, c, &m)) {
            std::size_t changes = 0;
            for (std::size_t d = 0; d < kDimensionCount; ++d) changes += c[d] != s.choices[d];
            const double nash = m[0] * m[1] * m[2] * m[3];
            if (!best.exists || changes < best.changes || (changes == best.changes && nash > best.nash)) {
                best = {true, changes, nash};
            }
        }
        std::size_t i = 0;
        while (i < 6 && ++idx[i] == cat.at(kFree[i]).options.size()) idx[i++] = 0;
        if (i == 6) break;
    }
    return best;
}

std::vector<Scenario> cases() {
    std::vector<Scenario> out;
    for (const auto& p : test_seeds::presets()) {
        Scenario s = test_seeds::make_preset(p);
        if (s.option(Dim::Process).id == "no_agreement") continue;  // process is locked here
        out.push_back(s);
    }
    // Harder contexts and other lenses on a few drafts.
    Scenario tough = test_seeds::make_preset(test_seeds::presets()[8]);  // nato_norway
    tough.context.set(Lever::WesternAid, 40);
    tough.context.set(Lever::OutsideSupport, 9);
    tough.lens = LensId::Revisionist;
    out.push_back(tough);
    Scenario pressure = test_seeds::make_preset(test_seeds::presets()[5]);  // israel_model
    pressure.context.set(Lever::RussianCasualties, 2500);
    pressure.context.set(Lever::SanctionsPressure, 9);
    pressure.lens = LensId::Leverage;
    out.push_back(pressure);
    Scenario relaxed = test_seeds::make_preset(test_seeds::presets()[8]);
    relaxed.relaxed_red_lines = (1u << *find_red_line("russia.no_nato")) |
                                (1u << *find_red_line("united_states.no_nato_now"));
    out.push_back(relaxed);
    Scenario hopeless = test_seeds::make_preset(test_seeds::presets()[3]);  // freeze
    hopeless.context.set(Lever::RussianCasualties, 0);
    hopeless.context.set(Lever::SanctionsPressure, 0);
    hopeless.context.set(Lever::WesternAid, 0);
    hopeless.context.set(Lever::OutsideSupport, 10);
    hopeless.context.set(Lever::BattlefieldTrend, -1);
    hopeless.lens = LensId::Leverage;
    out.push_back(hopeless);
    return out;
}

TEST(ClosestSearch, MatchesBruteForceOnAReducedCatalog) {
    SearchLimits limits;
    limits.frozen_dimensions = frozen_mask();
    limits.avoid_consent = false;  // brute force knows nothing of veto players
    int none = 0, found = 0;
    for (const Scenario& s : cases()) {
        const Brute b = brute_force(s);
        const ClosestAgreement r = find_closest_agreement(s, limits);
        ASSERT_NE(r.status, ClosestStatus::BudgetExhausted) << s.base_preset;
        EXPECT_EQ(r.has_solution, b.exists) << s.base_preset;
        if (!b.exists) {
            ++none;
            EXPECT_EQ(r.status, ClosestStatus::NoneExists);
            EXPECT_FALSE(r.reason.empty());
            continue;
        }
        ++found;
        EXPECT_EQ(r.changes.size(), b.changes) << s.base_preset;
        EXPECT_NEAR(r.nash_product, b.nash, 1e-9 * std::max(1.0, std::fabs(b.nash))) << s.base_preset;
        const auto t = make_value_table(s, s.relaxed_red_lines);
        EXPECT_TRUE(all_accept(t, r.choices, nullptr));
        for (const ClauseChange& c : r.changes) {
            EXPECT_NE((limits.frozen_dimensions >> static_cast<unsigned>(c.dim)) & 1u, 1u);
        }
    }
    EXPECT_GE(found, 3);
    EXPECT_GE(none, 1);  // the hopeless context
}

TEST(ClosestSearch, FullCatalogResultsAreAcceptableAndMinimalAgainstSingleChanges) {
    SearchLimits exact;  // minimality is a property of the plain search (margins ≥ 0)
    exact.safety_sigmas = 0.0;
    exact.avoid_consent = false;
    for (const Scenario& s : cases()) {
        const ClosestAgreement r = find_closest_agreement(s, exact);
        ASSERT_NE(r.status, ClosestStatus::BudgetExhausted);
        if (!r.has_solution) continue;
        const auto t = make_value_table(s, s.relaxed_red_lines);
        std::array<double, kPartyCount> m{};
        EXPECT_TRUE(all_accept(t, r.choices, &m));
        for (std::size_t p = 0; p < kPartyCount; ++p) EXPECT_NEAR(m[p], r.margins[p], 1e-9);
        std::size_t changed = 0;
        for (std::size_t d = 0; d < kDimensionCount; ++d) changed += r.choices[d] != s.choices[d];
        EXPECT_EQ(changed, r.changes.size());
        // Minimality, checked exhaustively for 0 and 1 changes.
        if (r.changes.size() >= 1) {
            EXPECT_FALSE(all_accept(t, s.choices, nullptr));
        }
        if (r.changes.size() >= 2) {
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                for (std::uint8_t o = 0; o < t.option_count[d]; ++o) {
                    if (!((t.proposable[d] >> o) & 1u)) continue;
                    Choices c = s.choices;
                    c[d] = o;
                    EXPECT_FALSE(all_accept(t, c, nullptr)) << s.base_preset << " d" << d;
                }
            }
        }
    }
}

TEST(ClosestSearch, NoneExistsExplainsAndRelaxingTheBlockersHelps) {
    const Scenario hopeless = cases().back();
    const ClosestAgreement r = find_closest_agreement(hopeless);
    ASSERT_EQ(r.status, ClosestStatus::NoneExists);
    EXPECT_FALSE(r.reason.empty());
    if (!r.blocking_red_lines.empty()) {
        Scenario t = hopeless;
        for (std::size_t id : r.blocking_red_lines) t.relaxed_red_lines |= std::uint64_t{1} << id;
        EXPECT_TRUE(find_closest_agreement(t).has_solution);
    } else {
        EXPECT_FALSE(r.blocking_parties.empty());
    }
}

TEST(ClosestSearch, BudgetIsReportedHonestly) {
    SearchLimits tiny;
    tiny.node_budget = 3;
    const ClosestAgreement r = find_closest_agreement(test_seeds::make_preset(test_seeds::presets()[8]), tiny);
    EXPECT_EQ(r.status, ClosestStatus::BudgetExhausted);
    EXPECT_NE(r.reason.message.key.find("budget"), std::string::npos) << r.reason.message.key;
}

TEST(ClosestSearch, AlreadyAcceptableDraftNeedsNoChange) {
    // Take a found agreement and search again from it: zero changes.
    const Scenario s = test_seeds::make_preset(test_seeds::presets()[3]);
    const ClosestAgreement first = find_closest_agreement(s);
    ASSERT_TRUE(first.has_solution);
    Scenario t = s;
    t.choices = first.choices;
    const AcceptanceResult again = evaluate_acceptance(t);
    EXPECT_TRUE(again.all_accept);
    EXPECT_TRUE(again.closest.has_solution);
    EXPECT_TRUE(again.closest.changes.empty());
}

}  // namespace
}  // namespace armistice
