// line_chart.h — survival curves over months: "Will it hold?" as a newspaper-style line chart.
//
// Draws, inside a canvas of `size` at the ImGui cursor: an optional title, a legend, y axis
// 0-100 % with round gridlines, x axis in months labelled "6 mo" / "1 y" / "5 y", dotted marker
// lines (default 12/60/120 months), each series' uncertainty band (translucent) and curve (solid
// or dashed), and — while hovered or dragged — a vertical cursor with a tooltip listing every
// series at that month. Keyboard focus shows the plain-text description as a tooltip.
//
// Invariants: no global state (hover state comes from ImGui's current item); works for empty
// specs, NaN values (gaps), horizons 1..1200 months and canvases down to 1x1 px (too-small
// canvases show only what fits). Untrusted labels are drawn as text only.
#pragma once

#include "imgui.h"
#include "ui/charts/chart_specs.h"

namespace armistice::ui::charts {

// `id`: ImGui ID (unique in the window). size.x <= 0 uses the available width; size.y <= 0 uses
// 16 text lines. Advances the cursor like any widget. Returns true while the chart is hovered;
// details (month under the cursor) in *hover when non-null.
bool draw_survival_chart(const char* id, const SurvivalChartSpec& spec, ImVec2 size,
                         ChartHover* hover = nullptr);

}  // namespace armistice::ui::charts
