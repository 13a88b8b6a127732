// accessible_outline.cpp — see accessible_outline.h.
#include "ui/accessible_outline.h"

#include <cmath>

#include "engine/catalog.h"
#include "engine/lens.h"
#include "ui/charts/readout.h"
#include "ui/charts/value_format.h"
#include "ui/hold_chart.h"

namespace armistice::ui {

namespace {

using charts::format_percent;

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

void sign_section(Writer& w, const SignOutcome& sg) {
    w.heading(2, "Will they sign?");
    w.para(sg.status);
    if (!sg.available) return;
    for (const PartyVerdict& p : sg.parties) {
        std::string t = std::string(party_label(p.party)) + ": " +
                        (p.accepts ? "would sign" : "would not sign") + " (" + p.verdict + ", " +
                        format_percent(p.p_accept) + " of the model's draws accept)";
        if (!p.red_lines_crossed.empty()) {
            t += ". Red lines crossed:";
            for (const std::string& r : p.red_lines_crossed) t += " " + r + ";";
            t.pop_back();
        }
        w.item(t + ".");
    }
    for (const std::string& line : sg.outside_the_text) w.para(line);
    if (!sg.closest_summary.empty())
        w.para("Closest agreement all four accept: " + sg.closest_summary);
}

void law_section(Writer& w, const LawOutcome& lw) {
    w.heading(2, "Is it lawful?");
    w.para(lw.status);
    if (!lw.available) return;
    for (const LawFinding& f : lw.findings) {
        const char* how = f.severity == Severity::Violation  ? "Violates "
                          : f.severity == Severity::Conflict ? "In tension with "
                                                             : "Consistent with ";
        std::string t = how + f.principle + ": " + f.text;
        if (!f.clause.empty()) t += " (" + f.clause + ")";
        w.item(t);
    }
}

void hold_section(Writer& w, const HoldOutcome& h) {
    w.heading(2, "Will it hold?");
    if (!h.available || !h.applicable) {
        w.para(h.status);
        return;
    }
    if (h.refining()) {
        w.para("The estimate is being computed.");
        return;
    }
    if (h.interim) {
        w.para("Model estimate for an interim deal, not a forecast: it holds " + h.term_label() +
               " in " + format_percent(h.p_term) +
               " of simulated runs and is extended into a "
               "lasting ceasefire in " +
               format_percent(h.p_extended) + ", with about " +
               std::to_string(static_cast<long>(h.violations_per_week + 0.5)) +
               " violations a week while it holds.");
    } else {
        w.para("Model estimate, not a forecast: it holds 1 year in " + format_percent(h.p1) +
               " of simulated runs, 5 years in " + format_percent(h.p5) + " and 10 years in " +
               format_percent(h.p10) + ".");
    }
    // The chart in words (the same spec the panel draws: an interim deal over its own term).
    w.para("Chart: " + charts::describe_survival_chart(hold_chart_spec(h, "This agreement")));
    bool any = false;
    for (const Share& c : h.causes) {
        if (!(c.value > 0)) continue;
        if (!any) w.heading(3, "Causes of breakdown, share of the runs that broke down");
        any = true;
        w.item(c.label + ": " + format_percent(c.value));
    }
    if (h.best_ready && h.best) w.para("Most durable deal all four accept: " + h.best_summary);
}

void assignment_section(Writer& w, const AppState& s, const GoalStatus& goal) {
    const bool note = !s.educator.note.empty();
    if (!note && !goal.has_goal) return;
    w.heading(2, "Assignment");
    if (note) w.para("Note from the educator: " + s.educator.note);
    if (goal.has_goal) {
        w.para(goal.summary() + ".");
        for (const GoalPart& p : goal.parts) w.item(p.text + ": " + (p.met ? "met" : "not yet"));
    }
}

void clauses_section(Writer& w, const AppState& s) {
    const Scenario& sc = s.scenario;
    std::string title = sc.name.empty() ? std::string("Untitled") : sc.name;
    if (s.modified()) title += " (edited)";
    w.heading(2, "Your agreement: " + title);
    for (const Dimension& d : catalog().dimensions)
        w.item(std::string(d.label) + ": " + std::string(d.options[sc.choice(d.dim)].label));
    w.para("Reading of the evidence (lens): " + std::string(lens(sc.lens).label) + ".");
}

}  // namespace

std::vector<OutlineBlock> build_outline(const AppState& s, const Outcome& o,
                                        const GoalStatus& goal) {
    Writer w;
    sign_section(w, o.sign);
    law_section(w, o.law);
    hold_section(w, o.hold);
    assignment_section(w, s, goal);
    clauses_section(w, s);
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
