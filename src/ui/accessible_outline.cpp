// accessible_outline.cpp — see accessible_outline.h.
#include "ui/accessible_outline.h"
#include "text/message_text.h"

#include <cmath>

#include "engine/catalog.h"
#include "engine/lens.h"
#include "text/message_text.h"
#include "ui/charts/readout.h"
#include "ui/charts/value_format.h"
#include "ui/data_text.h"
#include "ui/hold_chart.h"
#include "ui/party_text.h"

namespace armistice::ui {

namespace {

using charts::format_percent;
using text::Str;

// Keeps the one-line invariant whatever a string from data or a link holds.
std::string one_line(std::string t) {
    for (char& c : t)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    return t;
}

struct Writer {
    std::vector<OutlineBlock> blocks;
    void heading(int level, std::string t) {
        blocks.push_back({OutlineBlock::Kind::Heading, level, one_line(std::move(t))});
    }
    void para(std::string t) {
        blocks.push_back({OutlineBlock::Kind::Paragraph, 2, one_line(std::move(t))});
    }
    void item(std::string t) {
        blocks.push_back({OutlineBlock::Kind::Item, 2, one_line(std::move(t))});
    }
};

void sign_section(Writer& w, const text::Strings& t, const SignOutcome& sg) {
    w.heading(2, t(Str::outline_sign_heading));
    w.para(text::render(t, sg.status));
    if (!sg.available) return;
    for (const PartyVerdict& p : sg.parties) {
        std::string line =
            t.format(p.accepts ? Str::outline_party_signs : Str::outline_party_declines,
                     {{"party", party_name(t, p.party)},
                      {"verdict", text::render(t, p.verdict)},
                      {"percent", format_percent(p.p_accept)}});
        if (!p.red_lines_crossed.empty()) {
            line += std::string(". ") + t(Str::outline_red_lines);
            for (const Message& r : p.red_lines_crossed) line += " " + text::render(t, r) + ";";
            line.pop_back();
        }
        w.item(line + ".");
    }
    for (const Message& line : sg.outside_the_text) w.para(text::render(t, line));
    if (!sg.closest_summary.empty())
        w.para(t.format(Str::outline_closest, {{"closest", sg.closest_text(t)}}));
}

void law_section(Writer& w, const text::Strings& t, const LawOutcome& lw) {
    w.heading(2, t(Str::outline_law_heading));
    w.para(lw.status(t));
    if (!lw.available) return;
    for (const LawFinding& f : lw.findings) {
        const Str how = f.severity == Severity::Violation  ? Str::outline_violates
                        : f.severity == Severity::Conflict ? Str::outline_tension
                                                           : Str::outline_consistent;
        std::string line = t.format(
            how, {{"principle", text::render(t, f.principle)}, {"text", text::render(t, f.text)}});
        if (!f.clause.empty()) line += " (" + text::render(t, f.clause) + ")";
        w.item(line);
    }
}

void hold_section(Writer& w, const text::Strings& t, const HoldOutcome& h) {
    w.heading(2, t(Str::outline_hold_heading));
    if (!h.available || !h.applicable) {
        w.para(text::render(t, h.status));
        return;
    }
    if (h.refining()) {
        w.para(t(Str::outline_computing));
        return;
    }
    if (h.interim) {
        w.para(t.format(
            Str::outline_interim,
            {{"term", h.term_label(t)},
             {"p_term", format_percent(h.p_term)},
             {"p_extended", format_percent(h.p_extended)},
             {"violations", std::to_string(static_cast<long>(h.violations_per_week + 0.5))}}));
    } else {
        w.para(t.format(Str::outline_lasting, {{"p1", format_percent(h.p1)},
                                               {"p5", format_percent(h.p5)},
                                               {"p10", format_percent(h.p10)}}));
    }
    // The chart in words (the same spec the panel draws: an interim deal over its own term).
    w.para(t.format(Str::outline_chart,
                    {{"description", charts::describe_survival_chart(
                                         hold_chart_spec(t, h, t(Str::outline_this_agreement)))}}));
    bool any = false;
    for (const Share& c : h.causes) {
        if (!(c.value > 0)) continue;
        if (!any) w.heading(3, t(Str::outline_causes_heading));
        any = true;
        w.item(t.format(Str::outline_cause,
                        {{"cause", text::render(t, c.label)}, {"share", format_percent(c.value)}}));
    }
    if (h.best_ready && h.best) w.para(t.format(Str::outline_best, {{"best", h.best_summary}}));
}

void assignment_section(Writer& w, const text::Strings& t, const AppState& s,
                        const GoalStatus& goal) {
    const bool note = !s.educator.note.empty();
    if (!note && !goal.has_goal) return;
    w.heading(2, t(Str::outline_assignment));
    if (note) w.para(t.format(Str::outline_note, {{"note", s.educator.note}}));
    if (goal.has_goal) {
        w.para(goal.summary(t) + ".");
        for (const GoalPart& p : goal.parts)
            w.item(t.format(p.met ? Str::outline_goal_met : Str::outline_goal_not_yet,
                            {{"condition", p.text}}));
    }
}

void clauses_section(Writer& w, const text::Strings& t, const AppState& s) {
    const Scenario& sc = s.scenario;
    std::string title = sc.name.empty() ? std::string(t(Str::outline_untitled)) : sc.name;
    if (s.modified()) title = t.format(Str::outline_edited, {{"title", title}});
    w.heading(2, t.format(Str::outline_agreement, {{"title", title}}));
    for (const Dimension& d : catalog().dimensions)
        w.item(
            t.format(Str::outline_clause,
                     {{"dimension", std::string(dimension_label(t, d))},
                      {"option", std::string(option_label(t, d, d.options[sc.choice(d.dim)]))}}));
    w.para(t.format(Str::outline_lens, {{"lens", std::string(lens_label(t, lens(sc.lens)))}}));
}

}  // namespace

std::vector<OutlineBlock> build_outline(const text::Strings& t, const AppState& s, const Outcome& o,
                                        const GoalStatus& goal) {
    Writer w;
    sign_section(w, t, o.sign);
    law_section(w, t, o.law);
    hold_section(w, t, o.hold);
    assignment_section(w, t, s, goal);
    clauses_section(w, t, s);
    return w.blocks;
}

std::string outline_wire(const std::vector<OutlineBlock>& blocks) {
    std::string out;
    for (const OutlineBlock& b : blocks) {
        switch (b.kind) {
            case OutlineBlock::Kind::Heading:
                out += b.level == 3 ? "h3\t" : "h2\t";
                break;
            case OutlineBlock::Kind::Paragraph:
                out += "p\t";
                break;
            case OutlineBlock::Kind::Item:
                out += "li\t";
                break;
        }
        out += b.text + "\n";
    }
    return out;
}

}  // namespace armistice::ui
