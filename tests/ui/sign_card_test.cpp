// sign_card_test.cpp — the sign card shows the engine's P(accepts) per party and P(all accept),
// and says who must consent to clauses nobody signs (battlefield outcomes, unilateral acts).
#include <gtest/gtest.h>

#include "engine/acceptance/odds.h"
#include "persist/presets.h"
#include "ui/engine_bridge.h"

namespace armistice::ui {
namespace {

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
        EXPECT_EQ(o.parties[p].verdict, verdict_label(odds.parties[p].verdict));
        EXPECT_TRUE(o.parties[p].interim);  // a 30-day text
    }
    EXPECT_DOUBLE_EQ(o.p_all_accept, odds.p_all_accept);
    EXPECT_NE(o.status.find("P(all four accept)"), std::string::npos) << o.status;
    EXPECT_TRUE(o.outside_the_text.empty());
}

TEST(SignCard, SaysWhoMustConsentToOutcomesAndUnilateralActs) {
    const SignOutcome liberate = bridge::evaluate_sign(preset("liberate_first"));
    ASSERT_FALSE(liberate.outside_the_text.empty());
    EXPECT_NE(liberate.outside_the_text[0].find("battlefield outcome"), std::string::npos);
    const SignOutcome imposed = bridge::evaluate_sign(preset("imposed_armistice"));
    ASSERT_FALSE(imposed.outside_the_text.empty());
    EXPECT_NE(imposed.outside_the_text[0].find("unilateral act"), std::string::npos);
}

}  // namespace
}  // namespace armistice::ui
