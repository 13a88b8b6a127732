// bar_chart.cpp — see bar_chart.h.
#include "ui/charts/bar_chart.h"

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

bool any_compare(const MarginChartSpec& spec) {
    for (const MarginBar& b : spec.bars) {
        if (std::isfinite(b.compare)) return true;
    }
    return false;
}

// Below this canvas width labels go above their bars (stacked) instead of in a left column.
float stacked_below(float font) { return font * 24.0f; }

float row_height(float font, bool stacked) { return stacked ? font * 2.9f : font * 1.9f; }

void draw_diamond(ImDrawList* dl, ImVec2 c, float r, ImU32 fill, ImU32 outline) {
    dl->AddQuadFilled({c.x, c.y - r - 1.5f}, {c.x + r + 1.5f, c.y}, {c.x, c.y + r + 1.5f},
                      {c.x - r - 1.5f, c.y}, outline);
    dl->AddQuadFilled({c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}, fill);
}

struct BarGeometry {
    Rect plot;        // the bar area (between label column and right margin), all rows
    float row_h = 0;  // height of one row
    float label_h = 0;  // stacked layout: height of the label line above each bar, else 0
    LinearMap xm;     // value -> x
    TickSet ticks;
};

// [SECTION] One row
void draw_row(ImDrawList* dl, const MarginChartSpec& spec, int i, const BarGeometry& g,
              const Rect& canvas, float label_w, const ChartColors& colors, float font,
              bool highlighted) {
    const MarginBar& b = spec.bars[i];
    const float top = g.plot.y0 + g.row_h * i;
    const float mid = top + g.label_h + (g.row_h - g.label_h) * 0.5f;
    if (highlighted) {
        dl->AddRectFilled({canvas.x0, top}, {canvas.x1, top + g.row_h}, to_u32(colors.grid, 140));
    }
    if (g.label_h > 0.0f) {
        add_text(dl, {canvas.x0, top + font * 0.2f}, to_u32(colors.text),
                 fit_text(b.label, canvas.width()));
    } else {
        add_text(dl, {canvas.x0, mid - font * 0.5f}, to_u32(colors.text),
                 fit_text(b.label, label_w - font * 0.5f));
    }

    const float x0 = g.xm.to_px(0.0);
    const float half = std::min(g.row_h * 0.32f, font * 0.6f);
    if (!std::isfinite(b.value)) {
        add_text(dl, {x0 + font * 0.4f, mid - font * 0.5f}, to_u32(colors.muted_text), kMissingValue);
    } else {
        const double extent = g.ticks.last;
        const double shown = std::clamp(b.value, -extent, extent);
        const float x1 = g.xm.to_px(shown);
        const Rgb fill = b.value < 0.0 ? colors.negative : colors.positive;
        dl->AddRectFilled({std::min(x0, x1), mid - half}, {std::max(x0, x1), mid + half},
                          to_u32(fill), 2.0f);
        if (shown != b.value) {  // off-scale: a small arrow-head says "continues"
            const float dir = b.value < 0.0 ? -1.0f : 1.0f;
            dl->AddTriangleFilled({x1, mid - half}, {x1, mid + half}, {x1 + dir * half, mid},
                                  to_u32(fill));
        }
        // Value text just beyond the bar end, or beyond the compare marker if that sits there.
        float anchor = x1;
        if (std::isfinite(b.compare)) {
            const float cx = g.xm.to_px(std::clamp(b.compare, -extent, extent));
            const float r = font * 0.3f + 1.5f;
            if (b.value < 0.0 && cx <= x1 + r) anchor = std::min(anchor, cx - r);
            if (b.value >= 0.0 && cx >= x1 - r) anchor = std::max(anchor, cx + r);
        }
        const std::string text = format_signed(b.value, spec.decimals, "");
        const float w = text_width(text);
        const float pad = font * 0.35f + (shown != b.value ? half : 0.0f);
        const float tx = b.value < 0.0 ? anchor - pad - w : anchor + pad;
        add_text(dl, {tx, mid - font * 0.5f}, to_u32(colors.text), text);
    }
    if (std::isfinite(b.compare)) {
        const float cx = g.xm.to_px(std::clamp(b.compare, -g.ticks.last, g.ticks.last));
        dl->AddLine({cx, mid - half - 3.0f}, {cx, mid + half + 3.0f}, to_u32(colors.compare), 1.5f);
        draw_diamond(dl, {cx, mid}, font * 0.3f, to_u32(colors.compare), to_u32(colors.background));
    }
}

}  // namespace

float margin_chart_height(const MarginChartSpec& spec, float width) {
    const float font = ImGui::GetFontSize();
    if (!(width > 0.0f)) width = ImGui::GetContentRegionAvail().x;
    const int rows = std::max(1, static_cast<int>(spec.bars.size()));
    float h = rows * row_height(font, width < stacked_below(font)) + font * 2.8f;  // rows + tick labels + captions
    if (!spec.title.empty()) h += font * 1.5f;
    if (any_compare(spec)) h += font * 1.4f;
    return h;
}

bool draw_margin_chart(const char* id, const MarginChartSpec& spec, ImVec2 size,
                       ChartHover* hover) {
    ImGui::PushID(id);
    const float font = ImGui::GetFontSize();
    if (!(size.x > 0.0f)) size.x = ImGui::GetContentRegionAvail().x;
    if (!(size.y > 0.0f)) size.y = margin_chart_height(spec, size.x);
    size.x = std::max(size.x, 1.0f);
    size.y = std::max(size.y, 1.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##margins", size);
    const bool hovered = ImGui::IsItemHovered() || ImGui::IsItemActive();
    const bool keyboard_focus = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
    ChartHover result;
    result.hovered = hovered;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Rect canvas = {origin.x, origin.y, origin.x + size.x, origin.y + size.y};
    dl->PushClipRect({canvas.x0, canvas.y0}, {canvas.x1, canvas.y1}, true);
    const ChartColors colors = current_chart_colors();
    const int n = static_cast<int>(spec.bars.size());

    float y = canvas.y0;
    if (!spec.title.empty()) {
        add_text(dl, {canvas.x0, y}, to_u32(colors.text), fit_text(spec.title, size.x));
        y += font * 1.5f;
    }
    if (any_compare(spec)) {  // legend: which mark is which
        const float sw = font * 1.2f;
        dl->AddRectFilled({canvas.x0, y + font * 0.25f}, {canvas.x0 + sw * 0.5f, y + font * 0.75f},
                          to_u32(colors.negative), 1.0f);
        dl->AddRectFilled({canvas.x0 + sw * 0.5f, y + font * 0.25f}, {canvas.x0 + sw, y + font * 0.75f},
                          to_u32(colors.positive), 1.0f);
        float x = canvas.x0 + sw + font * 0.35f;
        add_text(dl, {x, y}, to_u32(colors.text), spec.value_name);
        x += text_width(spec.value_name) + font * 1.2f;
        draw_diamond(dl, {x + font * 0.3f, y + font * 0.5f}, font * 0.3f, to_u32(colors.compare),
                     to_u32(colors.background));
        add_text(dl, {x + font * 0.9f, y}, to_u32(colors.text), spec.compare_name);
        y += font * 1.4f;
    }

    // Columns: labels | value text room | bars (symmetric about zero) | value text room.
    const bool stacked = size.x < stacked_below(font);
    float label_w = 0.0f;
    if (!stacked) {
        for (const MarginBar& b : spec.bars) label_w = std::max(label_w, text_width(b.label));
        // Up to 36 % of the width: "Європейські союзники" fits a 1366 px card; longer labels
        // are shortened (fit_text), and below stacked_below() they sit above their bars.
        label_w = std::min(label_w + font * 0.8f, size.x * 0.36f);
    }
    const double extent_raw = margin_extent(spec);
    const float value_room = text_width(format_signed(-extent_raw, spec.decimals, "")) + font;

    BarGeometry g;
    g.plot = {canvas.x0 + label_w + value_room, y, canvas.x1 - value_room,
              canvas.y1 - font * 2.6f};
    g.row_h = n > 0 ? g.plot.height() / n : g.plot.height();
    g.label_h = stacked ? std::min(font * 1.2f, g.row_h * 0.45f) : 0.0f;
    const bool visible = g.plot.width() >= kMinPlotWidth && g.row_h >= font * 0.8f;
    if (visible) {
        const int per_side = std::clamp(static_cast<int>(g.plot.width() * 0.5f / (font * 4.0f)), 1, 5);
        g.ticks = symmetric_ticks(extent_raw, per_side);
        g.xm = {g.ticks.first, g.ticks.last, g.plot.x0, g.plot.x1};
        // Gridlines and tick labels.
        const int decimals = decimals_for_step(g.ticks.step);
        for (double v : g.ticks.values) {
            const float x = std::round(g.xm.to_px(v)) + 0.5f;
            if (v != 0.0) dl->AddLine({x, g.plot.y0}, {x, g.plot.y1}, to_u32(colors.grid), 1.0f);
            const std::string t = format_signed(v, decimals, "");
            add_text(dl, {x - text_width(t) * 0.5f, g.plot.y1 + font * 0.2f},
                     to_u32(colors.muted_text), t);
        }
        // Captions: "< rejects"   "margin (pts)"   "accepts >".
        const float cy = g.plot.y1 + font * 1.35f;
        const std::string left = "< " + spec.negative_caption;
        const std::string right = spec.positive_caption + " >";
        const std::string unit = spec.unit.empty() ? std::string() : "(" + spec.unit + ")";
        add_text(dl, {g.plot.x0, cy}, to_u32(colors.muted_text), left);
        add_text(dl, {g.plot.x1 - text_width(right), cy}, to_u32(colors.muted_text), right);
        const float zx = g.xm.to_px(0.0);
        if (!unit.empty() && text_width(left) + text_width(right) + text_width(unit) + font * 2.0f <
                                 g.plot.width()) {
            add_text(dl, {zx - text_width(unit) * 0.5f, cy}, to_u32(colors.muted_text), unit);
        }
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        if (hovered) result.bar = row_at(mouse.y, g.plot.y0, g.row_h, n);
        for (int i = 0; i < n; ++i) {
            draw_row(dl, spec, i, g, canvas, label_w, colors, font, i == result.bar);
        }
        dl->AddLine({std::round(zx) + 0.5f, g.plot.y0}, {std::round(zx) + 0.5f, g.plot.y1},
                    to_u32(colors.axis), 1.5f);
        if (n == 0) {
            const char* msg = spec.t(text::Str::chart_no_data_yet);
            add_text(dl, {zx - text_width(msg) * 0.5f, g.plot.y0 + (g.plot.height() - font) * 0.5f},
                     to_u32(colors.muted_text), msg);
        }
    }
    dl->PopClipRect();

    if (result.bar >= 0) {
        const std::vector<std::string> lines = margin_readout_lines(spec, result.bar);
        ImGui::BeginTooltip();
        tooltip_lines("", lines, {});
        ImGui::EndTooltip();
    } else if (keyboard_focus && !hovered) {
        focus_description_tooltip(describe_margin_chart(spec), font);
    }
    ImGui::PopID();
    if (hover != nullptr) *hover = result;
    return hovered;
}

}  // namespace armistice::ui::charts
