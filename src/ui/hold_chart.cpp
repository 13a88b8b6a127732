// hold_chart.cpp — see hold_chart.h.
#include "ui/hold_chart.h"

namespace armistice::ui {

charts::SurvivalChartSpec hold_chart_spec(const text::Strings& t, const HoldOutcome& h,
                                          const std::string& label) {
    charts::SurvivalChartSpec spec;
    spec.band_label = t(text::Str::hold_chart_band);
    if (h.interim && h.survival.size() >= 2) {
        // Its own horizon: the term (in days when it has one), marked at its end; the baseline
        // and any comparison are cut there, so no 1/5/10-year point is drawn or read out.
        spec.horizon_months = static_cast<int>(h.survival.size()) - 1;
        spec.marker_months = {spec.horizon_months};
        spec.term_days = static_cast<int>(h.term_days);
    }
    charts::SurvivalSeries a;
    a.label = label;
    a.values = h.survival;
    a.band_lo = h.band_lo;
    a.band_hi = h.band_hi;
    a.color_slot = 0;
    spec.series.push_back(a);
    if (!h.baseline.empty()) {
        charts::SurvivalSeries b;
        b.label = t(text::Str::hold_chart_baseline);
        b.values = h.baseline;
        b.dashed = true;
        b.color_slot = 1;
        spec.series.push_back(b);
    }
    return spec;
}

}  // namespace armistice::ui
