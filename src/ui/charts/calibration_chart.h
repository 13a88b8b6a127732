// calibration_chart.h — predicted against observed, by risk tercile: the model card's
// calibration chart for the backtest on the development cases.
//
// Draws, inside a canvas at the ImGui cursor: one group per tercile (lowest risk on the left),
// each with a bar for the mean predicted P(war resumes within 60 months) and a bar for the
// observed share, a 0–100 % axis with gridlines at every 25 %, the value above each bar, the
// tercile name and case count under it, and a legend. A perfectly calibrated model has equal
// bars in every group.
//
// Invariants: no global state; values are shares in [0, 1] (clamped when drawn; NaN draws no
// bar and prints "—"); works for zero bins and canvases down to 1x1 px.
#pragma once

#include <vector>

#include "imgui.h"
#include "ui/charts/chart_specs.h"

namespace armistice::ui::charts {

// Height the chart wants with the current font, px.
float calibration_chart_height();

// `id`: ImGui ID (unique in the window); width <= 0 uses the available width; `t` the language
// of its labels.
void draw_calibration_chart(const char* id, const std::vector<CalibrationPoint>& bins,
                            float width = 0.0f, const text::Strings& t = text::Strings());

}  // namespace armistice::ui::charts
