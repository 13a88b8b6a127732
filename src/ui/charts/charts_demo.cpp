// charts_demo.cpp — see charts_demo.h.
#include "ui/charts/charts_demo.h"

#include <cmath>
#include <vector>

#include "imgui.h"
#include "ui/charts/bar_chart.h"
#include "ui/charts/line_chart.h"

namespace armistice::ui::charts {
namespace {

// Weibull survival S(t) = exp(-(t/scale)^shape) for months 0..horizon (shape 0.5: hazard falls
// steeply with time, as in ceasefire data).
std::vector<double> weibull(int horizon, double scale, double shape) {
    std::vector<double> v(horizon + 1);
    for (int t = 0; t <= horizon; ++t) v[t] = std::exp(-std::pow(t / scale, shape));
    return v;
}

struct ThemeColors {
    ImVec4 bg, text, text_muted, border;
};

ThemeColors theme_colors(bool dark) {
    if (dark) return {{0.09f, 0.10f, 0.12f, 1}, {0.92f, 0.92f, 0.94f, 1}, {0.6f, 0.6f, 0.65f, 1}, {0.3f, 0.3f, 0.35f, 1}};
    return {{1.0f, 1.0f, 1.0f, 1}, {0.10f, 0.10f, 0.12f, 1}, {0.45f, 0.45f, 0.5f, 1}, {0.8f, 0.8f, 0.82f, 1}};
}

// One column of the demo (both charts) on a background of the given theme.
void draw_theme_column(const char* id, bool dark, int horizon, bool gap, bool compare, float width) {
    const std::vector<double> deal = weibull(horizon, 80.0, 0.5);
    std::vector<double> deal_lo = weibull(horizon, 30.0, 0.5);
    const std::vector<double> deal_hi = weibull(horizon, 260.0, 0.5);
    const std::vector<double> base = weibull(horizon, 9.0, 0.5);
    const std::vector<double> other = weibull(horizon, 160.0, 0.55);
    std::vector<double> deal_gap = deal;
    if (gap) {
        for (int m = horizon / 3; m < horizon / 3 + 6 && m <= horizon; ++m) {
            deal_gap[m] = std::nan("");
            deal_lo[m] = std::nan("");
        }
    }

    SurvivalChartSpec s;
    s.title = "Chance the ceasefire still holds";
    s.horizon_months = horizon;
    SurvivalSeries a;
    a.label = "This deal";
    a.values = deal_gap;
    a.band_lo = deal_lo;
    a.band_hi = deal_hi;
    a.color_slot = 0;
    s.series.push_back(a);
    if (compare) {
        SurvivalSeries b;
        b.label = "Scenario B";
        b.values = other;
        b.color_slot = 1;
        s.series.push_back(b);
    }
    SurvivalSeries c;
    c.label = "No agreement (baseline)";
    c.values = base;
    c.color_slot = 3;
    c.dashed = true;
    s.series.push_back(c);

    MarginChartSpec m;
    m.title = "Will they sign? Margin against each party's alternative";
    m.bars = {{"Ukraine", 14.0, compare ? 6.0 : kNaN, "Red line kept: no recognition"},
              {"Russia", -31.5, compare ? -12.0 : kNaN, "Red line crossed: NATO membership\nCosts most: security guarantee"},
              {"United States", 22.0, compare ? 25.0 : kNaN, ""},
              {"European allies", 3.0, compare ? -4.0 : kNaN, ""},
              {"Party with a very long name that must be shortened", kNaN, kNaN, "No estimate"}};
    m.compare_name = "Scenario B";

    const ThemeColors tc = theme_colors(dark);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, tc.bg);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, tc.bg);
    ImGui::PushStyleColor(ImGuiCol_Text, tc.text);
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, tc.text_muted);
    ImGui::PushStyleColor(ImGuiCol_Border, tc.border);
    ImGui::PushStyleColor(ImGuiCol_PopupBg, tc.bg);  // tooltips inherit the pushed text colour
    const float font = ImGui::GetFontSize();
    const float height = font * 17.0f + margin_chart_height(m, width - ImGui::GetStyle().WindowPadding.x * 2.0f) + font * 2.0f;
    if (ImGui::BeginChild(id, ImVec2(width, height), ImGuiChildFlags_Border)) {
        draw_survival_chart("survival", s, ImVec2(0.0f, font * 17.0f));
        ImGui::Spacing();
        draw_margin_chart("margins", m, ImVec2(0.0f, 0.0f));
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(6);
}

void draw_edge_cases() {
    const float font = ImGui::GetFontSize();
    SurvivalChartSpec empty;
    empty.title = "Empty spec";
    draw_survival_chart("empty", empty, ImVec2(font * 16.0f, font * 9.0f));
    ImGui::SameLine();
    SurvivalChartSpec all_nan;
    const std::vector<double> nans(25, std::nan(""));
    SurvivalSeries n;
    n.label = "All NaN";
    n.values = nans;
    all_nan.series.push_back(n);
    all_nan.horizon_months = 24;
    draw_survival_chart("nan", all_nan, ImVec2(font * 16.0f, font * 9.0f));
    ImGui::SameLine();
    SurvivalChartSpec tiny;
    tiny.title = "Tiny";
    const std::vector<double> v = weibull(12, 20.0, 0.5);
    SurvivalSeries t;
    t.label = "x";
    t.values = v;
    tiny.series.push_back(t);
    draw_survival_chart("tiny", tiny, ImVec2(30.0f, 20.0f));
    ImGui::SameLine();
    draw_survival_chart("one_px", tiny, ImVec2(1.0f, 1.0f));
    ImGui::SameLine();
    MarginChartSpec no_bars;
    no_bars.title = "No bars";
    draw_margin_chart("no_bars", no_bars, ImVec2(font * 16.0f, font * 9.0f));
}

}  // namespace

void draw_charts_demo() {
    ImGui::SetNextWindowSize(ImVec2(1100.0f, 760.0f), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Charts demo")) {
        ImGui::End();
        return;
    }
    ImGuiStorage* store = ImGui::GetStateStorage();
    int* horizon = store->GetIntRef(ImGui::GetID("horizon"), 120);
    bool* gap = store->GetBoolRef(ImGui::GetID("gap"), false);
    bool* compare = store->GetBoolRef(ImGui::GetID("compare"), true);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    ImGui::SliderInt("Horizon (months)", horizon, 12, 240);
    ImGui::SameLine();
    ImGui::Checkbox("NaN gap", gap);
    ImGui::SameLine();
    ImGui::Checkbox("Compare overlay", compare);

    const float avail = ImGui::GetContentRegionAvail().x;
    const float col = (avail - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    draw_theme_column("light", false, *horizon, *gap, *compare, col);
    ImGui::SameLine();
    draw_theme_column("dark", true, *horizon, *gap, *compare, col);
    ImGui::SeparatorText("Edge cases");
    draw_edge_cases();
    ImGui::End();
}

}  // namespace armistice::ui::charts
