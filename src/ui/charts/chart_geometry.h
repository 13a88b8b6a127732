// chart_geometry.h — value <-> pixel mapping, hover index mapping and chart layout.
//
// Purpose: the arithmetic of placing data on a canvas, kept apart from drawing so it can be
// unit-tested without a GL context. Pure logic (no ImGui).
//
// Units: pixels are ImGui logical pixels (screen space, y grows downwards); data values are in
// the chart's own unit (months on the survival x axis, fractions 0..1 on its y axis, margin
// points on the bar chart).
//
// Invariants:
//  - Nothing here divides by zero: degenerate domains/ranges map every value to the range start,
//    and inverse mapping of a degenerate range returns the domain start.
//  - Non-finite values map to the range start (callers skip NaN points before drawing anyway).
#pragma once

namespace armistice::ui::charts {

struct Rect {
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;  // x0 <= x1, y0 <= y1 once normalized
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
    bool contains(float x, float y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
};

// Affine map from the data domain [d0, d1] onto the pixel range [p0, p1] (p1 < p0 allowed,
// e.g. a y axis where larger values are higher up).
struct LinearMap {
    double d0 = 0.0, d1 = 1.0;
    float p0 = 0.0f, p1 = 1.0f;
    float to_px(double value) const;
    double to_value(float px) const;
};

// Index of the data point nearest to pixel column px when `count` points sit at domain values
// 0, 1, …, count-1 under map x; clamped to [0, count-1]. Returns -1 when count <= 0.
int nearest_index(float px, const LinearMap& x, int count);

// Row index of pixel y in `count` equal rows filling [y0, y0 + count*row_height);
// -1 outside or when count <= 0 or row_height <= 0.
int row_at(float y, float y0, float row_height, int count);

// Line-chart layout: space for title, legend, tick labels and the plot itself.
struct LineLayoutInput {
    Rect canvas;                 // the whole widget
    float font_size = 13.0f;     // line height of the current font, px
    float title_height = 0.0f;   // 0 when no title
    float legend_height = 0.0f;  // 0 when no legend
    float y_label_width = 0.0f;  // widest y tick label, px
};
struct LineLayout {
    Rect title;    // where the title goes
    Rect legend;   // where the legend goes
    Rect plot;     // the data area (gridlines, series); x tick labels sit just below it
    bool plot_visible = false;  // false when the canvas is too small for a readable plot
};
inline constexpr float kMinPlotWidth = 40.0f;   // px
inline constexpr float kMinPlotHeight = 30.0f;  // px

LineLayout layout_line_chart(const LineLayoutInput& in);

// Rect with non-finite coordinates replaced by 0 and x0 <= x1, y0 <= y1.
Rect normalized(Rect r);

}  // namespace armistice::ui::charts
