// closest_property_test.cpp — over every preset × lens × context variant, the closest agreement
// contains only terms someone can sign (no battlefield outcome, no unilateral act), breaks no
// consistency rule, keeps the draft's scope and term, and reports a probability that all accept.
#include <gtest/gtest.h>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/odds.h"
#include "engine/legal/legal.h"
#include "persist/presets.h"

namespace armistice {
namespace {

std::vector<Context> context_variants(const Scenario& s) {
    std::vector<Context> out{s.context, Context::defaults()};
    Context pressure = s.context;  // pressure on Russia
    pressure.set(Lever::RussianCasualties, lever_info(Lever::RussianCasualties).max);
    pressure.set(Lever::SanctionsPressure, 9);
    pressure.set(Lever::BattlefieldTrend, 0.5);
    out.push_back(pressure);
    Context weak = s.context;  // pressure on Ukraine
    weak.set(Lever::WesternAid, 40);
    weak.set(Lever::OutsideSupport, 9);
    weak.set(Lever::BattlefieldTrend, -0.8);
    out.push_back(weak);
    return out;
}

TEST(ClosestProperty, EveryPresetLensAndContextGivesASignableConsistentDeal) {
    const Catalog& cat = catalog();
    int searched = 0, found = 0, met = 0;
    for (const persist::ScenarioFile& f : persist::presets()) {
        for (std::size_t l = 0; l < kLensCount; ++l) {
            for (const Context& c : context_variants(f.scenario)) {
                Scenario s = f.scenario;
                s.lens = static_cast<LensId>(l);
                s.context = c;
                const ClosestAgreement r = find_closest_agreement(s);
                ++searched;
                ASSERT_NE(r.status, ClosestStatus::BudgetExhausted) << f.id;
                if (!r.has_solution) continue;
                ++found;
                Scenario deal = s;
                deal.choices = r.choices;
                for (std::size_t d = 0; d < kDimensionCount; ++d) {
                    const Option& o = cat.dimensions[d].options[r.choices[d]];
                    EXPECT_NE(o.kind, ClauseKind::BattlefieldOutcome) << f.id << " " << o.id;
                    EXPECT_NE(o.kind, ClauseKind::UnilateralAct) << f.id << " " << o.id;
                    if (o.kind == ClauseKind::LeftOpen) {
                        EXPECT_EQ(r.choices[d], s.choices[d]) << f.id;
                    }
                }
                EXPECT_EQ(r.choices[static_cast<std::size_t>(Dim::Scope)], s.choice(Dim::Scope));
                EXPECT_EQ(r.choices[static_cast<std::size_t>(Dim::Term)], s.choice(Dim::Term));
                for (const LegalFinding& lf : check_legal(deal)) {
                    if (lf.principle != Principle::InternalConsistency) continue;
                    EXPECT_NE(lf.status, LegalStatus::Violates) << f.id << " lens " << l << ": " << lf.rule;
                }
                EXPECT_GE(r.p_all_accept, 0.0);
                EXPECT_LE(r.p_all_accept, 1.0);
                if (r.target_met) {
                    EXPECT_GE(r.p_all_accept, 0.5) << f.id << " lens " << l;
                } else {
                    EXPECT_LT(r.p_all_accept, 0.5) << f.id << " lens " << l;
                }
                if (r.target_met) ++met;
            }
        }
    }
    EXPECT_GT(found, searched / 2);
    EXPECT_GT(met, found / 2);  // the search reaches P(all accept) ≥ 0.5 for most drafts
}

TEST(ClosestProperty, TheNamedContradictionsAreRules) {
    const auto& pairs = hard_contradictions();
    auto has = [&](std::string_view a, std::string_view b) {
        const Catalog::Ref ra = option_ref(a), rb = option_ref(b);
        for (const auto& [x, y] : pairs) {
            if ((x.dim == ra.dim && x.option == ra.option && y.dim == rb.dim && y.option == rb.option) ||
                (x.dim == rb.dim && x.option == rb.option && y.dim == ra.dim && y.option == ra.option)) {
                return true;
            }
        }
        return false;
    };
    EXPECT_TRUE(has("guarantee.article5", "alignment.no_nato_pledge"));
    EXPECT_TRUE(has("guarantee.article5", "alignment.left_open"));
    EXPECT_TRUE(has("alignment.istanbul_neutrality", "guarantee.article5_like_us"));
    EXPECT_TRUE(has("alignment.istanbul_neutrality", "ukraine_forces.cap_800k"));
    EXPECT_FALSE(has("guarantee.article5", "alignment.nato_full"));
}

}  // namespace
}  // namespace armistice
