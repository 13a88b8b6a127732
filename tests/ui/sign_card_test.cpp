// sign_card_test.cpp — the sign card shows the engine's P(accepts) per party and P(all accept),
// and says who must consent to clauses nobody signs (battlefield outcomes, unilateral acts).
#include <gtest/gtest.h>

#include "engine/acceptance/odds.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "text/sentence_text.h"
#include "ui/engine_bridge.h"

namespace armistice::ui {
namespace {

const text::Strings en;  // the tests read the English texts

Scenario preset(const char* id) {
    const persist::ScenarioFile* f = persist::find_preset(id);
    EXPECT_NE(f, nullptr) << id;
    return f ? f->scenario : Scenario{};
}

TEST(SignCard, ShowsTheEnginesProbabilities) {
    const Scenario s = preset("jeddah_statement_2025_03");
    const SignOutcome o = bridge::evaluate_sign(s);
    const AcceptanceOdds odds = acceptance_odds(s);
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        EXPECT_DOUBLE_EQ(o.parties[p].p_accept, odds.parties[p].p_accept);
        EXPECT_EQ(text::render(en, o.parties[p].verdict), verdict_label(odds.parties[p].verdict));
        EXPECT_TRUE(o.parties[p].interim);  // a 30-day text
    }
    EXPECT_DOUBLE_EQ(o.p_all_accept, odds.p_all_accept);
    EXPECT_NE(text::render(en, o.status).find("P(all four accept)"), std::string::npos);
    EXPECT_TRUE(o.outside_the_text.empty());
}

TEST(SignCard, SaysWhoMustConsentToOutcomesAndUnilateralActs) {
    const SignOutcome liberate = bridge::evaluate_sign(preset("liberate_first"));
    ASSERT_FALSE(liberate.outside_the_text.empty());
    EXPECT_NE(text::render(en, liberate.outside_the_text[0]).find("battlefield outcome"),
              std::string::npos);
    const SignOutcome imposed = bridge::evaluate_sign(preset("imposed_armistice"));
    ASSERT_FALSE(imposed.outside_the_text.empty());
    EXPECT_NE(text::render(en, imposed.outside_the_text[0]).find("unilateral act"),
              std::string::npos);
}

TEST(SignCard, NamesTheVetoPlayersSanctionsReliefNeeds) {
    const SignOutcome offer = bridge::evaluate_sign(preset("us_final_offer_2025_04"));  // lifts
    ASSERT_GE(offer.needs_consent.size(), 2u);
    bool eu = false, congress = false;
    for (const Sentence& s : offer.needs_consent) {
        const std::string line = text::render(en, s);
        eu = eu || line.find("EU Council unanimity") != std::string::npos;
        congress = congress || line.find("CAATSA") != std::string::npos;
        EXPECT_NE(line.find("P(consent)"), std::string::npos) << line;
    }
    EXPECT_TRUE(eu);
    EXPECT_TRUE(congress);
    EXPECT_NE(text::render(en, offer.status).find("veto players"), std::string::npos);
    EXPECT_TRUE(bridge::evaluate_sign(preset("jeddah_statement_2025_03")).needs_consent.empty());
}

TEST(SignCard, ACoreIssueBelowItsThresholdIsAReason) {
    Scenario s = preset("us_ukraine_20_point_2025_12");
    s.set_choice(Dim::UkraineForces, option_ref("ukraine_forces.aid_halt").option);
    const SignOutcome o = bridge::evaluate_sign(s);
    const PartyVerdict& ua = o.parties[static_cast<std::size_t>(Party::Ukraine)];
    EXPECT_FALSE(ua.accepts);
    ASSERT_EQ(ua.core_issues_failed.size(), 1u);
    EXPECT_NE(text::render(en, ua.core_issues_failed[0]).find("nothing elsewhere compensates"),
              std::string::npos);
}

}  // namespace
}  // namespace armistice::ui
