// best_job_test.cpp — the page's "Most durable acceptable deal" (one search step per call)
// proposes the same agreement as `armistice best` (durability::most_durable_acceptable), and its
// Apply target is accepted by all four parties.
#include <gtest/gtest.h>

#include "engine/durability/most_durable.h"
#include "persist/presets.h"
#include "ui/engine_bridge.h"

namespace {

using namespace armistice;

TEST(BestJob, SameDealAsTheCliFromTheClosestAgreement) {
    // A preset with a closest agreement: since issue #11 the Nov 2025 texts have none (Russia's
    // demand for the rest of Donetsk against Ukraine's refusal to leave it).
    const persist::ScenarioFile* f = persist::find_preset("us_final_offer_2025_04");
    ASSERT_NE(f, nullptr);
    const ui::SignOutcome sign = ui::bridge::evaluate_sign(f->scenario);
    ASSERT_TRUE(sign.closest.has_value());
    ui::bridge::BestJob job(f->scenario, sign.closest);
    int steps = 0;
    std::string first_progress, last_progress;
    while (job.step()) {
        ++steps;
        last_progress = job.progress();
        if (first_progress.empty()) first_progress = last_progress;
    }
    EXPECT_GT(steps, 10);
    // The card shows where the search is: its round and stage, and how many were simulated.
    EXPECT_NE(first_progress.find("Round 1 of at most"), std::string::npos) << first_progress;
    EXPECT_NE(last_progress.find("simulated"), std::string::npos) << last_progress;
    EXPECT_NE(first_progress, last_progress);
    ui::HoldOutcome hold;
    job.fill(hold);
    ASSERT_TRUE(hold.best_ready);
    ASSERT_TRUE(hold.best.has_value()) << hold.best_summary;
    EXPECT_TRUE(durability::all_parties_accept(*hold.best));
    const durability::MostDurableResult cli = durability::most_durable_acceptable(f->scenario);
    ASSERT_TRUE(cli.found);
    EXPECT_EQ(hold.best->choices, cli.choices);
    EXPECT_EQ(hold.best_changes, static_cast<int>(cli.changes.size()));
    EXPECT_NE(hold.best_summary.find("Holds 5 years"), std::string::npos) << hold.best_summary;
}

}  // namespace
