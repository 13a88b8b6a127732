// panel_compare.cpp — A/B compare: the edited agreement (A) beside a partner (B: a preset or a
// snapshot), their three answers side by side, both survival curves on one chart, and the
// clause-by-clause differences (engine/diff) with each clause's effects (panel_compare_effects.cpp).
#include <cmath>
#include <cstdio>
#include <string>

#include "engine/catalog.h"
#include "engine/describe.h"
#include "engine/diff/diff.h"
#include "engine/red_lines.h"
#include "text/message_text.h"
#include "ui/charts/line_chart.h"
#include "ui/data_text.h"
#include "ui/engine_bridge.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

namespace {

std::string sign_cell(const text::Strings& t, const SignOutcome& s) {
    if (!s.available) return "—";
    return t.format(Str::compare_sign_cell,
                    {{"n", std::to_string(s.accepting)}, {"count", std::to_string(kPartyCount)}});
}

std::string law_cell(const text::Strings& t, const LawOutcome& l) {
    if (!l.available) return "—";
    return bridge::law_counts_label(t, l);
}

std::string hold_cell(const text::Strings& t, const HoldOutcome& h, double p) {
    if (!h.available) return "—";
    if (!h.applicable) return t(Str::compare_no_ceasefire);
    return h.refining() ? t.format(Str::compare_refining, {{"p", percent(p)}}) : percent(p);
}

}  // namespace

void draw_compare(const PanelView& v, PanelOut& out) {
    const AppState& s = v.state;
    const text::Strings& t = v.t;
    heading(v.fonts.heading, t(Str::compare_heading));
    if (ImGui::Button(label(t, Str::compare_choose_b, "compare_choose_b").c_str()))
        ImGui::OpenPopup("compare_pick");
    out.rect("btn.compare_pick");
    if (ImGui::BeginPopup("compare_pick")) {
        const auto& entries = v.presets.entries();
        // A name longer than the screen is wide wraps (a phone).
        const float menu_w =
            ImGui::GetMainViewport()->WorkSize.x - 4.0f * ImGui::GetStyle().WindowPadding.x;
        for (std::size_t i : v.presets.by_date()) {
            ImGui::PushID(static_cast<int>(i));
            const std::string name = wrap_label(preset_name(t, entries[i]), menu_w);
            if (ImGui::Selectable(name.c_str(), false, 0,
                                  touch_selectable_size(name.c_str(), v.coarse)))
                out.push(cmd::SetComparePreset{i});
            out.rect("compare.pick." + entries[i].file.id);
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(label(t, Str::compare_snapshot, "compare_snapshot").c_str()))
        out.push(cmd::CompareWithCurrent{});
    item_tooltip(t(Str::compare_snapshot_tip));
    ImGui::SameLine();
    if (button(label(t, Str::compare_swap, "compare_swap").c_str(), s.compare.has_value()))
        out.push(cmd::SwapCompare{});
    if (!s.compare || !v.compare_outcome) {
        text_muted_wrapped(t(Str::compare_choose_prompt));
        return;
    }
    const Outcome& a = v.outcome;
    const Outcome& b = *v.compare_outcome;
    if (ImGui::BeginTable("ab", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(t(Str::compare_col_a), ImGuiTableColumnFlags_WidthStretch, 1.4f);
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
        row(t(Str::compare_row_agreement), s.scenario.name, s.compare->name);
        row(t(Str::compare_row_sign), sign_cell(t, a.sign), sign_cell(t, b.sign));
        row(t(Str::compare_row_law), law_cell(t, a.law), law_cell(t, b.law));
        if (a.hold.interim || b.hold.interim)
            row(t(Str::compare_row_term),
                hold_cell(t, a.hold, a.hold.interim ? a.hold.p_term : NAN),
                hold_cell(t, b.hold, b.hold.interim ? b.hold.p_term : NAN));
        if (!(a.hold.interim && b.hold.interim)) {  // two interim deals: their terms only
            row(t(Str::compare_row_1y), hold_cell(t, a.hold, a.hold.p1),
                hold_cell(t, b.hold, b.hold.p1));
            row(t(Str::compare_row_5y), hold_cell(t, a.hold, a.hold.p5),
                hold_cell(t, b.hold, b.hold.p5));
            row(t(Str::compare_row_10y), hold_cell(t, a.hold, a.hold.p10),
                hold_cell(t, b.hold, b.hold.p10));
        }
        ImGui::EndTable();
    }

    charts::SurvivalChartSpec spec;
    spec.t = t;
    spec.band_label = t(Str::compare_band);
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

    heading(v.fonts.strong, t(Str::compare_differences));
    const ScenarioDiff d = diff_scenarios(s.scenario, *s.compare);
    if (d.empty()) text_muted_wrapped(t(Str::compare_same));
    if (v.compare_effects && v.compare_effects->started) {
        draw_compare_effects(v, out);  // each differing clause with its effects
    } else {
        for (const ClauseDifference& c : d.clauses) {
            text("• ");
            ImGui::SameLine(0, 0);
            const Dimension& dim = catalog().at(c.dim);
            text_wrapped(
                t.format(Str::compare_diff_line,
                         {{"dimension", std::string(dimension_label(t, dim))},
                          {"a", std::string(option_label(t, dim, dim.options[c.option_a]))},
                          {"b", std::string(option_label(t, dim, dim.options[c.option_b]))}}));
        }
    }
    for (const LeverDifference& l : d.levers) {
        text("• ");
        ImGui::SameLine(0, 0);
        text_wrapped(t.format(Str::compare_diff_line,
                              {{"dimension", std::string(lever_label(t, lever_info(l.lever)))},
                               {"a", lever_value(t, l.lever, l.value_a)},
                               {"b", lever_value(t, l.lever, l.value_b)}}));
    }
    if (d.lens_differs) {
        text("• ");
        ImGui::SameLine(0, 0);
        text_wrapped(
            t.format(Str::compare_diff_line, {{"dimension", t(Str::compare_lens)},
                                              {"a", std::string(lens_label(t, lens(d.lens_a)))},
                                              {"b", std::string(lens_label(t, lens(d.lens_b)))}}));
    }
    for (const RedLineDifference& r : d.red_lines) {
        text("• ");
        ImGui::SameLine(0, 0);
        text_wrapped(t.format(r.relaxed_a ? Str::compare_relaxed_a : Str::compare_relaxed_b,
                              {{"red_line", text::render(t, red_line_key(red_lines()[r.index]))}}));
    }
    touch_scroll(out);
}

}  // namespace armistice::ui
