// summary.cpp — see summary.h.
#include "ui/summary.h"

#include <cmath>
#include <cstdio>

#include "engine/catalog.h"
#include "engine/citations.h"
#include "engine/diff/edit_summary.h"
#include "engine/lens.h"
#include "persist/edited_from.h"
#include "ui/compare_effects.h"
#include "ui/percent_text.h"

namespace armistice::ui {

namespace {

std::string fmt_points(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f", v);
    return buf;
}

}  // namespace

std::string build_summary(const AppState& s, const Outcome& o, const GoalStatus& goal,
                          const CompareEffects* effects, MachineIds ids) {
    const Scenario& sc = s.scenario;
    std::string t = "Armistice Explorer — text summary of the scenario on screen.\n";
    const std::optional<persist::EditedFrom> edited = persist::edited_from_preset(sc);
    t += "Scenario: " + persist::honest_title(sc) + "\n";
    if (!sc.base_preset.empty() && ids == MachineIds::Include)
        t += "Based on preset: " + sc.base_preset + (s.modified() || edited ? " (edited)" : "") +
             "\n";
    if (edited) t += edits_paragraph(edited->diff) + "\n";
    t += "Clauses:";
    for (const Dimension& d : catalog().dimensions) {
        const std::uint8_t c = sc.choice(d.dim);
        if (c == d.default_option) continue;
        t += " " + std::string(d.label) + ": " + std::string(d.options[c].label) + ";";
    }
    if (ids == MachineIds::Include) {
        t += "\nClause ids:";
        for (const Dimension& d : catalog().dimensions)
            t += " " + std::string(d.id) + "=" + std::string(d.options[sc.choice(d.dim)].id);
    }
    t += "\nLens: " + std::string(lens(sc.lens).label) + "\n";

    const SignOutcome& sg = o.sign;
    if (!sg.available) {
        t += "Will they sign? " + sg.status + "\n";
    } else {
        t += "Will they sign? " + sg.status + "\n";
        for (const PartyVerdict& p : sg.parties) {
            t += std::string(party_label(p.party)) + ": " +
                 (p.accepts ? "accepts" : "would not sign") + ", margin " + fmt_points(p.margin) +
                 " points, P(accepts) " +
                 std::to_string(static_cast<int>(std::lround(100.0 * p.p_accept))) + "% (" +
                 p.verdict + ")";
            if (!p.red_lines_crossed.empty()) {
                t += "; red lines crossed:";
                for (const auto& r : p.red_lines_crossed) t += " " + r + ";";
            }
            if (!p.core_issues_failed.empty()) {
                t += "; core issues not met:";
                for (const auto& r : p.core_issues_failed) t += " " + r + ";";
            }
            t += "\n";
        }
        t += "Closest agreement all four accept: " +
             (s.educator.suggestions_hidden ? std::string("hidden for this assignment")
                                            : sg.closest_summary) +
             "\n";
    }
    const LawOutcome& lw = o.law;
    t += "Is it lawful? " + lw.status;
    if (lw.available && !lw.findings.empty() && lw.problems > 0) {
        const LawFinding& f = lw.findings.front();
        t += " Worst: " + std::string(f.severity == Severity::Violation ? "violates " : "in tension with ") +
             f.principle + " — " + f.text;
    }
    t += "\n";
    const HoldOutcome& h = o.hold;
    t += "Will it hold? ";
    if (!h.available || !h.applicable) {
        t += h.status;
    } else if (h.refining()) {
        t += "The estimate is being computed.";
    } else if (h.interim) {
        t += "Model estimate (exploratory, not a forecast) for an interim deal: holds " +
             h.term_label() + " " + percent(h.p_term) + ", extended into a lasting ceasefire " +
             percent(h.p_extended) + ", about " +
             std::to_string(static_cast<long>(h.violations_per_week + 0.5)) +
             " violations a week (" + std::to_string(h.runs_done) + " simulated runs).";
    } else {
        t += "Model estimate (exploratory, not a forecast): holds 1 year " + percent(h.p1) +
             ", 5 years " + percent(h.p5) + ", 10 years " + percent(h.p10) + " (" +
             std::to_string(h.runs_done) + " simulated runs).";
        if (!h.causes.empty() && h.causes.front().value > 0)
            t += " Main cause of breakdown: " + h.causes.front().label + " (" +
                 percent(h.causes.front().value) + ").";
    }
    t += "\n";
    if (!s.educator.note.empty()) t += "Educator note: " + s.educator.note + "\n";
    if (s.educator.suggestions_hidden) t += "Suggestions: hidden for this assignment.\n";
    if (goal.has_goal) {
        t += goal.summary() + ".";
        for (const GoalPart& p : goal.parts) t += " " + p.text + ": " + (p.met ? "yes" : "no") + ".";
        t += "\n";
    }
    if (s.prefs.view == View::Compare && s.compare) {
        t += "Comparing with B: " + s.compare->name + "\n";
        if (effects) t += compare_effects_text(*effects);
    }
    return cite_sources(t);  // sources by outlet and title, not by key
}

}  // namespace armistice::ui
