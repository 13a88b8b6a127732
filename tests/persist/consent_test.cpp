// consent_test.cpp — veto players (consent.h): the table is well formed, their consent is folded
// into P(all accept) only for the clauses that need it, and the closest-agreement search does
// not add sanctions relief nobody at the table can deliver as its sweetener.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/consent.h"
#include "persist/presets.h"
#include "persist_test_support.h"

namespace armistice {
namespace {

using test_support::preset;

TEST(Consent, TableIsWellFormed) {
    for (const ConsentNeed& n : consent_needs()) {
        EXPECT_TRUE(catalog().find_qualified(n.option).has_value()) << n.id;
        EXPECT_GE(n.p_low, 0.0) << n.id;
        EXPECT_LE(n.p_low, n.p_high) << n.id;
        EXPECT_LE(n.p_high, 1.0) << n.id;
        EXPECT_FALSE(n.holder.empty()) << n.id;
        EXPECT_NE(n.source.note.find("assumption"), std::string_view::npos)
            << n.id << ": ranges are assumptions and must say so";
    }
    const Catalog::Ref lifted = option_ref("sanctions.lifted");
    EXPECT_TRUE(needs_consent(lifted.dim, lifted.option));
    // Keeping EU sanctions needs their six-monthly renewal by unanimity (issue #11): a need,
    // but not a doubtful one, so the search may still keep them.
    const Catalog::Ref kept = option_ref("sanctions.kept_until_settlement");
    EXPECT_TRUE(needs_consent(kept.dim, kept.option));
    EXPECT_FALSE(doubtful_consent(kept.dim, kept.option));
    EXPECT_TRUE(doubtful_consent(lifted.dim, lifted.option));
    const Catalog::Ref open = option_ref("sanctions.left_open");
    EXPECT_FALSE(needs_consent(open.dim, open.option));
}

TEST(Consent, KeepingEuSanctionsNeedsEveryRenewal) {
    const auto& needs = consent_needs();
    const auto it = std::find_if(needs.begin(), needs.end(), [](const ConsentNeed& n) {
        return n.id == "eu_council.sanctions_renewal";
    });
    ASSERT_NE(it, needs.end());
    EXPECT_GT(it->decisions, 1);
    // Each renewal is likely, all of them together less so.
    EXPECT_LT(consent_over_decisions(*it, it->p_high), it->p_high);
    EXPECT_NEAR(consent_over_decisions(*it, 0.9), std::pow(0.9, it->decisions), 1e-12);
    EXPECT_EQ(renewal_note(*it).key, "consent.renewal_note");
    EXPECT_TRUE(renewal_note(needs.front()).empty());  // a one-off decision

    Scenario s = preset("e3_counter_2025_11");  // keeps sanctions until a settlement
    s.set_choice(Dim::Sanctions, option_ref("sanctions.kept_until_settlement").option);
    const AcceptanceOdds odds = acceptance_odds(s);
    const auto renewal = static_cast<std::size_t>(it - needs.begin());
    EXPECT_NE(std::find(odds.consents.begin(), odds.consents.end(), renewal), odds.consents.end());
    Scenario open = s;  // the same text with sanctions left to later talks
    open.set_choice(Dim::Sanctions, option_ref("sanctions.left_open").option);
    const AcceptanceOdds without = acceptance_odds(open);
    EXPECT_EQ(std::find(without.consents.begin(), without.consents.end(), renewal),
              without.consents.end());
    EXPECT_LT(odds.p_consent, without.p_consent);
}

TEST(Consent, LiftingSanctionsNeedsTheEuAndCongressAndLowersPAll) {
    const Scenario& s = preset("us_final_offer_2025_04");  // lifts sanctions
    const AcceptanceOdds odds = acceptance_odds(s);
    ASSERT_EQ(odds.consents.size(), 2u);
    EXPECT_EQ(consent_needs()[odds.consents[0]].id, "eu_council.sanctions_lifted");
    EXPECT_EQ(consent_needs()[odds.consents[1]].id, "us_congress.sanctions_lifted");
    EXPECT_LT(odds.p_consent, 0.35);  // the EU range tops out at 30 %, plus sampling noise
    EXPECT_LE(odds.p_all_accept, odds.p_parties_accept);
    // The parties' own verdicts do not change: consent is not a party's.
    Scenario kept = s;  // sanctions left to later talks: nobody else's decision
    kept.set_choice(Dim::Sanctions, option_ref("sanctions.left_open").option);
    const AcceptanceOdds none = acceptance_odds(kept);
    EXPECT_TRUE(none.consents.empty());
    EXPECT_EQ(none.p_consent, 1.0);
    EXPECT_EQ(none.p_all_accept, none.p_parties_accept);
}

TEST(Consent, ClosestAgreementsDoNotLeanOnLiftingSanctions) {
    const Catalog::Ref lifted = option_ref("sanctions.lifted");
    int adds_lifted = 0, deals = 0;
    for (const persist::ScenarioFile& f : persist::presets()) {
        const ClosestAgreement r = find_closest_agreement(f.scenario);
        if (!r.has_solution) continue;
        ++deals;
        for (const ClauseChange& c : r.changes) {
            adds_lifted += c.dim == lifted.dim && c.to == lifted.option;
        }
    }
    EXPECT_GT(deals, 0);
    EXPECT_EQ(adds_lifted, 0) << "closest agreements that add sanctions.lifted";
}

}  // namespace
}  // namespace armistice
