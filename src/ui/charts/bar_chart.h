// bar_chart.h — diverging horizontal bars: each party's acceptance margin around zero.
//
// Draws, inside a canvas at the ImGui cursor: an optional title, one row per bar with its label
// on the left, a bar from zero (negative = vermillion, to the left; positive = bluish green, to
// the right), the signed value next to the bar end, an optional "compare" marker (diamond on a
// thin line), a zero line, a symmetric axis with round ticks and captions ("< rejects",
// "accepts >"), a legend for the compare marker, and a tooltip for the hovered row. Keyboard
// focus shows the plain-text description as a tooltip.
//
// Invariants: no global state; works for no bars, NaN values ("n/a"), huge values (clamped to
// the axis, marked with an arrow-head) and canvases down to 1x1 px. Labels are drawn as text
// only (untrusted), shortened with "..." when they do not fit.
#pragma once

#include "imgui.h"
#include "ui/charts/chart_specs.h"

namespace armistice::ui::charts {

// Height the chart wants for `spec` at `width` px (<= 0: available width) with the current
// font: title, rows, axis, legend. Below ~24 font sizes of width, labels sit above their bars.
float margin_chart_height(const MarginChartSpec& spec, float width = 0.0f);

// `id`: ImGui ID (unique in the window). size.x <= 0 uses the available width; size.y <= 0 uses
// margin_chart_height(spec, size.x). Returns true while hovered; the hovered bar in *hover if non-null.
bool draw_margin_chart(const char* id, const MarginChartSpec& spec, ImVec2 size,
                       ChartHover* hover = nullptr);

}  // namespace armistice::ui::charts
