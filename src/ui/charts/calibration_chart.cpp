// calibration_chart.cpp — see calibration_chart.h.
#include "ui/charts/calibration_chart.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/charts/draw_utils.h"
#include "ui/charts/palette.h"
#include "ui/widgets.h"

namespace armistice::ui::charts {

namespace {

constexpr text::Str kTercileNames[] = {text::Str::chart_tercile_low, text::Str::chart_tercile_mid,
                                       text::Str::chart_tercile_high};

}  // namespace

float calibration_chart_height() {
    const float line = ImGui::GetTextLineHeightWithSpacing();
    return line * 11.0f;  // plot (7 lines), values, two caption lines, legend
}

void draw_calibration_chart(const char* id, const std::vector<CalibrationPoint>& bins, float width,
                            const text::Strings& t) {
    const float w = width > 0.0f ? width : std::max(1.0f, ImGui::GetContentRegionAvail().x);
    const float h = calibration_chart_height();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ChartColors colors = current_chart_colors();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float axis_w = text_width("100%") + 8.0f;
    const float x0 = origin.x + axis_w;
    const float x1 = origin.x + w;
    const float y_top = origin.y + line;  // room for the value above a 100 % bar
    const float y_base = origin.y + line * 8.0f;
    const auto y_of = [&](double share) {
        const double s = std::clamp(share, 0.0, 1.0);
        return y_base - static_cast<float>(s) * (y_base - y_top);
    };
    for (int g = 0; g <= 4; ++g) {
        const double s = g / 4.0;
        const float y = y_of(s);
        dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), to_u32(g == 0 ? colors.axis : colors.grid), 1.0f);
        const std::string lbl = percent(s);
        add_text(dl, ImVec2(x0 - 4.0f - text_width(lbl), y - ImGui::GetFontSize() * 0.5f),
                 to_u32(colors.muted_text), lbl);
    }
    const Rgb pred_col = series_color(colors, 0);
    const Rgb obs_col = series_color(colors, 1);
    const int n = static_cast<int>(std::min<std::size_t>(bins.size(), 3));
    const float group_w = n > 0 ? (x1 - x0) / static_cast<float>(n) : 0.0f;
    const float bar_w = std::max(1.0f, group_w * 0.28f);
    for (int i = 0; i < n; ++i) {
        const float gx = x0 + group_w * static_cast<float>(i);
        const float cx = gx + group_w * 0.5f;
        const double values[2] = {bins[i].predicted, bins[i].observed};
        const Rgb cols[2] = {pred_col, obs_col};
        for (int k = 0; k < 2; ++k) {
            const float bx0 = k == 0 ? cx - bar_w - 2.0f : cx + 2.0f;
            const std::string val = percent(values[k]);
            if (std::isfinite(values[k])) {
                const float y = y_of(values[k]);
                dl->AddRectFilled(ImVec2(bx0, y), ImVec2(bx0 + bar_w, y_base), to_u32(cols[k]));
                add_text(dl, ImVec2(bx0 + (bar_w - text_width(val)) * 0.5f, y - line),
                         to_u32(colors.text), val);
            } else {
                add_text(dl, ImVec2(bx0, y_base - line), to_u32(colors.muted_text), val);
            }
        }
        const std::string name = fit_text(t(kTercileNames[i]), group_w - 4.0f);
        add_text(dl, ImVec2(cx - text_width(name) * 0.5f, y_base + 4.0f), to_u32(colors.text),
                 name);
        const std::string count = fit_text(
            t.format(t.plural(static_cast<long long>(bins[i].cases), text::Str::chart_cases_one,
                              text::Str::chart_cases_few, text::Str::chart_cases_many),
                     {{"n", std::to_string(bins[i].cases)}}),
            group_w - 4.0f);
        add_text(dl, ImVec2(cx - text_width(count) * 0.5f, y_base + 4.0f + line),
                 to_u32(colors.muted_text), count);
    }
    // Legend: two swatches with their meaning.
    const float ly = y_base + 4.0f + line * 2.2f;
    float lx = x0;
    const float sw = ImGui::GetFontSize() * 0.8f;
    const char* legend[2] = {t(text::Str::chart_legend_predicted),
                             t(text::Str::chart_legend_observed)};
    const Rgb legend_cols[2] = {pred_col, obs_col};
    for (int k = 0; k < 2; ++k) {
        dl->AddRectFilled(ImVec2(lx, ly + 2.0f), ImVec2(lx + sw, ly + 2.0f + sw),
                          to_u32(legend_cols[k]));
        add_text(dl, ImVec2(lx + sw + 4.0f, ly), to_u32(colors.text), legend[k]);
        lx += sw + 4.0f + text_width(legend[k]) + 16.0f;
    }
}

}  // namespace armistice::ui::charts
