// panel_hold.cpp — "Will it hold?": survival curve with its band and the bare-ceasefire
// baseline, probabilities at 1/5/10 years (an interim deal: over its own term only, with the
// chart's axis in days of the term), causes of breakdown, the compliance ledger and the
// sensitivity ranking, and the basis of the estimate (deterrence score, whether Russia would
// sign the terms). Every figure is labelled a model estimate, not a forecast.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "text/message_text.h"
#include "ui/charts/line_chart.h"
#include "ui/hold_chart.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

namespace {

// One figure under its label. Tiles sit side by side while they fit the card's width and wrap
// to the next line otherwise, so no label is ever clipped (a 1366x768 window, a phone).
void tile(const Fonts& fonts, const char* label, const std::string& value, bool first) {
    constexpr float kGap = 28.0f;  // logical pixels between tiles
    float w = ImGui::CalcTextSize(label).x;
    if (fonts.heading)
        w = std::max(
            w,
            fonts.heading->CalcTextSizeA(fonts.heading->FontSize, FLT_MAX, 0.0f, value.c_str()).x);
    if (!first) {
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        if (ImGui::GetItemRectMax().x + kGap + w <= right) ImGui::SameLine(0.0f, kGap);
    }
    ImGui::BeginGroup();
    text_colored(color_muted(), label);
    heading(fonts.heading, value);
    ImGui::EndGroup();
}

void prob_tile(const Fonts& fonts, const char* label, double p, bool first) {
    tile(fonts, label, percent(p), first);
}

}  // namespace

void draw_hold_card(const PanelView& v, PanelOut& out) {
    const HoldOutcome& h = v.outcome.hold;
    const text::Strings& t = v.t;
    if (!h.available) {
        text_muted_wrapped(text::render(t, h.status));
        return;
    }
    if (!h.applicable) {
        text_wrapped(text::render(t, h.status));
        return;
    }
    if (h.interim) {
        // An interim or partial deal is judged over its own term: no 1/5/10-year figures.
        const std::string term = t.format(Str::hold_holds_term, {{"term", h.term_label(t)}});
        prob_tile(v.fonts, term.c_str(), h.p_term, true);
        out.rect("hold.tile.term");
        prob_tile(v.fonts, t(Str::hold_extended), h.p_extended, false);
        out.rect("hold.tile.extended");
        char n[32];
        std::snprintf(n, sizeof n, "%.0f", h.violations_per_week);
        tile(v.fonts, t(Str::hold_violations_week), n, false);
        out.rect("hold.tile.violations");
    } else {
        prob_tile(v.fonts, t(Str::hold_p1), h.p1, true);
        prob_tile(v.fonts, t(Str::hold_p5), h.p5, false);
        prob_tile(v.fonts, t(Str::hold_p10), h.p10, false);
    }
    if (h.refining()) {
        text_colored(color_warn(),
                     t.format(Str::hold_refining, {{"done", std::to_string(h.runs_done)},
                                                   {"target", std::to_string(h.runs_target)}}));
    } else {
        text_muted_wrapped(t.format(Str::hold_runs, {{"n", std::to_string(h.runs_done)}}));
    }
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", h.deterrence);
    text_muted_wrapped(t.format(Str::hold_deterrence, {{"score", score}}) + " " +
                       t(h.consent ? Str::hold_consent : Str::hold_imposed));

    charts::SurvivalChartSpec spec =
        hold_chart_spec(t, h, t(v.compare_outcome ? Str::hold_series_a : Str::hold_series_this));
    spec.t = t;
    if (v.compare_outcome && v.compare_outcome->hold.available &&
        v.compare_outcome->hold.applicable) {
        charts::SurvivalSeries c;
        c.label = t.format(Str::hold_series_b, {{"name", v.state.compare_label}});
        c.values = v.compare_outcome->hold.survival;
        c.color_slot = 2;
        spec.series.push_back(c);
    }
    float height = v.narrow ? 240.0f : 260.0f;  // logical px
    // On a phone the whole chart, x-axis included, fits the column's visible height (a phone
    // held sideways shows ~140 px under the top bar).
    if (v.phone)
        height = std::clamp(ImGui::GetWindowHeight() - 2.0f * ImGui::GetStyle().WindowPadding.y,
                            100.0f, height);
    charts::draw_survival_chart("survival", spec, ImVec2(-1.0f, height));
    out.rect("chart.survival");

    const ImGuiTreeNodeFlags touch = touch_tree_flags(v.coarse);
    const bool causes_open = ImGui::TreeNodeEx(label(t, Str::hold_causes, "causes").c_str(),
                                               ImGuiTreeNodeFlags_DefaultOpen | touch);
    out.rect("hold.causes");
    if (causes_open) {
        for (const Share& c : h.causes) {
            text(percent(c.value) + "  ");
            ImGui::SameLine(0, 0);
            text_wrapped(text::render(t, c.label));
        }
        text_muted_wrapped(t(Str::hold_causes_note));
        ImGui::TreePop();
    }
    const bool ledger_open = ImGui::TreeNodeEx(label(t, Str::hold_ledger, "ledger").c_str(), touch);
    out.rect("hold.ledger");
    if (ledger_open) {
        // A four-column table cuts its headers on a phone: there, one obligation per entry.
        if (v.phone) {
            ImGui::BeginGroup();
            for (const LedgerLine& l : h.ledger) {
                text_wrapped(text::render(t, l.label));
                char n[32];
                std::snprintf(n, sizeof n, "%.1f", l.violations_per_year);
                text_muted_wrapped(
                    t.format(Str::hold_ledger_line, {{"violations", n},
                                                     {"detected", percent(l.detected)},
                                                     {"answered", percent(l.answered)}}));
            }
            ImGui::EndGroup();
            out.rect("hold.ledger.list");
        } else if (ImGui::BeginTable("ledger", 4,
                                     ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn(t(Str::hold_col_obligation), ImGuiTableColumnFlags_WidthStretch,
                                    3.0f);
            ImGui::TableSetupColumn(t(Str::hold_col_violations), ImGuiTableColumnFlags_WidthStretch,
                                    1.2f);
            ImGui::TableSetupColumn(t(Str::hold_col_detected), ImGuiTableColumnFlags_WidthStretch,
                                    1.0f);
            ImGui::TableSetupColumn(t(Str::hold_col_answered), ImGuiTableColumnFlags_WidthStretch,
                                    1.0f);
            ImGui::TableHeadersRow();
            for (const LedgerLine& l : h.ledger) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                text_wrapped(text::render(t, l.label));
                ImGui::TableSetColumnIndex(1);
                ImGui::Text("%.1f", l.violations_per_year);
                ImGui::TableSetColumnIndex(2);
                text(percent(l.detected));
                ImGui::TableSetColumnIndex(3);
                text(percent(l.answered));
            }
            ImGui::EndTable();
            out.rect("hold.ledger.table");
        }
        ImGui::TreePop();
    }
    const bool odds_open =
        ImGui::TreeNodeEx(label(t, Str::hold_sensitivity, "sensitivity").c_str(), touch);
    out.rect("hold.sensitivity");
    if (odds_open) {
        if (!h.sensitivity_ready) {
            text_muted_wrapped(t(Str::hold_sensitivity_wait));
        } else if (h.sensitivity.empty()) {
            text_muted_wrapped(t(Str::hold_sensitivity_none));
        }
        for (const Share& s : h.sensitivity) {
            char d[32];
            std::snprintf(d, sizeof d, "%+.0f", s.value * 100.0);
            text_colored(s.value >= 0 ? color_good() : color_bad(),
                         t.format(Str::hold_pp, {{"value", d}}) + "  ");
            ImGui::SameLine(0, 0);
            text_wrapped(text::render(t, s.label));
        }
        if (h.sensitivity_ready && !h.sensitivity.empty())
            text_muted_wrapped(t.format(
                Str::hold_pp_note,
                {{"term", h.interim ? h.term_label(t) : std::string(t(Str::hold_five_years))}}));
        ImGui::TreePop();
    }
    ImGui::Spacing();
    heading(v.fonts.strong, t(Str::hold_best_heading));
    if (v.state.educator.suggestions_hidden) {
        text_muted_wrapped(t(Str::sign_suggestion_hidden));
    } else if (!h.best_ready) {
        text_muted_wrapped(t(Str::hold_searching));
        if (!h.best_progress.empty()) text_muted_wrapped(h.best_progress);
    } else {
        if (h.best) {
            const std::string apply = apply_label(t, h.best_changes) + "###best";
            if (button(apply.c_str())) out.push(cmd::ApplyScenario{*h.best});
            out.rect("btn.best");
            item_tooltip(t(Str::sign_apply_tip));
        }
        text_wrapped(h.best_summary);
        text_muted_wrapped(t(Str::hold_best_note));
    }
}

}  // namespace armistice::ui
