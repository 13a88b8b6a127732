// percent_text_test.cpp — one way to write a probability (ui/percent_text.h), and the text
// summary's hold line when a figure lies beyond the run's horizon (it used to read "nan%").
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "ui/percent_text.h"
#include "ui/summary.h"

namespace armistice::ui {
namespace {

TEST(PercentText, WholePercentAndADashForNotANumber) {
    EXPECT_EQ(percent(0.424), "42%");
    EXPECT_EQ(percent(0.0), "0%");
    EXPECT_EQ(percent(1.0), "100%");
    EXPECT_EQ(percent(std::numeric_limits<double>::quiet_NaN()), "—");
    EXPECT_EQ(percent(std::numeric_limits<double>::infinity()), "—");
}

TEST(PercentText, SummaryNeverPrintsNanBeyondTheHorizon) {
    AppState s;
    Outcome o;
    o.hold.available = true;
    o.hold.applicable = true;
    o.hold.runs_done = o.hold.runs_target = 1000;
    o.hold.p1 = 0.9;
    o.hold.p5 = 0.5;
    o.hold.p10 =
        std::numeric_limits<double>::quiet_NaN();  // a 60-month horizon has no 10-year figure
    const std::string text = build_summary(text::Strings(), s, o, GoalStatus{});
    EXPECT_EQ(text.find("nan"), std::string::npos) << text;
    EXPECT_NE(text.find("holds 1 year 90%, 5 years 50%, 10 years —"), std::string::npos) << text;
}

}  // namespace
}  // namespace armistice::ui
