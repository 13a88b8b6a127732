// tour_return_test.cpp — issue #16 "first ten seconds": the guided tour loads its own examples
// and, when it ends (finished or skipped), gives the visitor back the scenario, the history and
// the card they had; hiding the top bar's statement is remembered on the device, not in links.
#include <gtest/gtest.h>

#include <string>

#include "engine/catalog.h"
#include "persist/link.h"
#include "ui/app_state.h"
#include "ui/link_sync.h"
#include "ui/preset_library.h"

namespace armistice::ui {
namespace {

// The visitor's own state: a preset other than the tour's first, one edit (one undo step).
AppState visitor(const PresetLibrary& presets, std::size_t* index) {
    AppState s;
    const auto& entries = presets.entries();
    *index = entries.size() - 1;
    s.load_fresh(entries[*index].file.scenario, entries[*index].file.scenario.name);
    const Dimension& d = catalog().at(Dim::Alignment);
    const std::uint8_t other = s.scenario.choice(Dim::Alignment) == 0 ? 1 : 0;
    EXPECT_LT(other, d.options.size());
    s.apply(cmd::SetChoice{Dim::Alignment, other}, presets, 0.0);
    s.apply(cmd::SetCard{3}, presets, 0.0);
    return s;
}

TEST(TourReturn, EndingTheTourGivesTheVisitorsScenarioBack) {
    const PresetLibrary presets;
    ASSERT_GE(presets.entries().size(), 3u);
    for (const bool finish : {false, true}) {
        std::size_t mine = 0;
        AppState s = visitor(presets, &mine);
        const Scenario before = s.scenario;
        const std::string link_before = persist::encode_link(make_link_state(s));
        ASSERT_EQ(s.undo.size(), 1u);

        s.apply(cmd::StartTour{}, presets, 0.0);
        EXPECT_EQ(s.tour.step, 0);
        for (std::size_t i = 0; i < 3; ++i) {  // the tour's steps load other presets
            s.apply(cmd::TourStep{static_cast<int>(i) + 1}, presets, 0.0);
            s.apply(cmd::LoadPreset{i}, presets, 0.0);
            s.apply(cmd::SetCard{1}, presets, 0.0);
        }
        EXPECT_NE(s.scenario, before) << "the tour shows its own examples";
        if (finish) s.apply(cmd::TourStep{3}, presets, 0.0);
        s.apply(cmd::TourStep{-1}, presets, 0.0);  // Skip, or "Back to my agreement"

        EXPECT_EQ(s.tour.step, -1);
        EXPECT_TRUE(s.tour.dismissed);
        EXPECT_FALSE(s.tour.saved.has_value());
        EXPECT_EQ(s.scenario, before);
        EXPECT_EQ(s.loaded, presets.entries()[mine].file.scenario);
        EXPECT_EQ(s.undo.size(), 1u) << "the visitor's own history, not the tour's";
        EXPECT_EQ(s.prefs.card, 3);
        EXPECT_EQ(persist::encode_link(make_link_state(s)), link_before);
        s.apply(cmd::Undo{}, presets, 0.0);
        EXPECT_EQ(s.scenario, presets.entries()[mine].file.scenario);
    }
}

TEST(TourReturn, StartingTheTourTwiceKeepsTheFirstSnapshot) {
    const PresetLibrary presets;
    std::size_t mine = 0;
    AppState s = visitor(presets, &mine);
    const Scenario before = s.scenario;
    s.apply(cmd::StartTour{}, presets, 0.0);
    s.apply(cmd::LoadPreset{0}, presets, 0.0);
    s.apply(cmd::StartTour{}, presets, 0.0);  // the Tour button again, mid-tour
    s.apply(cmd::TourStep{-1}, presets, 0.0);
    EXPECT_EQ(s.scenario, before);
}

TEST(Intro, HidingTheStatementIsStoredOnTheDeviceNotInTheLink) {
    const PresetLibrary presets;
    std::size_t mine = 0;
    AppState s = visitor(presets, &mine);
    const std::string link = persist::encode_link(make_link_state(s));
    EXPECT_FALSE(s.intro_dismissed);
    s.apply(cmd::DismissIntro{}, presets, 0.0);
    EXPECT_TRUE(s.intro_dismissed);
    ASSERT_EQ(s.effects.storage.size(), 1u);
    EXPECT_EQ(s.effects.storage[0].first, "armistice.intro_dismissed");
    EXPECT_EQ(persist::encode_link(make_link_state(s)), link);
}

}  // namespace
}  // namespace armistice::ui
