// chart_geometry.cpp — see chart_geometry.h.
#include "ui/charts/chart_geometry.h"

#include <algorithm>
#include <cmath>

namespace armistice::ui::charts {

float LinearMap::to_px(double value) const {
    const double span = d1 - d0;
    if (!std::isfinite(value) || !std::isfinite(span) || std::fabs(span) < 1e-300) return p0;
    return static_cast<float>(p0 + (value - d0) / span * (p1 - p0));
}

double LinearMap::to_value(float px) const {
    const double span = static_cast<double>(p1) - p0;
    if (!std::isfinite(px) || std::fabs(span) < 1e-6) return d0;
    return d0 + (px - p0) / span * (d1 - d0);
}

int nearest_index(float px, const LinearMap& x, int count) {
    if (count <= 0) return -1;
    const double v = x.to_value(px);
    if (!std::isfinite(v)) return 0;
    const double clamped = std::clamp(v, 0.0, static_cast<double>(count - 1));
    return static_cast<int>(std::lround(clamped));
}

int row_at(float y, float y0, float row_height, int count) {
    if (count <= 0 || !(row_height > 0.0f) || !std::isfinite(y) || y < y0) return -1;
    const int row = static_cast<int>((y - y0) / row_height);
    return row < count ? row : -1;
}

Rect normalized(Rect r) {
    auto fix = [](float v) { return std::isfinite(v) ? v : 0.0f; };
    r.x0 = fix(r.x0);
    r.x1 = fix(r.x1);
    r.y0 = fix(r.y0);
    r.y1 = fix(r.y1);
    if (r.x1 < r.x0) std::swap(r.x0, r.x1);
    if (r.y1 < r.y0) std::swap(r.y0, r.y1);
    return r;
}

LineLayout layout_line_chart(const LineLayoutInput& in) {
    const Rect c = normalized(in.canvas);
    const float font = std::isfinite(in.font_size) && in.font_size > 0.0f ? in.font_size : 13.0f;
    const float pad = std::round(font * 0.5f);
    LineLayout out;
    float y = c.y0;
    const float title_h = std::max(0.0f, in.title_height);
    out.title = {c.x0, y, c.x1, std::min(c.y1, y + title_h)};
    y = out.title.y1 + (title_h > 0.0f ? pad * 0.5f : 0.0f);
    const float legend_h = std::max(0.0f, in.legend_height);
    out.legend = {c.x0, std::min(c.y1, y), c.x1, std::min(c.y1, y + legend_h)};
    y = out.legend.y1 + (legend_h > 0.0f ? pad * 0.5f : 0.0f);
    // Room for y tick labels on the left, x tick labels below, half a label of headroom on top
    // (the top tick label is centred on the top gridline) and on the right (last x label).
    const float label_w = std::max(0.0f, std::isfinite(in.y_label_width) ? in.y_label_width : 0.0f);
    out.plot.x0 = c.x0 + label_w + pad;
    out.plot.x1 = c.x1 - font * 1.2f;
    out.plot.y0 = std::min(c.y1, y + font * 0.5f);
    out.plot.y1 = c.y1 - font - pad;
    out.plot_visible = out.plot.width() >= kMinPlotWidth && out.plot.height() >= kMinPlotHeight;
    if (!out.plot_visible) out.plot = {c.x0, c.y0, c.x0, c.y0};
    return out;
}

}  // namespace armistice::ui::charts
