// charts_demo.h — a window that renders every chart with sample data, for eyeballing.
//
// Purpose: lets the app team (and screenshots) check the charts in light and dark themes, at
// several horizons, with bands, dashed baselines, compare markers, NaN gaps, empty data and a
// tiny canvas. Sample data are synthetic (Weibull curves), not model output.
// State (theme, horizon, toggles) lives in ImGui's per-window storage: no globals.
#pragma once

namespace armistice::ui::charts {

// Draws the "Charts demo" window (Begin/End inside). Call once per frame between NewFrame and
// Render.
void draw_charts_demo();

}  // namespace armistice::ui::charts
