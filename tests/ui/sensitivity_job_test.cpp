// sensitivity_job_test.cpp — the page's progressive sensitivity ranking (one candidate per step)
// equals the engine's one-shot durability_sensitivity(), which the CLI prints: same changes, same
// order, same deltas.
#include <gtest/gtest.h>

#include "engine/durability/durability.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "ui/engine_bridge.h"

namespace {

using namespace armistice;

TEST(SensitivityJob, StepByStepRankingEqualsTheEngines) {
    for (const char* id : {"nato_norway", "us_28_point_2025_11"}) {
        SCOPED_TRACE(id);
        const persist::ScenarioFile* f = persist::find_preset(id);
        ASSERT_NE(f, nullptr);
        constexpr std::uint32_t kRuns = 400;
        ui::bridge::SensitivityJob job(f->scenario, kRuns);
        int steps = 0;
        while (job.step()) ++steps;
        EXPECT_TRUE(job.done());
        EXPECT_GT(steps, 10) << "one step per candidate, plus the baseline";
        const auto page = job.ranking(5);
        const auto engine = durability::durability_sensitivity(f->scenario, kRuns, 5);
        ASSERT_EQ(page.size(), engine.size());
        ASSERT_FALSE(engine.empty());
        for (std::size_t i = 0; i < engine.size(); ++i) {
            EXPECT_EQ(text::render(text::Strings(), page[i].label),
                      text::render(text::Strings(), engine[i].label))
                << i;
            EXPECT_EQ(page[i].value, engine[i].delta) << i;
        }
    }
}

TEST(SensitivityJob, NoAgreementHasNothingToRank) {
    const persist::ScenarioFile* f = persist::find_preset("no_agreement");
    ASSERT_NE(f, nullptr);
    ui::bridge::SensitivityJob job(f->scenario, 400);
    while (job.step()) {
    }
    EXPECT_TRUE(job.done());
    EXPECT_TRUE(job.ranking(5).empty());
}

}  // namespace
