// accessible_outline_test.cpp — issue #16 item 4: what a screen reader gets. The answers come
// first (three headings in order), every clause is listed (defaults too), every finding is
// read, no machine id appears, and each settled edit yields exactly one short announcement.
#include <gtest/gtest.h>

#include <string>

#include "engine/catalog.h"
#include "persist/presets.h"
#include "ui/accessible_outline.h"
#include "ui/accessible_view.h"
#include "ui/announcement.h"
#include "ui/evaluator.h"

namespace armistice::ui {
namespace {

double fake_ms = 0.0;
const Clock kClock = [] { return fake_ms += 0.001; };

Outcome settle(Evaluator& ev, const Scenario& s) {
    do {
        ev.update(s, 1e9, kClock);
    } while (ev.outcome().hold.refining());
    return ev.outcome();
}

std::vector<OutlineBlock> headings(const std::vector<OutlineBlock>& b) {
    std::vector<OutlineBlock> h;
    for (const auto& x : b)
        if (x.kind == OutlineBlock::Kind::Heading) h.push_back(x);
    return h;
}

TEST(AccessibleOutline, AnswersFirstEveryClauseAndNoMachineIds) {
    for (const auto& preset : persist::presets()) {
        SCOPED_TRACE(preset.id);
        AppState s;
        s.load_fresh(preset.scenario, preset.scenario.name);
        Evaluator ev(false);
        const Outcome o = settle(ev, s.scenario);
        const auto blocks = build_outline(s, o, GoalStatus{});
        const auto h = headings(blocks);
        ASSERT_GE(h.size(), 4u);
        EXPECT_EQ(h[0].text, "Will they sign?");
        EXPECT_EQ(h[1].text, "Is it lawful?");
        EXPECT_EQ(h[2].text, "Will it hold?");
        EXPECT_EQ(blocks.front().text, "Will they sign?") << "nothing before the answers";
        // The agreement's clauses: one item per catalog dimension after its heading.
        std::size_t at = 0;
        while (at < blocks.size() && blocks[at].text.rfind("Your agreement: ", 0) != 0) ++at;
        ASSERT_LT(at, blocks.size());
        std::size_t items = 0;
        for (std::size_t i = at + 1;
             i < blocks.size() && blocks[i].kind == OutlineBlock::Kind::Item; ++i)
            ++items;
        EXPECT_EQ(items, catalog().dimensions.size());
        // Every legal finding is read, not only the worst.
        if (o.law.available) {
            std::size_t law_items = 0;
            std::size_t i = 0;
            while (blocks[i].text != "Is it lawful?") ++i;
            for (i += 2; i < blocks.size() && blocks[i].kind == OutlineBlock::Kind::Item; ++i)
                ++law_items;
            EXPECT_EQ(law_items, o.law.findings.size());
        }
        // No option id of a multi-word option ("current_line") and not the preset id.
        const std::string wire = outline_wire(blocks);
        for (const Dimension& d : catalog().dimensions) {
            for (const auto& opt : d.options) {
                if (std::string(opt.id).find('_') == std::string::npos) continue;
                EXPECT_EQ(wire.find(std::string(opt.id)), std::string::npos) << opt.id;
            }
        }
        if (preset.id.find('_') != std::string::npos) {
            EXPECT_EQ(wire.find(preset.id), std::string::npos);
        }
        for (const auto& b : blocks) EXPECT_EQ(b.text.find('\n'), std::string::npos);
    }
}

TEST(AccessibleOutline, WhileRefiningTheHoldSectionQuotesNoFigure) {
    AppState s;
    s.load_fresh(persist::presets().front().scenario, "x");
    Evaluator ev(false);
    ev.update(s.scenario, 0.0, kClock);  // first chunk only
    ASSERT_TRUE(ev.outcome().hold.refining());
    const std::string wire = outline_wire(build_outline(s, ev.outcome(), GoalStatus{}));
    EXPECT_NE(wire.find("p\tThe estimate is being computed.\n"), std::string::npos);
    EXPECT_EQ(wire.find("holds 1 year"), std::string::npos);
}

TEST(AccessibleView, OneShortAnnouncementPerSettledEdit) {
    const auto& all = persist::presets();
    AppState s;
    s.load_fresh(all.front().scenario, "a");
    Evaluator ev(false);
    AccessibleView view;
    int announcements = 0;
    std::string last;
    auto run = [&](const Scenario& sc) {
        s.scenario = sc;
        do {
            ev.update(sc, 0.5, kClock);
            const AccessibleUpdate u = view.update(s, ev.outcome(), ev.evaluated(), GoalStatus{});
            if (u.announcement) {
                ++announcements;
                last = *u.announcement;
            }
        } while (ev.busy());
    };
    run(all.front().scenario);
    EXPECT_EQ(announcements, 0) << "the first answers are read from the outline, not announced";
    for (std::size_t k = 1; k < all.size(); ++k) {
        const int before = announcements;
        run(all[k].scenario);
        EXPECT_EQ(announcements, before + (all[k].scenario == all[k - 1].scenario ? 0 : 1))
            << all[k].id;
        EXPECT_LT(last.size(), 200u) << last;
        EXPECT_EQ(last.find('\n'), std::string::npos);
    }
}

TEST(Announcement, NamesWhoseVerdictChangedAndTheHoldFigure) {
    AnnouncedFigures a;
    a.sign_available = a.law_available = a.hold_shown = true;
    a.accepts = {true, false, true, true};
    a.hold_label = "5 years";
    a.hold_percent = 40;
    AnnouncedFigures b = a;
    b.accepts[static_cast<std::size_t>(Party::Russia)] = true;
    b.hold_percent = 51;
    EXPECT_EQ(announce_change(a, b), "Russia now accepts; holds 5 years: 51 %.");
    EXPECT_EQ(announce_change(b, a), "Russia no longer accepts; holds 5 years: 40 %.");
    EXPECT_EQ(announce_change(a, a), "");
    AnnouncedFigures c = a;
    c.law_problems = 2;
    EXPECT_EQ(announce_change(a, c), "2 legal problems.");
}

}  // namespace
}  // namespace armistice::ui
