// chart_specs.h — the plain data a chart is drawn from (no ImGui types, no behaviour).
//
// Purpose: panels fill a spec from the engine's read-only Result each frame and hand it to
// draw_survival_chart() / draw_margin_chart(). The same spec feeds the pure text functions in
// readout.h (hover read-out, plain-text description for the accessible mirror).
//
// Invariants and lifetimes:
//  - ValuesView does not own its data: the vector/array it points to must outlive the draw
//    call (build the spec and draw in the same frame; never store a spec across frames).
//  - Strings (titles, labels, notes) may come from untrusted input (scenario names in share
//    links); charts only ever draw them as text, never use them as format strings.
//  - Missing values are NaN and are skipped (gaps in lines and bands), never treated as 0.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "text/strings.h"
#include "ui/charts/palette.h"

namespace armistice::ui::charts {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Non-owning read-only view of doubles (C++17 stand-in for std::span<const double>).
struct ValuesView {
    const double* data = nullptr;
    int count = 0;
    ValuesView() = default;
    ValuesView(const double* d, int n) : data(d), count(d != nullptr && n > 0 ? n : 0) {}
    ValuesView(const std::vector<double>& v)  // NOLINT: implicit on purpose (spec.values = vec)
        : ValuesView(v.data(), static_cast<int>(v.size())) {}
    bool empty() const { return count == 0; }
    // Value at i, or NaN when i is out of range.
    double at(int i) const { return i >= 0 && i < count ? data[i] : kNaN; }
};

// [SECTION] Survival (line) chart
// One curve. values[m] is the probability (fraction 0..1) that the ceasefire still holds at the
// end of month m; values[0] is month 0 (normally 1.0). band_lo/band_hi (same indexing, optional)
// are the lower/upper edge of an uncertainty band drawn as a translucent fill.
struct SurvivalSeries {
    std::string label;          // legend and tooltip name, e.g. "This deal"
    ValuesView values;          // fractions 0..1 per month; NaN = missing
    ValuesView band_lo;         // optional (empty = no band)
    ValuesView band_hi;         // optional (empty = no band)
    int color_slot = 0;         // index into the theme's Okabe–Ito series colours
    std::optional<Rgb> color;   // explicit colour instead of the slot (contrast still enforced)
    bool dashed = false;        // dashed line (baselines/comparisons)
};

struct SurvivalChartSpec {
    std::string title;                  // drawn above the chart and used in describe_*(); may be empty
    std::vector<SurvivalSeries> series;  // drawn in order (later on top); may be empty
    int horizon_months = 0;             // x axis end, months; 0 = longest series (count - 1)
    std::string band_label = "90% band";  // how the band is named in read-outs
    std::vector<int> marker_months = {12, 60, 120};  // dotted vertical markers (<= horizon only)
    // An interim deal with a term of `term_days` days (> 0) run over horizon_months months: the
    // axis, hover and description read in days of the term (index m = day m·term_days/horizon,
    // so the last point is the end of the term); 0 = months and years.
    int term_days = 0;
    bool show_legend = true;
    int percent_decimals = 0;           // decimals of percentages in read-outs
    text::Strings t;                    // the language of the chart's own words (axis, read-outs)
};

// [SECTION] Diverging margin (bar) chart
// One horizontal bar per party: value < 0 draws left of zero (rejects), > 0 right (accepts).
struct MarginBar {
    std::string label;         // e.g. "Ukraine"
    double value = kNaN;       // margin in spec.unit; NaN = no bar ("n/a")
    double compare = kNaN;     // optional second marker (e.g. scenario B or baseline); NaN = none
    std::string note;          // optional extra tooltip line(s), e.g. "Red line: neutrality"
};

struct MarginChartSpec {
    std::string title;                        // may be empty
    std::vector<MarginBar> bars;              // top to bottom; may be empty
    std::string unit = "pts";                 // unit of value/compare, shown after numbers
    int decimals = 0;                         // decimals in value labels and read-outs
    double scale_max = 0.0;                   // |axis end|; 0 or non-finite = auto from the data
    std::string negative_caption = "rejects"; // caption under the left half
    std::string positive_caption = "accepts"; // caption under the right half
    std::string value_name = "This deal";     // what `value` is, in tooltips
    std::string compare_name = "Compare";     // what `compare` is, in tooltips and legend
    text::Strings t;                          // the language of the chart's own words
};

// [SECTION] What the pointer is over (returned by the draw functions for panels that care)
struct ChartHover {
    bool hovered = false;  // pointer (or touch) over the chart canvas
    int month = -1;        // survival chart: month under the cursor line, else -1
    int bar = -1;          // margin chart: bar index under the pointer, else -1
};

// One risk tercile of the backtest (calibration_chart.h).
struct CalibrationPoint {
    double predicted = 0;  // mean predicted P(war resumes within 60 months), 0–1
    double observed = 0;   // share of the tercile's cases where war resumed within 60 months, 0–1
    unsigned cases = 0;    // cases in the tercile
};

}  // namespace armistice::ui::charts
