// us_standing_test.cpp — "standing with the US" is a gain in the interim valuation (valuation.h):
// accepting a US-backed pause is worth something in each side's relations with Washington,
// sourced for Ukraine (Jeddah, Mar 2025) and labelled an assumption in size.
#include <gtest/gtest.h>

#include <string>

#include "engine/acceptance/valuation.h"
#include "persist/presets.h"

namespace armistice {
namespace {

TEST(UsStanding, IsAGainForBothSidesOfAUsBackedPause) {
    int found = 0;
    for (const HaltTerm& t : halt_terms()) {
        if (std::string(t.id).find("us_standing") == std::string::npos) continue;
        ++found;
        EXPECT_FALSE(t.is_cost) << t.id;
        EXPECT_NE(t.note.find("assumed"), std::string_view::npos) << t.id;
        for (Party p : {Party::Ukraine, Party::Russia}) {
            const auto i = static_cast<std::size_t>(p);
            EXPECT_GT(t.value[i], 0.0) << t.id;
            EXPECT_GE(t.value[i] - t.half_range[i], 0.0) << t.id << ": a gain stays a gain";
        }
    }
    EXPECT_EQ(found, 2);  // general ceasefire and energy pause
}

// Switching the term off (noise of −value/half_range) lowers Ukraine's value of the Jeddah
// ceasefire by exactly the term times the horizon.
TEST(UsStanding, EntersUkrainesValueOfTheJeddahCeasefire) {
    const persist::ScenarioFile* f = persist::find_preset("jeddah_statement_2025_03");
    ASSERT_NE(f, nullptr);
    const DealFrame frame = deal_frame(f->scenario);
    ASSERT_EQ(frame.halt, Halt::GeneralCeasefire);
    const auto& terms = halt_terms();
    const auto ua = static_cast<std::size_t>(Party::Ukraine);
    std::vector<double> noise(terms.size(), 0.0);
    double term = 0.0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (terms[i].id == "ceasefire.us_standing") {
            noise[i] = -terms[i].value[ua] / terms[i].half_range[ua];
            term = terms[i].value[ua];
        }
    }
    ASSERT_GT(term, 0.0);
    const double with = halt_value(Party::Ukraine, f->scenario, frame, nullptr);
    const double without = halt_value(Party::Ukraine, f->scenario, frame, &noise);
    EXPECT_NEAR(with - without, term * frame.horizon_months, 1e-9);
}

}  // namespace
}  // namespace armistice
