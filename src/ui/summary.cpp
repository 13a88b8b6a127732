// summary.cpp — see summary.h.
#include "ui/summary.h"
#include "text/message_text.h"

#include <cmath>
#include <cstdio>

#include "engine/catalog.h"
#include "engine/citations.h"
#include "engine/diff/edit_summary.h"
#include "engine/lens.h"
#include "persist/edited_from.h"
#include "text/message_text.h"
#include "text/scenario_text.h"
#include "ui/compare_effects.h"
#include "ui/data_text.h"
#include "ui/party_text.h"
#include "ui/percent_text.h"
#include "ui/scenario_title.h"

namespace armistice::ui {

namespace {

std::string fmt_points(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f", v);
    return buf;
}

}  // namespace

std::string build_summary(const text::Strings& tx, const AppState& s, const Outcome& o,
                          const GoalStatus& goal, const CompareEffects* effects, MachineIds ids) {
    using text::Str;
    const Scenario& sc = s.scenario;
    std::string t = std::string(tx(Str::summary_title)) + "\n";
    const std::optional<persist::EditedFrom> edited = persist::edited_from_preset(sc);
    t += tx.format(Str::summary_scenario, {{"title", scenario_title(tx, sc)}}) + "\n";
    if (!sc.base_preset.empty() && ids == MachineIds::Include)
        t +=
            tx.format(s.modified() || edited ? Str::summary_based_on_edited : Str::summary_based_on,
                      {{"preset", sc.base_preset}}) +
            "\n";
    if (edited) t += text::edits_paragraph(tx, edited->diff) + "\n";
    t += tx(Str::summary_clauses);
    for (const Dimension& d : catalog().dimensions) {
        const std::uint8_t c = sc.choice(d.dim);
        if (c == d.default_option) continue;
        t += " " + tx.format(Str::summary_clause,
                             {{"dimension", std::string(dimension_label(tx, d))},
                              {"option", std::string(option_label(tx, d, d.options[c]))}});
    }
    if (ids == MachineIds::Include) {
        t += "\nClause ids:";  // i18n-exempt: machine line for scripts and tests, never translated
        for (const Dimension& d : catalog().dimensions)
            t += " " + std::string(d.id) + "=" + std::string(d.options[sc.choice(d.dim)].id);
    }
    t += "\n" +
         tx.format(Str::summary_lens, {{"lens", std::string(lens_label(tx, lens(sc.lens)))}}) +
         "\n";

    const SignOutcome& sg = o.sign;
    t += tx.format(Str::summary_sign, {{"status", text::render(tx, sg.status)}}) + "\n";
    if (sg.available) {
        for (const PartyVerdict& p : sg.parties) {
            const std::string pct =
                std::to_string(static_cast<int>(std::lround(100.0 * p.p_accept))) + "%";
            t += tx.format(p.accepts ? Str::summary_party_accepts : Str::summary_party_declines,
                           {{"party", party_name(tx, p.party)},
                            {"margin", fmt_points(p.margin)},
                            {"percent", pct},
                            {"verdict", text::render(tx, p.verdict)}});
            if (!p.red_lines_crossed.empty()) {
                t += std::string("; ") + tx(Str::summary_red_lines);
                for (const auto& r : p.red_lines_crossed) t += " " + text::render(tx, r) + ";";
            }
            if (!p.core_issues_failed.empty()) {
                t += std::string("; ") + tx(Str::summary_core_issues);
                for (const auto& r : p.core_issues_failed) t += " " + text::render(tx, r) + ";";
            }
            t += "\n";
        }
        t += tx.format(Str::summary_closest, {{"closest", s.educator.suggestions_hidden
                                                              ? std::string(tx(Str::summary_hidden))
                                                              : sg.closest_text(tx)}}) +
             "\n";
    }
    const LawOutcome& lw = o.law;
    t += tx.format(Str::summary_law, {{"status", lw.status(tx)}});
    if (lw.available && !lw.findings.empty() && lw.problems > 0) {
        const LawFinding& f = lw.findings.front();
        t += " " + tx.format(f.severity == Severity::Violation ? Str::summary_worst_violates
                                                               : Str::summary_worst_tension,
                             {{"principle", text::render(tx, f.principle)},
                              {"text", text::render(tx, f.text)}});
    }
    t += "\n";
    const HoldOutcome& h = o.hold;
    std::string hold;
    if (!h.available || !h.applicable) {
        hold = text::render(tx, h.status);
    } else if (h.refining()) {
        hold = tx(Str::summary_computing);
    } else if (h.interim) {
        hold = tx.format(
            Str::summary_hold_interim,
            {{"term", h.term_label(tx)},
             {"p_term", percent(h.p_term)},
             {"p_extended", percent(h.p_extended)},
             {"violations", std::to_string(static_cast<long>(h.violations_per_week + 0.5))},
             {"runs", std::to_string(h.runs_done)}});
    } else {
        hold = tx.format(Str::summary_hold_lasting, {{"p1", percent(h.p1)},
                                                     {"p5", percent(h.p5)},
                                                     {"p10", percent(h.p10)},
                                                     {"runs", std::to_string(h.runs_done)}});
        if (!h.causes.empty() && h.causes.front().value > 0)
            hold += " " + tx.format(Str::summary_main_cause,
                                    {{"cause", text::render(tx, h.causes.front().label)},
                                     {"share", percent(h.causes.front().value)}});
    }
    t += tx.format(Str::summary_hold, {{"answer", hold}}) + "\n";
    if (!s.educator.note.empty())
        t += tx.format(Str::summary_educator_note, {{"note", s.educator.note}}) + "\n";
    if (s.educator.suggestions_hidden) t += std::string(tx(Str::summary_suggestions_hidden)) + "\n";
    if (goal.has_goal) {
        t += goal.summary(tx) + ".";
        for (const GoalPart& p : goal.parts)
            t += " " + tx.format(p.met ? Str::summary_goal_yes : Str::summary_goal_no,
                                 {{"condition", p.text}});
        t += "\n";
    }
    if (s.prefs.view == View::Compare && s.compare) {
        t += tx.format(Str::summary_comparing, {{"name", s.compare->name}}) + "\n";
        if (effects) t += compare_effects_text(tx, *effects);
    }
    return cite_sources(t);  // sources by outlet and title, not by key
}

}  // namespace armistice::ui
