// line_chart.cpp — see line_chart.h.
#include "ui/charts/line_chart.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/charts/axis_ticks.h"
#include "ui/charts/chart_geometry.h"
#include "ui/charts/draw_utils.h"
#include "ui/charts/readout.h"
#include "ui/charts/value_format.h"

namespace armistice::ui::charts {
namespace {

// [SECTION] Legend layout
struct LegendItem {
    std::string text;
    Rgb color;
    bool dashed = false;
    bool band = false;  // draw a band swatch (filled box) instead of a line
    ImVec2 pos;         // top-left, filled by layout_legend
};

// Positions items left to right, wrapping at `width`; returns the legend height (0 if empty).
float layout_legend(std::vector<LegendItem>& items, ImVec2 origin, float width, float font) {
    if (items.empty()) return 0.0f;
    const float swatch = font * 1.6f, gap = font * 0.35f, spacing = font * 1.1f;
    const float line_h = font * 1.3f;
    float x = 0.0f, y = 0.0f;
    for (LegendItem& it : items) {
        const float w = swatch + gap + text_width(it.text);
        if (x > 0.0f && x + w > width) {
            x = 0.0f;
            y += line_h;
        }
        it.pos = {origin.x + x, origin.y + y};
        x += w + spacing;
    }
    return y + line_h;
}

void draw_legend(ImDrawList* dl, const std::vector<LegendItem>& items, const ChartColors& colors,
                 float font, float band_alpha) {
    const float swatch = font * 1.6f, gap = font * 0.35f;
    for (const LegendItem& it : items) {
        const float mid = it.pos.y + font * 0.5f;
        if (it.band) {
            dl->AddRectFilled({it.pos.x, mid - font * 0.35f}, {it.pos.x + swatch, mid + font * 0.35f},
                              to_u32(it.color, static_cast<int>(band_alpha)));
        } else {
            const std::vector<ImVec2> pts = {{it.pos.x, mid}, {it.pos.x + swatch, mid}};
            add_polyline(dl, pts, to_u32(it.color), 2.0f, it.dashed ? font * 0.35f : 0.0f);
        }
        add_text(dl, {it.pos.x + swatch + gap, it.pos.y}, to_u32(colors.text), it.text);
    }
}

Rgb color_of(const SurvivalSeries& s, const ChartColors& colors) {
    if (s.color) return ensure_contrast(*s.color, colors.background, colors.text, kMinGraphicContrast);
    return series_color(colors, s.color_slot);
}

// Screen points of one sequence (values clamped to 0..1, NaN kept as a NaN point) for months
// 0..min(count-1, horizon).
std::vector<ImVec2> to_points(ValuesView v, int horizon, const LinearMap& xm, const LinearMap& ym) {
    std::vector<ImVec2> pts;
    const int n = std::min(v.count, horizon + 1);
    pts.reserve(std::max(n, 0));
    for (int i = 0; i < n; ++i) {
        const double value = v.at(i);
        if (std::isfinite(value)) {
            pts.push_back({xm.to_px(i), ym.to_px(std::clamp(value, 0.0, 1.0))});
        } else {
            pts.push_back({std::nanf(""), std::nanf("")});
        }
    }
    return pts;
}

// [SECTION] Axes and gridlines
void draw_axes(ImDrawList* dl, const Rect& plot, const Rect& canvas, const TickSet& yt,
               const TickSet& xt, double months_per_tick_unit, bool days, const LinearMap& xm,
               const LinearMap& ym, const ChartColors& colors, float font, const text::Strings& t) {
    const ImU32 grid = to_u32(colors.grid);
    const ImU32 label = to_u32(colors.muted_text);
    for (double v : yt.values) {
        const float y = std::round(ym.to_px(v)) + 0.5f;
        dl->AddLine({plot.x0, y}, {plot.x1, y}, v == 0.0 ? to_u32(colors.axis) : grid, 1.0f);
        const std::string text = format_percent(v, decimals_for_step(yt.step * 100.0));
        add_text(dl, {plot.x0 - font * 0.5f - text_width(text), y - font * 0.5f}, label, text);
    }
    for (double v : xt.values) {
        const float x = std::round(xm.to_px(v * months_per_tick_unit)) + 0.5f;
        if (v != 0.0) dl->AddLine({x, plot.y0}, {x, plot.y1}, grid, 1.0f);
        dl->AddLine({x, plot.y1}, {x, plot.y1 + font * 0.3f}, to_u32(colors.axis), 1.0f);
        const std::string text = days ? format_day_tick(v, t) : format_month_tick(v, t);
        const float w = text_width(text);
        const float tx = std::clamp(x - w * 0.5f, canvas.x0, std::max(canvas.x0, canvas.x1 - w));
        add_text(dl, {tx, plot.y1 + font * 0.35f}, label, text);
    }
}

// [SECTION] Hover
void draw_hover(ImDrawList* dl, const SurvivalChartSpec& spec, int month, const Rect& plot,
                const LinearMap& xm, const LinearMap& ym, const ChartColors& colors,
                const std::vector<Rgb>& series_colors) {
    const float x = std::round(xm.to_px(month)) + 0.5f;
    dl->AddLine({x, plot.y0}, {x, plot.y1}, to_u32(colors.cursor), 1.0f);
    std::vector<ImU32> swatches;
    for (size_t i = 0; i < spec.series.size(); ++i) {
        const double v = spec.series[i].values.at(month);
        swatches.push_back(to_u32(series_colors[i]));
        if (!std::isfinite(v)) continue;
        const ImVec2 p = {x, ym.to_px(std::clamp(v, 0.0, 1.0))};
        dl->AddCircleFilled(p, 4.5f, to_u32(colors.background));
        dl->AddCircleFilled(p, 3.0f, swatches.back());
    }
    ImGui::BeginTooltip();
    tooltip_lines(survival_time_header(spec, month), survival_readout_lines(spec, month), swatches);
    ImGui::EndTooltip();
}

}  // namespace

bool draw_survival_chart(const char* id, const SurvivalChartSpec& spec, ImVec2 size,
                         ChartHover* hover) {
    ImGui::PushID(id);
    const float font = ImGui::GetFontSize();
    if (!(size.x > 0.0f)) size.x = ImGui::GetContentRegionAvail().x;
    if (!(size.y > 0.0f)) size.y = font * 16.0f;
    size.x = std::max(size.x, 1.0f);
    size.y = std::max(size.y, 1.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##survival", size);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();  // touch drag keeps the read-out alive
    const bool keyboard_focus = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
    ChartHover result;
    result.hovered = hovered;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Rect canvas = {origin.x, origin.y, origin.x + size.x, origin.y + size.y};
    dl->PushClipRect({canvas.x0, canvas.y0}, {canvas.x1, canvas.y1}, true);
    const ChartColors colors = current_chart_colors();
    const float band_alpha = colors.dark ? 80.0f : 60.0f;
    const int horizon = survival_horizon(spec);

    std::vector<Rgb> series_colors;
    std::vector<LegendItem> legend;
    bool any_band = false;
    for (const SurvivalSeries& s : spec.series) {
        series_colors.push_back(color_of(s, colors));
        any_band = any_band || (!s.band_lo.empty() && !s.band_hi.empty());
        if (spec.show_legend) {
            legend.push_back({s.label, series_colors.back(), s.dashed, false, {}});
        }
    }
    if (spec.show_legend && any_band) {
        legend.push_back({spec.t.format(text::Str::chart_shaded, {{"band", spec.band_label}}),
                          colors.muted_text,
                          false,
                          true,
                          {}});
    }

    // Layout: the legend is placed first to learn its height, then the plot gets the rest.
    const float title_h = spec.title.empty() ? 0.0f : font * 1.25f;
    const float legend_h =
        layout_legend(legend, {canvas.x0, canvas.y0 + title_h + (title_h > 0 ? font * 0.25f : 0)},
                      size.x, font);
    const float plot_h_guess = size.y - title_h - legend_h - font * 2.5f;
    const TickSet yt = nice_ticks(0.0, 1.0, std::clamp(static_cast<int>(plot_h_guess / (font * 1.5f)), 2, 6));
    LineLayoutInput in;
    in.canvas = canvas;
    in.font_size = font;
    in.title_height = title_h;
    in.legend_height = legend_h;
    in.y_label_width = text_width(format_percent(1.0, decimals_for_step(yt.step * 100.0)));
    const LineLayout lay = layout_line_chart(in);

    if (!spec.title.empty()) {
        add_text(dl, {lay.title.x0, lay.title.y0}, to_u32(colors.text),
                 fit_text(spec.title, size.x));
    }
    if (lay.plot_visible) {
        draw_legend(dl, legend, colors, font, band_alpha);
        const Rect& plot = lay.plot;
        const LinearMap xm{0.0, static_cast<double>(horizon), plot.x0, plot.x1};
        const LinearMap ym{0.0, 1.0, plot.y1, plot.y0};
        const int max_x_ticks = static_cast<int>(
            plot.width() / (text_width(format_month_tick(18, spec.t)) + font * 1.5f));
        // An interim deal's axis reads in days of its term (chart_specs.h term_days).
        const bool days = spec.term_days > 0;
        const TickSet xt = days ? day_ticks(spec.term_days, std::max(2, max_x_ticks))
                                : month_ticks(horizon, std::max(2, max_x_ticks));
        const double per_unit = days ? static_cast<double>(horizon) / spec.term_days : 1.0;
        draw_axes(dl, plot, canvas, yt, xt, per_unit, days, xm, ym, colors, font, spec.t);
        for (int m : spec.marker_months) {
            if (m > 0 && m <= horizon) {
                add_dotted_vline(dl, std::round(xm.to_px(m)) + 0.5f, plot.y0, plot.y1,
                                 to_u32(colors.axis, 150), 1.0f);
            }
        }
        // Bands first (all of them), so no band ever covers another series' line.
        for (size_t i = 0; i < spec.series.size(); ++i) {
            const SurvivalSeries& s = spec.series[i];
            if (s.band_lo.empty() || s.band_hi.empty()) continue;
            add_band(dl, to_points(s.band_lo, horizon, xm, ym), to_points(s.band_hi, horizon, xm, ym),
                     to_u32(series_colors[i], static_cast<int>(band_alpha)));
        }
        for (size_t i = 0; i < spec.series.size(); ++i) {
            const SurvivalSeries& s = spec.series[i];
            add_polyline(dl, to_points(s.values, horizon, xm, ym), to_u32(series_colors[i]), 2.0f,
                         s.dashed ? 6.0f : 0.0f);
        }
        if (spec.series.empty()) {
            const char* msg = spec.t(text::Str::chart_no_data_yet);
            add_text(dl, {plot.x0 + (plot.width() - text_width(msg)) * 0.5f,
                          plot.y0 + (plot.height() - font) * 0.5f},
                     to_u32(colors.muted_text), msg);
        }
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const bool in_plot_x = mouse.x >= plot.x0 - 6.0f && mouse.x <= plot.x1 + 6.0f;
        if (((hovered && in_plot_x) || active) && !spec.series.empty() &&
            std::isfinite(mouse.x)) {
            result.month = nearest_index(mouse.x, xm, horizon + 1);
            draw_hover(dl, spec, result.month, plot, xm, ym, colors, series_colors);
        }
    } else if (!spec.title.empty() || size.y < font) {
        // Too small for a plot: the title (if any) is all we can show.
    } else {
        add_text(dl, {canvas.x0, canvas.y0}, to_u32(colors.muted_text),
                 fit_text(spec.t(text::Str::chart_too_small), size.x));
    }
    dl->PopClipRect();

    if (keyboard_focus && !hovered) {
        focus_description_tooltip(describe_survival_chart(spec), font);
    }
    ImGui::PopID();
    if (hover != nullptr) *hover = result;
    return hovered;
}

}  // namespace armistice::ui::charts
