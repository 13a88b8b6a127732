// app_state_test.cpp — AppState's history: undo, redo, a slider drag as one step, the cap,
// Reset, and load_fresh (app_state.h invariants).
#include "ui/app_state.h"

#include <gtest/gtest.h>

#include "engine/catalog.h"
#include "engine/context.h"

namespace armistice::ui {
namespace {

// A different option of `dim` than the scenario's.
std::uint8_t other_option(const Scenario& s, Dim dim) {
    const std::uint8_t c = s.choice(dim);
    return static_cast<std::uint8_t>((c + 1) % catalog().at(dim).options.size());
}

struct History : ::testing::Test {
    PresetLibrary presets;
    AppState s;
    void SetUp() override {
        const PresetEntry& d = presets.entries()[presets.default_index()];
        s.load_fresh(d.file.scenario, d.file.scenario.name);
    }
    void choose(Dim dim) {
        s.apply(cmd::SetChoice{dim, other_option(s.scenario, dim)}, presets, 0);
    }
    void drag(double value) { s.apply(cmd::SetLever{Lever::WesternAid, value, true}, presets, 0); }
};

TEST_F(History, UndoAndRedoWalkWholeScenarios) {
    const Scenario start = s.scenario;
    choose(Dim::Alignment);
    const Scenario one = s.scenario;
    choose(Dim::Guarantee);
    const Scenario two = s.scenario;
    ASSERT_NE(one, start);
    ASSERT_NE(two, one);
    EXPECT_TRUE(s.can_undo());
    EXPECT_FALSE(s.can_redo());

    s.apply(cmd::Undo{}, presets, 0);
    EXPECT_EQ(s.scenario, one);
    s.apply(cmd::Undo{}, presets, 0);
    EXPECT_EQ(s.scenario, start);
    EXPECT_FALSE(s.can_undo());
    s.apply(cmd::Undo{}, presets, 0);  // nothing left: no change
    EXPECT_EQ(s.scenario, start);

    s.apply(cmd::Redo{}, presets, 0);
    s.apply(cmd::Redo{}, presets, 0);
    EXPECT_EQ(s.scenario, two);
    EXPECT_FALSE(s.can_redo());
}

TEST_F(History, AnEditClearsRedo) {
    choose(Dim::Alignment);
    s.apply(cmd::Undo{}, presets, 0);
    ASSERT_TRUE(s.can_redo());
    choose(Dim::Guarantee);
    EXPECT_FALSE(s.can_redo());
}

TEST_F(History, ASliderDragIsOneUndoStep) {
    const Scenario start = s.scenario;
    const LeverInfo& aid = lever_info(Lever::WesternAid);
    for (int i = 1; i <= 10; ++i) drag(aid.min + (aid.max - aid.min) * i / 10.0);
    ASSERT_NE(s.scenario, start);
    EXPECT_EQ(s.undo.size(), 1u) << "ten drag steps, one history entry";
    s.apply(cmd::Undo{}, presets, 0);
    EXPECT_EQ(s.scenario, start);
    // After a non-drag edit, a new drag starts a new step.
    choose(Dim::Alignment);
    drag(aid.min);
    drag(aid.max);
    EXPECT_EQ(s.undo.size(), 2u);
}

TEST_F(History, LeverValuesAreClampedToTheirRange) {
    const LeverInfo& aid = lever_info(Lever::WesternAid);
    s.apply(cmd::SetLever{Lever::WesternAid, aid.max * 10.0 + 1000.0, false}, presets, 0);
    EXPECT_LE(s.scenario.context.get(Lever::WesternAid), aid.max);
    s.apply(cmd::SetLever{Lever::WesternAid, aid.min - 1000.0, false}, presets, 0);
    EXPECT_GE(s.scenario.context.get(Lever::WesternAid), aid.min);
}

TEST_F(History, TheHistoryIsCapped) {
    for (std::size_t i = 0; i < kMaxHistory + 25; ++i)
        choose(i % 2 ? Dim::Alignment : Dim::Guarantee);
    EXPECT_EQ(s.undo.size(), kMaxHistory);
}

TEST_F(History, ResetReturnsToTheLoadedScenarioAsOneUndoableEdit) {
    const Scenario start = s.scenario;
    choose(Dim::Alignment);
    choose(Dim::Guarantee);
    ASSERT_TRUE(s.modified());
    s.apply(cmd::Reset{}, presets, 0);
    EXPECT_EQ(s.scenario, start);
    EXPECT_FALSE(s.modified());
    s.apply(cmd::Undo{}, presets, 0);
    EXPECT_TRUE(s.modified()) << "Reset can be undone";
}

TEST_F(History, LoadFreshClearsTheHistory) {
    choose(Dim::Alignment);
    s.apply(cmd::Undo{}, presets, 0);
    choose(Dim::Guarantee);
    s.apply(cmd::Undo{}, presets, 0);
    ASSERT_TRUE(s.can_redo());
    const PresetEntry& other = presets.entries().back();
    s.load_fresh(other.file.scenario, other.file.scenario.name);
    EXPECT_FALSE(s.can_undo());
    EXPECT_FALSE(s.can_redo());
    EXPECT_FALSE(s.modified());
}

TEST_F(History, AnOutOfRangeOptionIsIgnored) {
    const Scenario start = s.scenario;
    s.apply(cmd::SetChoice{Dim::Alignment, 250}, presets, 0);
    EXPECT_EQ(s.scenario, start);
    EXPECT_FALSE(s.can_undo());
}

}  // namespace
}  // namespace armistice::ui
