// scope_test.cpp — scope and term of an agreement: explicit dimensions win, defaults defer to
// the process clause so older links keep their meaning; every clause has a kind.
#include <gtest/gtest.h>

#include "engine/acceptance/party_model.h"
#include "engine/catalog.h"
#include "engine/scope.h"

namespace armistice {
namespace {

Scenario with(std::string_view q) {
    Scenario s;
    const Catalog::Ref r = option_ref(q);
    s.set_choice(r.dim, r.option);
    return s;
}

TEST(Scope, DefaultScenarioIsAnOpenEndedSettlement) {
    const AgreementScope a = scope_of(Scenario{});
    EXPECT_EQ(a.kind, Scope::Settlement);
    EXPECT_EQ(a.term_days, 0u);
    EXPECT_FALSE(is_interim(a));
}

TEST(Scope, ProcessClausesKeepTheirOlderMeaning) {
    EXPECT_EQ(scope_of(with("process.energy_pause")).kind, Scope::Partial);
    EXPECT_EQ(scope_of(with("process.energy_pause")).term_days, 30u);
    EXPECT_EQ(scope_of(with("process.interim_30day")).kind, Scope::CeasefireThenSettlement);
    EXPECT_EQ(scope_of(with("process.interim_30day")).term_days, 30u);
    EXPECT_TRUE(is_interim(scope_of(with("process.interim_30day"))));
    const AgreementScope two = scope_of(with("process.two_tracks"));
    EXPECT_EQ(two.kind, Scope::CeasefireThenSettlement);
    EXPECT_EQ(two.term_days, 0u);
    EXPECT_FALSE(is_interim(two));
}

TEST(Scope, ExplicitScopeAndTermOverrideTheProcess) {
    Scenario s = with("process.two_tracks");
    s.set_choice(Dim::Scope, option_ref("scope.partial").option);
    EXPECT_EQ(scope_of(s).kind, Scope::Partial);
    EXPECT_TRUE(is_interim(scope_of(s)));
    s.set_choice(Dim::Term, option_ref("term.year_1").option);
    EXPECT_EQ(scope_of(s).term_days, 365u);
    Scenario t = with("term.days_90");
    EXPECT_EQ(scope_of(t).kind, Scope::Settlement);
    EXPECT_TRUE(is_interim(scope_of(t)));  // a fixed term makes any text interim
}

TEST(ClauseKinds, EveryNegotiationDimensionCanBeLeftOpen) {
    for (const Dimension& d : catalog().dimensions) {
        if (d.dim == Dim::Scope || d.dim == Dim::Term) continue;  // properties of the text itself
        std::size_t open = 0;
        for (const Option& o : d.options) open += o.kind == ClauseKind::LeftOpen;
        EXPECT_EQ(open, 1u) << d.id;
        EXPECT_NE(d.options[d.default_option].kind, ClauseKind::LeftOpen)
            << d.id << ": the default must keep old links meaning what they meant";
    }
}

TEST(ClauseKinds, OutcomesAndUnilateralActsAreMarked) {
    const Catalog& cat = catalog();
    const auto kind = [&](std::string_view q) {
        const Catalog::Ref r = option_ref(q);
        return cat.at(r.dim).options[r.option].kind;
    };
    EXPECT_EQ(kind("line.after_gains"), ClauseKind::BattlefieldOutcome);
    EXPECT_EQ(kind("sanctions.escalated_secondary"), ClauseKind::UnilateralAct);
    EXPECT_EQ(kind("line.current_line"), ClauseKind::Negotiable);
    EXPECT_EQ(clause_kind_id(ClauseKind::LeftOpen), "left_open");
}

TEST(ClauseKinds, LeftOpenIsValuedAtTheMeanOfNegotiableTerms) {
    const Catalog& cat = catalog();
    for (const Dimension& d : cat.dimensions) {
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            double sum = 0.0, lo = 1e9, hi = -1e9;
            int n = 0;
            for (std::size_t o = 0; o < d.options.size(); ++o) {
                if (d.options[o].kind != ClauseKind::Negotiable) continue;
                const double u =
                    option_utility(static_cast<Party>(p), d.dim, static_cast<std::uint8_t>(o));
                sum += u;
                lo = std::min(lo, u);
                hi = std::max(hi, u);
                ++n;
            }
            for (std::size_t o = 0; o < d.options.size(); ++o) {
                if (d.options[o].kind != ClauseKind::LeftOpen) continue;
                const double u =
                    option_utility(static_cast<Party>(p), d.dim, static_cast<std::uint8_t>(o));
                EXPECT_NEAR(u, sum / n, 0.5) << d.id;
                EXPECT_GE(u, lo - 0.5) << d.id;
                EXPECT_LE(u, hi + 0.5) << d.id;
            }
        }
    }
}

}  // namespace
}  // namespace armistice
