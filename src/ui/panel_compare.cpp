// panel_compare.cpp — A/B compare: the edited agreement (A) beside a partner (B: a preset or a
// snapshot), their three answers side by side, both survival curves on one chart, and the
// clause-by-clause differences (engine/diff) with each clause's effects (panel_compare_effects.cpp).
#include <cmath>
#include <cstdio>
#include <string>

#include "engine/describe.h"
#include "engine/diff/diff.h"
#include "ui/engine_bridge.h"
#include "ui/charts/line_chart.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

std::string sign_cell(const SignOutcome& s) {
    if (!s.available) return "—";
    return std::to_string(s.accepting) + " of " + std::to_string(kPartyCount) + " accept";
}

std::string law_cell(const LawOutcome& l) {
    if (!l.available) return "—";
    return bridge::law_counts_label(l);
}

std::string hold_cell(const HoldOutcome& h, double p) {
    if (!h.available) return "—";
    if (!h.applicable) return "no ceasefire";
    return percent(p) + (h.refining() ? " (refining)" : "");
}

}  // namespace

void draw_compare(const PanelView& v, PanelOut& out) {
    const AppState& s = v.state;
    heading(v.fonts.heading, "Compare two agreements");
    if (ImGui::Button("Choose B ▾")) ImGui::OpenPopup("compare_pick");
    out.rect("btn.compare_pick");
    if (ImGui::BeginPopup("compare_pick")) {
        const auto& entries = v.presets.entries();
        for (std::size_t i : v.presets.by_date()) {
            ImGui::PushID(static_cast<int>(i));
            const std::string label(entries[i].file.scenario.name);
            if (ImGui::Selectable(label.c_str())) out.push(cmd::SetComparePreset{i});
            out.rect("compare.pick." + entries[i].file.id);
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("B = snapshot of A")) out.push(cmd::CompareWithCurrent{});
    item_tooltip("Keep the current agreement as B, then edit A and watch the difference.");
    ImGui::SameLine();
    if (button("Swap A and B", s.compare.has_value())) out.push(cmd::SwapCompare{});
    if (!s.compare || !v.compare_outcome) {
        text_muted_wrapped("Choose an agreement B to compare with.");
        return;
    }
    const Outcome& a = v.outcome;
    const Outcome& b = *v.compare_outcome;
    if (ImGui::BeginTable("ab", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("A (you are editing)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn("B", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        auto row = [](const char* label, const std::string& x, const std::string& y) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            text_colored(color_muted(), label);
            ImGui::TableSetColumnIndex(1);
            text_wrapped(x);
            ImGui::TableSetColumnIndex(2);
            text_wrapped(y);
        };
        row("Agreement", s.scenario.name, s.compare->name);
        row("Will they sign?", sign_cell(a.sign), sign_cell(b.sign));
        row("Is it lawful?", law_cell(a.law), law_cell(b.law));
        if (a.hold.interim || b.hold.interim)
            row("Holds its term", hold_cell(a.hold, a.hold.interim ? a.hold.p_term : NAN),
                hold_cell(b.hold, b.hold.interim ? b.hold.p_term : NAN));
        if (!(a.hold.interim && b.hold.interim)) {  // two interim deals: their terms only
            row("Holds 1 year", hold_cell(a.hold, a.hold.p1), hold_cell(b.hold, b.hold.p1));
            row("Holds 5 years", hold_cell(a.hold, a.hold.p5), hold_cell(b.hold, b.hold.p5));
            row("Holds 10 years", hold_cell(a.hold, a.hold.p10), hold_cell(b.hold, b.hold.p10));
        }
        ImGui::EndTable();
    }

    charts::SurvivalChartSpec spec;
    spec.band_label = "range across model assumptions (5–95%)";
    if (a.hold.applicable && a.hold.available) {
        charts::SurvivalSeries sa;
        sa.label = "A";
        sa.values = a.hold.survival;
        sa.band_lo = a.hold.band_lo;
        sa.band_hi = a.hold.band_hi;
        sa.color_slot = 0;
        spec.series.push_back(sa);
    }
    if (b.hold.applicable && b.hold.available) {
        charts::SurvivalSeries sb;
        sb.label = "B";
        sb.values = b.hold.survival;
        sb.band_lo = b.hold.band_lo;
        sb.band_hi = b.hold.band_hi;
        sb.color_slot = 2;
        sb.dashed = true;
        spec.series.push_back(sb);
    }
    charts::draw_survival_chart("compare_survival", spec, ImVec2(-1.0f, 230.0f));

    heading(v.fonts.strong, "Differences");
    const ScenarioDiff d = diff_scenarios(s.scenario, *s.compare);
    if (d.empty()) text_muted_wrapped("A and B have the same terms, context, lens and settings.");
    if (v.compare_effects && v.compare_effects->started) {
        draw_compare_effects(v, out);  // each differing clause with its effects
    } else {
        for (const ClauseDifference& c : d.clauses) {
            text("• ");
            ImGui::SameLine(0, 0);
            text_wrapped(std::string(c.dimension_label) + ": A " + std::string(c.option_a_label) +
                         " — B " + std::string(c.option_b_label));
        }
    }
    for (const LeverDifference& l : d.levers) {
        text("• ");
        ImGui::SameLine(0, 0);
        text_wrapped(std::string(l.label) + ": A " + format_lever(l.lever, l.value_a) + " — B " +
                     format_lever(l.lever, l.value_b));
    }
    if (d.lens_differs) {
        text("• ");
        ImGui::SameLine(0, 0);
        text_wrapped("Lens: A " + std::string(lens(d.lens_a).label) + " — B " +
                     std::string(lens(d.lens_b).label));
    }
    for (const RedLineDifference& r : d.red_lines) {
        text("• ");
        ImGui::SameLine(0, 0);
        text_wrapped(std::string(r.label) + ": relaxed in " + (r.relaxed_a ? "A" : "B") + " only");
    }
    touch_scroll(out);
}

}  // namespace armistice::ui
