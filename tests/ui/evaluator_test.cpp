// evaluator_test.cpp — the Evaluator refines one scenario across frames to the full run count,
// restarts on a change, bumps revision() on every change of outcome(), and an educator's goal
// on P(hold) stays pending until the estimate is final (evaluator.h, goal.h invariants).
#include "ui/evaluator.h"

#include <gtest/gtest.h>

#include "engine/catalog.h"
#include "ui/goal.h"
#include "ui/preset_library.h"

namespace armistice::ui {
namespace {

// A clock that moves only when the test says so: each frame gets `frame_ms` of budget and the
// clock advances by `tick_ms` per reading, so a frame's work is bounded without real time.
struct FakeClock {
    double now = 0.0;
    double tick_ms = 0.5;
    Clock clock() {
        return [this] { return now += tick_ms; };
    }
};

Scenario preset(const char* id) {
    PresetLibrary presets;
    for (const PresetEntry& e : presets.entries())
        if (e.file.id == id) return e.file.scenario;
    ADD_FAILURE() << "no preset " << id;
    return {};
}

// Runs frames until the evaluator is idle; returns the number of frames (at most `cap`).
int run_to_end(Evaluator& ev, const Scenario& s, FakeClock& fc, int cap = 5000) {
    int frames = 0;
    do {
        ev.update(s, 8.0, fc.clock());
        ++frames;
    } while (ev.busy() && frames < cap);
    return frames;
}

TEST(Evaluator, RefinesAcrossFramesToTheFullRunCount) {
    Evaluator ev(/*with_sensitivity=*/false);
    FakeClock fc;
    const Scenario s = preset("nato_norway");
    ev.update(s, 8.0, fc.clock());
    ASSERT_TRUE(ev.evaluated().has_value());
    EXPECT_EQ(*ev.evaluated(), s);
    EXPECT_TRUE(ev.outcome().sign.available) << "acceptance is computed at once";
    EXPECT_TRUE(ev.outcome().hold.refining()) << "durability is not finished in one frame";
    const std::uint32_t first = ev.outcome().hold.runs_done;
    EXPECT_GT(first, 0u) << "a first estimate on the first frame";

    const int frames = run_to_end(ev, s, fc);
    EXPECT_GT(frames, 1);
    EXPECT_FALSE(ev.busy());
    EXPECT_EQ(ev.outcome().hold.runs_done, ev.outcome().hold.runs_target);
    EXPECT_EQ(ev.outcome().hold.runs_target, s.sim.runs);
}

TEST(Evaluator, TheSameAnswerHoweverTheWorkIsSliced) {
    const Scenario s = preset("us_final_offer_2025_04");
    Evaluator fine(false), coarse(false);
    FakeClock a, b;
    a.tick_ms = 0.25;  // many small slices
    b.tick_ms = 4.0;   // few large ones
    run_to_end(fine, s, a);
    run_to_end(coarse, s, b);
    EXPECT_EQ(fine.outcome().hold.survival, coarse.outcome().hold.survival);
    EXPECT_EQ(fine.outcome().hold.p5, coarse.outcome().hold.p5);
}

TEST(Evaluator, RevisionMovesWithTheOutcomeAndAChangeRestarts) {
    Evaluator ev(false);
    FakeClock fc;
    const Scenario s = preset("nato_norway");
    run_to_end(ev, s, fc);
    const std::uint64_t done = ev.revision();
    ev.update(s, 8.0, fc.clock());  // nothing to do: same scenario, finished
    EXPECT_EQ(ev.revision(), done) << "no change, no new revision";

    Scenario t = s;
    const Dimension& d = catalog().at(Dim::Alignment);
    t.set_choice(Dim::Alignment,
                 static_cast<std::uint8_t>((s.choice(Dim::Alignment) + 1) % d.options.size()));
    ev.update(t, 8.0, fc.clock());
    EXPECT_GT(ev.revision(), done);
    EXPECT_EQ(*ev.evaluated(), t) << "outcome() describes the new scenario";
    EXPECT_TRUE(ev.busy());
}

TEST(Goal, APHoldConditionIsPendingUntilTheEstimateIsFinal) {
    persist::EducatorGoal goal;
    goal.min_p_hold_60 = 0.0;  // met by any finished estimate
    Evaluator ev(false);
    FakeClock fc;
    const Scenario s = preset("nato_norway");
    ev.update(s, 8.0, fc.clock());
    ASSERT_TRUE(ev.outcome().hold.refining());
    GoalStatus g = check_goal(text::Strings(), goal, ev.outcome());
    EXPECT_TRUE(g.has_goal);
    EXPECT_TRUE(g.pending);
    EXPECT_FALSE(g.met) << "never met on a first estimate";

    run_to_end(ev, s, fc);
    g = check_goal(text::Strings(), goal, ev.outcome());
    EXPECT_FALSE(g.pending);
    EXPECT_TRUE(g.met);
    EXPECT_EQ(g.summary(text::Strings()), "Goal met");

    goal.min_p_hold_60 = 1.0;  // no simulated agreement holds in every run
    g = check_goal(text::Strings(), goal, ev.outcome());
    EXPECT_FALSE(g.met);
    EXPECT_EQ(g.summary(text::Strings()), "Goal not met yet (0 of 1 conditions)");
}

TEST(Goal, AcceptanceAndLawfulnessPartsFollowTheOutcome) {
    persist::EducatorGoal goal;
    goal.require_all_accept = true;
    goal.require_lawful = true;
    Evaluator ev(false);
    FakeClock fc;
    for (const char* id : {"nato_norway", "riyadh_black_sea_2025_03"}) {
        run_to_end(ev, preset(id), fc);
        const Outcome& o = ev.outcome();
        const GoalStatus g = check_goal(text::Strings(), goal, o);
        ASSERT_EQ(g.parts.size(), 2u);
        EXPECT_EQ(g.parts[0].met, o.sign.accepting == static_cast<int>(kPartyCount)) << id;
        EXPECT_EQ(g.parts[1].met, o.law.problems == 0) << id;
        EXPECT_EQ(g.met, g.parts[0].met && g.parts[1].met) << id;
    }
    EXPECT_FALSE(check_goal(text::Strings(), persist::EducatorGoal{}, ev.outcome()).has_goal);
}

// The goal's words follow the reader's language; the count takes the language's plural form.
TEST(Goal, InUkrainianAndRussian) {
    using text::Str;
    persist::EducatorGoal goal;
    goal.require_all_accept = true;
    goal.require_lawful = true;
    goal.min_p_hold_60 = 1.0;  // never met: the summary counts the conditions
    Evaluator ev(false);
    FakeClock fc;
    run_to_end(ev, preset("nato_norway"), fc);
    const GoalStatus en = check_goal(text::Strings(), goal, ev.outcome());
    ASSERT_EQ(en.parts.size(), 3u);
    for (const char* code : {"uk", "ru"}) {
        SCOPED_TRACE(code);
        const text::Strings t(*text::find_language(code));
        const GoalStatus g = check_goal(t, goal, ev.outcome());
        ASSERT_EQ(g.parts.size(), 3u);
        EXPECT_EQ(g.parts[0].text, t(Str::goal_all_accept));
        EXPECT_EQ(g.parts[1].text, t(Str::goal_lawful));
        EXPECT_EQ(g.parts[2].text, t.format(Str::goal_hold, {{"percent", "100%"}}));
        for (std::size_t i = 0; i < 3; ++i) {
            EXPECT_EQ(g.parts[i].met, en.parts[i].met);
            EXPECT_NE(g.parts[i].text, en.parts[i].text) << "translated";
        }
        const std::string summary = g.summary(t);
        EXPECT_EQ(summary.find("Goal"), std::string::npos) << summary;
        EXPECT_NE(summary.find("\xD0"), std::string::npos) << summary;  // Cyrillic
        // 3 conditions: the 2–4 form ("з 3 умов" / "из 3 условий").
        int met = 0;
        for (const GoalPart& p : g.parts) met += p.met;
        EXPECT_EQ(summary,
                  t.format(Str::goal_not_met_few, {{"n", std::to_string(met)}, {"total", "3"}}));
    }
}

}  // namespace
}  // namespace armistice::ui
