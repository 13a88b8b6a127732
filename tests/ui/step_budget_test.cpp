// step_budget_test.cpp — StepBudget lets a step start only if it should end within the budget.
#include "ui/step_budget.h"

#include <gtest/gtest.h>

namespace armistice::ui {
namespace {

// Runs steps of the given durations (ms) from t = 100 under an 8 ms budget, as refine() does:
// returns how many started and when the last one ended.
std::pair<int, double> run(const std::vector<double>& durations, double budget_ms = 8.0) {
    StepBudget b(100.0, budget_ms);
    double now = 100.0;
    for (double d : durations) {
        if (!b.room(now)) break;
        now += d;
        b.took(d);
    }
    return {b.steps(), now - 100.0};
}

TEST(StepBudget, StopsBeforeAStepWouldOverrunTheBudget) {
    // 3 ms steps: 0-3, 3-6 fit; a third would end at 9 > 8, so it does not start.
    const auto [steps, used] = run({3, 3, 3, 3});
    EXPECT_EQ(steps, 2);
    EXPECT_DOUBLE_EQ(used, 6.0);
}

TEST(StepBudget, FirstStepAlwaysRunsEvenIfLongerThanTheBudget) {
    const auto [steps, used] = run({12, 1, 1});
    EXPECT_EQ(steps, 1);
    EXPECT_DOUBLE_EQ(used, 12.0);
}

TEST(StepBudget, UsesTheLongestStepSoFarAsTheEstimate) {
    // After a 5 ms step at 0-5, a 1 ms step would fit but the estimate is 5 ms: 5 + 5 >= 8.
    const auto [steps, used] = run({5, 1, 1});
    EXPECT_EQ(steps, 1);
    EXPECT_DOUBLE_EQ(used, 5.0);
    // Short steps fill the budget: 1 ms each, the eighth would end at 8 (not < 8).
    EXPECT_EQ(run(std::vector<double>(20, 1.0)).first, 7);
}

}  // namespace
}  // namespace armistice::ui
