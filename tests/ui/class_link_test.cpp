// class_link_test.cpp — issue #15: the assignment survives every student action. A class link
// made in the dialog carries note, goal and the suggestions setting; folding the note keeps it in
// the link; a student's edited result carries the assignment's start; "Back to the assignment"
// restores it; a reload of the result gives back the same state.
#include <gtest/gtest.h>

#include <string>

#include "persist/link.h"
#include "persist/presets.h"
#include "ui/app_state.h"
#include "ui/class_link.h"
#include "ui/link_sync.h"

namespace armistice::ui {
namespace {

ClassLinkDraft draft() {
    ClassLinkDraft d;
    d.open = true;
    d.note = "Найдите сделку %s%n <script>x</script>\nline 2";
    d.all_accept = true;
    d.hold = true;
    d.min_p_hold_60 = 0.5;
    return d;
}

TEST(ClassLink, TheDialogsLinkCarriesNoteGoalAndHiddenSuggestions) {
    const Scenario s = persist::presets().front().scenario;
    const persist::LinkState l = class_link_state(s, draft());
    EXPECT_EQ(l.note, draft().note);
    EXPECT_TRUE(l.goal.require_all_accept);
    EXPECT_FALSE(l.goal.require_lawful);
    EXPECT_EQ(*l.goal.min_p_hold_60, 0.5);
    EXPECT_TRUE(l.suggestions_hidden);  // off by default
    EXPECT_FALSE(l.start.has_value());
    EXPECT_EQ(persist::encode_link(l).substr(0, 3), "a2.");
    EXPECT_EQ(note_chars("Привет"), 6u);
}

TEST(ClassLink, TheAssignmentSurvivesFoldingEditingSharingAndReloading) {
    const PresetLibrary presets;
    const Scenario s = persist::presets().front().scenario;
    const std::string link = persist::encode_link(class_link_state(s, draft()));
    AppState student;
    ASSERT_FALSE(apply_link(student, link, nullptr).has_value());
    EXPECT_TRUE(student.educator.suggestions_hidden);
    ASSERT_TRUE(student.educator.start.has_value());
    // Folding the note keeps it in the link.
    student.apply(cmd::ToggleNote{}, presets, 0);
    EXPECT_TRUE(student.educator.collapsed);
    EXPECT_EQ(persist::encode_link(make_link_state(student)), link);
    // An edit: the shared result carries the start.
    const Dimension& d = catalog().dimensions.front();
    student.apply(
        cmd::SetChoice{d.dim, static_cast<std::uint8_t>((s.choice(d.dim) + 1) % d.options.size())},
        presets, 0);
    const persist::LinkState shared = make_link_state(student);
    ASSERT_TRUE(shared.start.has_value());
    EXPECT_EQ(*shared.start, s);
    // A third person opens the result: same scenario, same assignment, the start still known.
    AppState third;
    ASSERT_FALSE(apply_link(third, persist::encode_link(shared), nullptr).has_value());
    EXPECT_EQ(third.scenario, student.scenario);
    EXPECT_EQ(third.educator.note, draft().note);
    EXPECT_EQ(third.educator.goal, draft_goal(draft()));
    ASSERT_TRUE(third.educator.start.has_value());
    EXPECT_EQ(*third.educator.start, s);
    EXPECT_EQ(make_link_state(third), shared);
    // Back to the assignment.
    third.apply(cmd::BackToAssignment{}, presets, 0);
    EXPECT_EQ(third.scenario, s);
    EXPECT_EQ(persist::encode_link(make_link_state(third)), link);
}

TEST(ClassLink, PreviewShowsThePageAsTheStudentWill) {
    const PresetLibrary presets;
    AppState teacher;
    teacher.load_fresh(persist::presets().front().scenario, "x");
    teacher.apply(cmd::OpenClassLink{true}, presets, 0);
    ClassLinkDraft d = draft();
    d.min_p_hold_60 = 0.5300001;  // the slider's grid is 0.05
    teacher.apply(cmd::EditClassLink{d}, presets, 0);
    EXPECT_EQ(teacher.class_draft.min_p_hold_60, 0.55);
    teacher.apply(cmd::PreviewClassLink{}, presets, 0);
    EXPECT_FALSE(teacher.class_draft.open);
    EXPECT_EQ(teacher.educator.note, d.note);
    EXPECT_TRUE(teacher.educator.suggestions_hidden);
    EXPECT_EQ(make_link_state(teacher), class_link_state(teacher.scenario, teacher.class_draft));
}

}  // namespace
}  // namespace armistice::ui
