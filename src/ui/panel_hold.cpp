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

#include "ui/charts/line_chart.h"
#include "ui/hold_chart.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

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
    if (!h.available) {
        text_muted_wrapped(h.status);
        return;
    }
    if (!h.applicable) {
        text_wrapped(h.status);
        return;
    }
    if (h.interim) {
        // An interim or partial deal is judged over its own term: no 1/5/10-year figures.
        const std::string term = "Holds " + h.term_label(v.t);
        prob_tile(v.fonts, term.c_str(), h.p_term, true);
        out.rect("hold.tile.term");
        prob_tile(v.fonts, "Extended into a lasting ceasefire", h.p_extended, false);
        out.rect("hold.tile.extended");
        char n[32];
        std::snprintf(n, sizeof n, "%.0f", h.violations_per_week);
        tile(v.fonts, "Violations per week", n, false);
        out.rect("hold.tile.violations");
    } else {
        prob_tile(v.fonts, "Holds 1 year", h.p1, true);
        prob_tile(v.fonts, "Holds 5 years", h.p5, false);
        prob_tile(v.fonts, "Holds 10 years", h.p10, false);
    }
    char runs[128];
    if (h.refining()) {
        std::snprintf(runs, sizeof runs, "Refining the estimate… %u of %u simulated runs",
                      h.runs_done, h.runs_target);
        text_colored(color_warn(), runs);
    } else {
        std::snprintf(runs, sizeof runs, "Model estimate from %u simulated runs — exploratory, "
                      "not a forecast.", h.runs_done);
        text_muted_wrapped(runs);
    }
    char basis[320];
    std::snprintf(basis, sizeof basis,
                  "Deterrence %.2f of 1 (how automatic the guarantor's response is, its forces on the "
                  "ground, a nuclear commitment). %s",
                  h.deterrence,
                  h.consent ? "Russia would sign these terms: consent benefit applies."
                            : "Russia would not sign these terms: treated as imposed, so monitors and "
                              "joint bodies lose their effect and a thin deterrent raises the risk of "
                              "a deliberate offensive.");
    text_muted_wrapped(basis);

    charts::SurvivalChartSpec spec =
        hold_chart_spec(v.t, h, v.compare_outcome ? "A: this agreement" : "This agreement");
    if (v.compare_outcome && v.compare_outcome->hold.available &&
        v.compare_outcome->hold.applicable) {
        charts::SurvivalSeries c;
        c.label = "B: " + v.state.compare_label;
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

    if (ImGui::TreeNodeEx("Why it breaks down", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const Share& c : h.causes) {
            text(percent(c.value) + "  ");
            ImGui::SameLine(0, 0);
            text_wrapped(c.label);
        }
        text_muted_wrapped("Shares of the simulated breakdowns.");
        ImGui::TreePop();
    }
    if (ImGui::TreeNodeEx("Compliance ledger: which obligations fail")) {
        // A four-column table cuts its headers on a phone: there, one obligation per entry.
        if (v.phone) {
            for (const LedgerLine& l : h.ledger) {
                text_wrapped(l.label);
                char line[160];
                std::snprintf(line, sizeof line,
                              "%.1f violations a year · detected %s · answered %s",
                              l.violations_per_year, percent(l.detected).c_str(),
                              percent(l.answered).c_str());
                text_muted_wrapped(line);
            }
        } else if (ImGui::BeginTable("ledger", 4,
                                     ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Obligation", ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn("Violations / yr", ImGuiTableColumnFlags_WidthStretch, 1.2f);
            ImGui::TableSetupColumn("Detected", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableHeadersRow();
            for (const LedgerLine& l : h.ledger) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                text_wrapped(l.label);
                ImGui::TableSetColumnIndex(1);
                ImGui::Text("%.1f", l.violations_per_year);
                ImGui::TableSetColumnIndex(2);
                text(percent(l.detected));
                ImGui::TableSetColumnIndex(3);
                text(percent(l.answered));
            }
            ImGui::EndTable();
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNodeEx("What would change the odds most")) {
        if (!h.sensitivity_ready) {
            text_muted_wrapped("Computed once the main estimate is complete…");
        } else if (h.sensitivity.empty()) {
            text_muted_wrapped("No single change moves the estimate noticeably.");
        }
        for (const Share& s : h.sensitivity) {
            char d[32];
            std::snprintf(d, sizeof d, "%+.0f pp  ", s.value * 100.0);
            text_colored(s.value >= 0 ? color_good() : color_bad(), d);
            ImGui::SameLine(0, 0);
            text_wrapped(s.label);
        }
        if (h.sensitivity_ready && !h.sensitivity.empty())
            text_muted_wrapped("pp: change in the chance of holding " +
                               (h.interim ? h.term_label(v.t) : std::string("5 years")) +
                               ", in percentage points (from 40 % to 45 % is +5 pp), one change "
                               "at a time.");
        ImGui::TreePop();
    }
    ImGui::Spacing();
    heading(v.fonts.strong, "Most durable acceptable deal");
    if (v.state.educator.suggestions_hidden) {
        text_muted_wrapped(
            "Hidden for this assignment: your teacher would like you to find it yourself.");
    } else if (!h.best_ready) {
        text_muted_wrapped("Searching the agreements all four parties accept…");
        if (!h.best_progress.empty()) text_muted_wrapped(h.best_progress);
    } else {
        if (h.best) {
            char label[96];
            std::snprintf(label, sizeof label, "Apply it (%d change%s)", h.best_changes, h.best_changes == 1 ? "" : "s");
            if (button(label)) out.push(cmd::ApplyScenario{*h.best});
            out.rect("btn.best");
            item_tooltip("Changes only the clauses listed below. Undo (Ctrl+Z) brings your draft back.");
        }
        text_wrapped(h.best_summary);
        text_muted_wrapped("Among the agreements all four accept, the one the model expects to hold longest "
                           "(hill-climbing from the closest one, same random numbers for every candidate). "
                           "Exploratory, not a forecast.");
    }
}

}  // namespace armistice::ui
