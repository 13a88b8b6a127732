// justice_dims_test.cpp — the two appended dimensions of issue #11 item 4: special status of the
// occupied areas and accountability. Appended after every older dimension (old links decode with
// their defaults, worth 0 to everyone), sourced, consistent with the amnesty and status clauses,
// and Russia's refusal of a tribunal for its leaders is a core issue no sweetener buys.
#include <gtest/gtest.h>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/core_issues.h"
#include "engine/acceptance/party_model.h"
#include "engine/acceptance/stance.h"
#include "engine/legal/legal.h"

namespace armistice {
namespace {

TEST(JusticeDims, AppendedWithNeutralDefaultsAndALeftOpenOption) {
    for (Dim d : {Dim::SpecialStatus, Dim::Accountability}) {
        EXPECT_GT(static_cast<std::size_t>(d), static_cast<std::size_t>(Dim::Term)) << "appended";
        const Dimension& dim = catalog().at(d);
        const std::uint8_t dflt = dim.default_option;
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            EXPECT_EQ(option_utility(static_cast<Party>(p), d, dflt), 0.0) << dim.id;
        }
        bool open = false;
        for (const Option& o : dim.options) {
            open = open || o.kind == ClauseKind::LeftOpen;
            EXPECT_FALSE(o.sources.empty()) << dim.id << "." << o.id;
        }
        EXPECT_TRUE(open) << dim.id;
    }
    // A default scenario is worth what it was: the new defaults add nothing to any margin.
    const Scenario s;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        for (Dim d : {Dim::SpecialStatus, Dim::Accountability}) {
            EXPECT_EQ(weighted_utility(static_cast<Party>(p), d, s.choice(d), s.lens), 0.0);
        }
    }
}

TEST(JusticeDims, AmnestyAndProsecutionContradictEachOther) {
    const Catalog::Ref amnesty = option_ref("amnesty.full_amnesty");
    const Catalog::Ref tribunal = option_ref("accountability.aggression_tribunal");
    const Catalog::Ref de_jure = option_ref("status.de_jure");
    const Catalog::Ref special = option_ref("special_status.under_sovereignty");
    bool amnesty_pair = false, status_pair = false;
    for (const auto& pair : hard_contradictions()) {
        const Catalog::Ref& a = pair.first;   // named, not structured bindings: clang 14 cannot
        const Catalog::Ref& b = pair.second;  // capture those in a lambda
        auto is = [&](const Catalog::Ref& x, const Catalog::Ref& y) {
            return (a.dim == x.dim && a.option == x.option && b.dim == y.dim &&
                    b.option == y.option) ||
                   (a.dim == y.dim && a.option == y.option && b.dim == x.dim &&
                    b.option == x.option);
        };
        amnesty_pair = amnesty_pair || is(amnesty, tribunal);
        status_pair = status_pair || is(de_jure, special);
    }
    EXPECT_TRUE(amnesty_pair);
    EXPECT_TRUE(status_pair);
}

TEST(JusticeDims, RussiaRefusesATribunalWhateverElseTheDealGives) {
    Scenario s;
    const Catalog::Ref tribunal = option_ref("accountability.aggression_tribunal");
    s.set_choice(tribunal.dim, tribunal.option);
    const PartyAcceptance ru = evaluate_party(s, Party::Russia);
    ASSERT_EQ(ru.core_issues_failed.size(), 1u);
    EXPECT_EQ(ru.core_issues_failed[0].id, "russia.core.no_aggression_tribunal");
    EXPECT_FALSE(ru.accepts);
    // Sweeten everything else to Russia's best option: still refused.
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Dim dim = static_cast<Dim>(d);
        if (dim == Dim::Accountability || dim == Dim::Process) continue;
        std::uint8_t best = s.choices[d];
        for (std::uint8_t o = 0; o < catalog().at(dim).options.size(); ++o) {
            if (option_utility(Party::Russia, dim, o) > option_utility(Party::Russia, dim, best))
                best = o;
        }
        s.choices[d] = best;
    }
    EXPECT_FALSE(evaluate_party(s, Party::Russia).accepts);
    EXPECT_EQ(acceptance_odds(s).parties[static_cast<std::size_t>(Party::Russia)].p_accept, 0.0);
}

TEST(JusticeDims, StanceMarksFollowTheUtilities) {
    const Catalog::Ref tribunal = option_ref("accountability.aggression_tribunal");
    EXPECT_EQ(party_stance(Party::Ukraine, tribunal.dim, tribunal.option, 0),
              PartyStance::Supports);
    EXPECT_EQ(party_stance(Party::Russia, tribunal.dim, tribunal.option, 0), PartyStance::Opposes);
    const Catalog::Ref autonomy = option_ref("special_status.autonomy_guarantees");
    EXPECT_EQ(party_stance(Party::Ukraine, autonomy.dim, autonomy.option, 0), PartyStance::Opposes);
    EXPECT_EQ(party_stance(Party::Russia, autonomy.dim, autonomy.option, 0), PartyStance::Supports);
}

}  // namespace
}  // namespace armistice
