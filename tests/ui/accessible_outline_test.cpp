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
#include "ui/data_text.h"
#include "ui/evaluator.h"
#include "ui/party_text.h"

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
        const auto blocks = build_outline(text::Strings(), s, o, GoalStatus{});
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
    const std::string wire =
        outline_wire(build_outline(text::Strings(), s, ev.outcome(), GoalStatus{}));
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
            const AccessibleUpdate u =
                view.update(text::Strings(), s, ev.outcome(), ev.evaluated(), GoalStatus{});
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
    const text::Strings en;
    AnnouncedFigures a;
    a.sign_available = a.law_available = a.hold_shown = true;
    a.accepts = {true, false, true, true};
    a.hold_label = "5 years";
    a.hold_percent = 40;
    AnnouncedFigures b = a;
    b.accepts[static_cast<std::size_t>(Party::Russia)] = true;
    b.hold_percent = 51;
    EXPECT_EQ(announce_change(en, a, b), "Russia now accepts; holds 5 years: 51 %.");
    EXPECT_EQ(announce_change(en, b, a), "Russia no longer accepts; holds 5 years: 40 %.");
    EXPECT_EQ(announce_change(en, a, a), "");
    AnnouncedFigures c = a;
    c.law_problems = 2;
    EXPECT_EQ(announce_change(en, a, c), "2 legal problems.");
}

// The outline in Ukrainian and Russian: the table's words, the catalog's translated labels, and
// none of the English sentences of the English outline.
TEST(AccessibleOutline, InUkrainianAndRussian) {
    using text::Str;
    const persist::ScenarioFile* preset = persist::find_preset("nato_norway");
    ASSERT_NE(preset, nullptr);
    AppState s;
    s.load_fresh(preset->scenario, preset->scenario.name);
    Evaluator ev(false);
    const Outcome o = settle(ev, s.scenario);
    const std::string english = outline_wire(build_outline(text::Strings(), s, o, GoalStatus{}));
    for (const char* code : {"uk", "ru"}) {
        SCOPED_TRACE(code);
        const text::Strings t(*text::find_language(code));
        const auto blocks = build_outline(t, s, o, GoalStatus{});
        const auto h = headings(blocks);
        ASSERT_GE(h.size(), 4u);
        EXPECT_EQ(h[0].text, t(Str::outline_sign_heading));
        EXPECT_EQ(h[1].text, t(Str::outline_law_heading));
        EXPECT_EQ(h[2].text, t(Str::outline_hold_heading));
        EXPECT_NE(h[0].text, "Will they sign?");
        const std::string wire = outline_wire(blocks);
        for (const char* sentence : {"Will they sign?", "Is it lawful?", "Will it hold?",
                                     "would sign", "of the model's draws accept", "Model estimate",
                                     "Your agreement:", "Reading of the evidence", "Violates ",
                                     "In tension with ", "Consistent with "}) {
            if (english.find(sentence) == std::string::npos) continue;  // only what English says
            EXPECT_EQ(wire.find(sentence), std::string::npos) << sentence << "\n" << wire;
        }
        for (const Dimension& d : catalog().dimensions) {
            const std::string item =
                std::string(dimension_label(t, d)) + ": " +
                std::string(option_label(t, d, d.options[s.scenario.choice(d.dim)]));
            EXPECT_NE(wire.find("li\t" + item + "\n"), std::string::npos) << item;
        }
        EXPECT_NE(wire.find(party_name(t, Party::Russia)), std::string::npos);
    }
}

TEST(Announcement, InUkrainianAndRussian) {
    using text::Str;
    AnnouncedFigures a;
    a.sign_available = a.law_available = a.hold_shown = true;
    a.accepts = {true, false, true, true};
    a.hold_percent = 40;
    for (const char* code : {"uk", "ru"}) {
        SCOPED_TRACE(code);
        const text::Strings t(*text::find_language(code));
        a.hold_label = t(Str::announce_five_years);
        AnnouncedFigures b = a;
        b.accepts[static_cast<std::size_t>(Party::Russia)] = true;
        b.hold_percent = 51;
        const std::string s = announce_change(t, a, b);
        EXPECT_EQ(s.rfind(party_name(t, Party::Russia), 0), 0u) << s;
        EXPECT_EQ(s.find("accepts"), std::string::npos) << s;
        EXPECT_EQ(s.find("holds"), std::string::npos) << s;
        EXPECT_NE(s.find("51 %"), std::string::npos) << s;
        // A part that starts in lower case gets a Cyrillic capital.
        AnnouncedFigures c = a;
        c.law_problems = 2;
        const std::string lower = t(Str::announce_no_legal_problem);
        const std::string back = announce_change(t, c, a);
        ASSERT_EQ(back.size(), lower.size() + 1) << back;
        EXPECT_NE(back.substr(0, 2), lower.substr(0, 2)) << back;
        EXPECT_EQ(back.substr(2), lower.substr(2) + ".") << back;
        // 2 and 5 legal problems take different forms.
        AnnouncedFigures d = a;
        d.law_problems = 5;
        EXPECT_EQ(announce_change(t, a, c),
                  t.format(Str::announce_legal_problems_few, {{"n", "2"}}) + ".");
        EXPECT_EQ(announce_change(t, a, d),
                  t.format(Str::announce_legal_problems_many, {{"n", "5"}}) + ".");
    }
}

}  // namespace
}  // namespace armistice::ui
