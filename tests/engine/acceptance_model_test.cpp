// acceptance_model_test.cpp — the party model's tables, the alternatives' signs, the seeds'
// qualitative claims under the default context, and monotonicity properties.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/alternative.h"
#include "engine/acceptance/party_model.h"
#include "engine/red_lines.h"
#include "acceptance_seed_scenarios.h"

namespace armistice {
namespace {

Scenario preset(const std::string& id) {
    for (const auto& p : test_seeds::presets()) {
        if (p.id == id) return test_seeds::make_preset(p);
    }
    ADD_FAILURE() << "unknown preset " << id;
    return {};
}

double margin(const Scenario& s, Party p) { return evaluate_party(s, p).margin; }
bool accepts(const Scenario& s, Party p) { return evaluate_party(s, p).accepts; }
bool crosses(const Scenario& s, Party p, std::string_view red_line) {
    for (const RedLineHit& h : evaluate_party(s, p).red_lines_crossed) {
        if (h.id == red_line && !h.relaxed) return true;
    }
    return false;
}

// [SECTION] Tables
TEST(PartyModel, EveryCatalogOptionHasOneSourcedRowInOrder) {
    const Catalog& cat = catalog();
    const auto& model = party_model();
    ASSERT_EQ(model.size(), kDimensionCount);
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const DimensionModel& dm = model[d];
        EXPECT_EQ(static_cast<std::size_t>(dm.dim), d);
        ASSERT_EQ(dm.rows.size(), cat.dimensions[d].options.size()) << cat.dimensions[d].id;
        for (std::string_view note : dm.salience_note) EXPECT_FALSE(note.empty());
        for (std::size_t o = 0; o < dm.rows.size(); ++o) {
            EXPECT_EQ(dm.rows[o].option, cat.dimensions[d].options[o].id) << cat.dimensions[d].id;
            for (std::string_view note : dm.rows[o].note) EXPECT_FALSE(note.empty());
            for (std::int8_t u : dm.rows[o].utility) {
                EXPECT_GE(u, -100);
                EXPECT_LE(u, 100);
            }
        }
        for (std::uint8_t w : dm.salience) EXPECT_LE(static_cast<int>(w), 30);
    }
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        double sum = 0;
        for (std::size_t d = 0; d < kDimensionCount; ++d) sum += model[d].salience[p];
        EXPECT_GT(sum, 0);
    }
}

TEST(PartyModel, DealUtilityIsWithinRangeAndAdditive) {
    for (const auto& p : test_seeds::presets()) {
        const Scenario s = test_seeds::make_preset(p);
        if (is_no_agreement(s)) continue;
        for (std::size_t i = 0; i < kPartyCount; ++i) {
            const auto party = static_cast<Party>(i);
            double sum = 0;
            for (std::size_t d = 0; d < kDimensionCount; ++d) {
                sum += weighted_utility(party, static_cast<Dim>(d), s.choices[d], s.lens);
            }
            const PartyAcceptance a = evaluate_party(s, party);
            EXPECT_NEAR(a.deal_utility, sum, 1e-9);
            EXPECT_LE(std::fabs(a.deal_utility), 100.0);
            EXPECT_NEAR(a.margin, a.deal_utility - a.alternative.value, 1e-12);
        }
    }
}

TEST(Alternative, SignsFollowTheSeeds) {
    for (Lever l : {Lever::RussianCasualties, Lever::SanctionsPressure, Lever::RussianInflation,
                    Lever::RussianPolicyRate, Lever::WesternAid, Lever::UsReliability,
                    Lever::EuropeanReadiness, Lever::BattlefieldTrend}) {
        EXPECT_LE(alternative_coefficient(Party::Russia, l).points_per_range, 0.0);
    }
    EXPECT_GE(alternative_coefficient(Party::Russia, Lever::OutsideSupport).points_per_range, 0.0);
    for (Lever l : {Lever::WesternAid, Lever::UsReliability, Lever::EuropeanReadiness,
                    Lever::BattlefieldTrend}) {
        EXPECT_GE(alternative_coefficient(Party::Ukraine, l).points_per_range, 0.0);
    }
    EXPECT_LE(alternative_coefficient(Party::Ukraine, Lever::OutsideSupport).points_per_range, 0.0);
}

TEST(Alternative, DefaultContextGivesTheBaseAndLensScalesLevers) {
    Context c = Context::defaults();
    for (std::size_t i = 0; i < kPartyCount; ++i) {
        const auto p = static_cast<Party>(i);
        EXPECT_DOUBLE_EQ(alternative_to_deal(p, c, LensId::Evidence).value, alternative_base(p));
    }
    c.set(Lever::RussianCasualties, 3000);
    const double evidence = alternative_to_deal(Party::Russia, c, LensId::Evidence).value;
    const double leverage = alternative_to_deal(Party::Russia, c, LensId::Leverage).value;
    EXPECT_LT(evidence, alternative_base(Party::Russia));
    EXPECT_LT(leverage, evidence);  // leverage lens: levers weigh twice as much
}

// [SECTION] Seeds' qualitative claims under the default context
TEST(SeedClaims, UkraineRejectsRussiasJune2024Demands) {
    const Scenario s = preset("russia_june_2024");
    EXPECT_FALSE(accepts(s, Party::Ukraine));
    EXPECT_LT(margin(s, Party::Ukraine), 0.0);
    EXPECT_TRUE(crosses(s, Party::Ukraine, "ukraine.no_legal_recognition"));
    EXPECT_TRUE(crosses(s, Party::Ukraine, "ukraine.no_demilitarisation"));
    EXPECT_TRUE(crosses(s, Party::Ukraine, "ukraine.no_withdrawal_from_held_land"));
    EXPECT_TRUE(accepts(s, Party::Russia));  // its own demands
    EXPECT_FALSE(accepts(s, Party::UnitedStates));
    EXPECT_FALSE(accepts(s, Party::Europe));  // seed 001: unacceptable to Ukraine's partners
}

TEST(SeedClaims, RussiaRejectsNorwayButRanksItAboveIsraelAndEuropeanTroops) {
    const Scenario norway = preset("nato_norway");
    const Scenario israel = preset("israel_model");
    const Scenario europe = preset("european_tripwire");
    EXPECT_FALSE(accepts(norway, Party::Russia));
    EXPECT_TRUE(crosses(norway, Party::Russia, "russia.no_nato"));
    const double u_norway = evaluate_party(norway, Party::Russia).deal_utility;
    EXPECT_GT(u_norway, evaluate_party(israel, Party::Russia).deal_utility);
    EXPECT_GT(u_norway, evaluate_party(europe, Party::Russia).deal_utility);
    // Also clause for clause, all else equal: alignment + guarantee of each end state.
    const auto variant = [](const char* alignment, const char* guarantee, const char* forces) {
        return test_seeds::make({{"line", "current_line"}, {"alignment", alignment},
                                 {"guarantee", guarantee}, {"foreign_forces", forces}});
    };
    const double a = evaluate_party(variant("nato_norway", "article5", "not_addressed"), Party::Russia).deal_utility;
    const double b = evaluate_party(variant("nato_deferred", "israel_model_indirect_us", "not_addressed"), Party::Russia).deal_utility;
    const double c = evaluate_party(variant("nato_deferred", "european_tripwire", "tripwire"), Party::Russia).deal_utility;
    EXPECT_GT(a, b);
    EXPECT_GT(a, c);
}

TEST(SeedClaims, UkraineAcceptsAFreezeWithoutRecognitionOnlyWithAStrongGuarantee) {
    Scenario s = preset("freeze_no_recognition");
    EXPECT_FALSE(accepts(s, Party::Ukraine));  // a bare freeze: no guarantee
    for (const char* g : {"article5_like_us", "israel_model_indirect_us", "bilateral_pact"}) {
        Scenario strong = s;
        strong.set_choice(Dim::Guarantee, *catalog().find_option(Dim::Guarantee, g));
        EXPECT_TRUE(accepts(strong, Party::Ukraine)) << g;
    }
    Scenario recognised = s;
    recognised.set_choice(Dim::Guarantee, *catalog().find_option(Dim::Guarantee, "article5_like_us"));
    recognised.set_choice(Dim::Status, *catalog().find_option(Dim::Status, "de_jure"));
    EXPECT_FALSE(accepts(recognised, Party::Ukraine));  // not with legal recognition
}

TEST(SeedClaims, RussiaRejectsAReturnTo1991Borders) {
    const Scenario s = preset("two_track_political");
    EXPECT_FALSE(accepts(s, Party::Russia));
    EXPECT_TRUE(crosses(s, Party::Russia, "russia.keep_annexed_land"));
    EXPECT_LT(margin(s, Party::Russia), 0.0);
}

TEST(SeedClaims, UnitedStatesOf2025RejectsNatoMembership) {
    EXPECT_TRUE(crosses(preset("nato_west_germany"), Party::UnitedStates, "united_states.no_nato_now"));
    EXPECT_FALSE(accepts(preset("nato_west_germany"), Party::UnitedStates));
}

TEST(SeedClaims, NoAgreementIsReportedAsNotApplicable) {
    const AcceptanceResult r = evaluate_acceptance(preset("no_agreement"));
    EXPECT_FALSE(r.is_agreement);
    EXPECT_FALSE(r.all_accept);
    for (const PartyAcceptance& a : r.parties) {
        EXPECT_FALSE(a.applicable);
        EXPECT_FALSE(a.accepts);
        EXPECT_EQ(a.margin, 0.0);
        EXPECT_TRUE(a.costliest_clauses.empty());
    }
    // The closest deal must change the process clause away from "no agreement".
    ASSERT_TRUE(r.closest.has_solution);
    EXPECT_TRUE(std::any_of(r.closest.changes.begin(), r.closest.changes.end(),
                            [](const ClauseChange& c) { return c.dim == Dim::Process; }));
}

TEST(Acceptance, CostliestClausesAreRankedWithRedLinesFirst) {
    const PartyAcceptance a = evaluate_party(preset("russia_june_2024"), Party::Ukraine);
    ASSERT_FALSE(a.costliest_clauses.empty());
    EXPECT_LE(a.costliest_clauses.size(), kMaxCostliestClauses);
    EXPECT_TRUE(a.costliest_clauses.front().crosses_red_line);
    for (std::size_t i = 1; i < a.costliest_clauses.size(); ++i) {
        const ClauseCost& x = a.costliest_clauses[i - 1];
        const ClauseCost& y = a.costliest_clauses[i];
        if (x.crosses_red_line == y.crosses_red_line) EXPECT_GE(x.cost_vs_best, y.cost_vs_best);
        else EXPECT_TRUE(x.crosses_red_line);
    }
}

// [SECTION] Monotonicity
TEST(Monotonicity, MoreLeverageOnRussiaNeverLowersItsMargin) {
    const Lever pressure[] = {Lever::RussianCasualties, Lever::SanctionsPressure,
                              Lever::RussianInflation, Lever::RussianPolicyRate,
                              Lever::WesternAid, Lever::BattlefieldTrend};
    for (const auto& p : test_seeds::presets()) {
        for (std::size_t l = 0; l < kLensCount; ++l) {
            Scenario s = test_seeds::make_preset(p);
            s.lens = static_cast<LensId>(l);
            for (Lever lever : pressure) {
                const LeverInfo& info = lever_info(lever);
                double prev = -1e9;
                for (int k = 0; k <= 10; ++k) {
                    Scenario t = s;
                    t.context.set(lever, info.min + (info.max - info.min) * k / 10.0);
                    const PartyAcceptance a = evaluate_party(t, Party::Russia);
                    const double m = a.applicable ? a.margin : -a.alternative.value;
                    EXPECT_GE(m, prev - 1e-9) << p.id << " " << info.id;
                    prev = m;
                }
            }
        }
    }
}

TEST(Monotonicity, LessUsSupportNeverRaisesUkrainesAlternative) {
    for (Lever lever : {Lever::UsReliability, Lever::WesternAid}) {
        const LeverInfo& info = lever_info(lever);
        double prev = 1e9;
        for (int k = 10; k >= 0; --k) {
            Context c = Context::defaults();
            c.set(lever, info.min + (info.max - info.min) * k / 10.0);
            const double v = alternative_to_deal(Party::Ukraine, c, LensId::Evidence).value;
            EXPECT_LE(v, prev + 1e-9);
            prev = v;
        }
    }
}

TEST(Monotonicity, RelaxingARedLineNeverTurnsAcceptanceIntoRejection) {
    for (const auto& p : test_seeds::presets()) {
        const Scenario s = test_seeds::make_preset(p);
        const AcceptanceResult before = evaluate_acceptance(s);
        for (std::size_t i = 0; i < red_lines().size(); ++i) {
            Scenario t = s;
            t.relaxed_red_lines |= std::uint64_t{1} << i;
            for (std::size_t q = 0; q < kPartyCount; ++q) {
                if (before.parties[q].accepts) {
                    EXPECT_TRUE(evaluate_party(t, static_cast<Party>(q)).accepts) << p.id << " " << i;
                }
            }
            // Nor does it make the closest agreement further away.
            const ClosestAgreement after = find_closest_agreement(t);
            if (before.closest.has_solution) {
                ASSERT_TRUE(after.has_solution) << p.id << " " << i;
                EXPECT_LE(after.changes.size(), before.closest.changes.size()) << p.id << " " << i;
            }
        }
    }
}

}  // namespace
}  // namespace armistice
