// axis_ticks.cpp — see axis_ticks.h.
#include "ui/charts/axis_ticks.h"

#include <algorithm>
#include <cmath>

namespace armistice::ui::charts {
namespace {

// Fills values = k0*step … k1*step (k1 >= k0 + 1 guaranteed by callers).
TickSet make_ticks(long long k0, long long k1, double step) {
    TickSet t;
    t.step = step;
    for (long long k = k0; k <= k1; ++k) {
        double v = static_cast<double>(k) * step;
        if (k == 0) v = 0.0;
        t.values.push_back(v);
    }
    t.first = t.values.front();
    t.last = t.values.back();
    return t;
}

// Next larger 1-2-5 step.
double next_nice_step(double step) { return nice_step(step * 1.0000001); }

}  // namespace

double nice_step(double raw_step) {
    if (!std::isfinite(raw_step) || raw_step <= 0.0) return 1.0;
    const double exponent = std::floor(std::log10(raw_step));
    const double base = std::pow(10.0, exponent);
    const double fraction = raw_step / base;  // in [1, 10) up to rounding
    double nice = 10.0;
    if (fraction <= 1.0 + 1e-9) {
        nice = 1.0;
    } else if (fraction <= 2.0 + 1e-9) {
        nice = 2.0;
    } else if (fraction <= 5.0 + 1e-9) {
        nice = 5.0;
    }
    return nice * base;
}

TickSet nice_ticks(double lo, double hi, int max_ticks) {
    max_ticks = std::clamp(max_ticks, 3, kMaxTicks);  // a range around 0 needs -s, 0, +s
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    if (hi < lo) std::swap(lo, hi);
    if (hi - lo <= std::max(std::fabs(lo), std::fabs(hi)) * 1e-12) {
        const double pad = lo == 0.0 ? 1.0 : std::fabs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    double step = nice_step((hi - lo) / (max_ticks - 1));
    for (int guard = 0; guard < 32; ++guard) {
        const long long k0 = static_cast<long long>(std::floor(lo / step + 1e-9));
        const long long k1 = static_cast<long long>(std::ceil(hi / step - 1e-9));
        const long long count = std::max(k1, k0 + 1) - k0 + 1;
        if (count <= max_ticks) return make_ticks(k0, std::max(k1, k0 + 1), step);
        step = next_nice_step(step);
    }
    return make_ticks(0, 1, 1.0);  // unreachable for finite input
}

TickSet symmetric_ticks(double max_abs, int max_ticks_per_side) {
    max_ticks_per_side = std::clamp(max_ticks_per_side, 1, kMaxTicks / 2);
    max_abs = std::isfinite(max_abs) ? std::fabs(max_abs) : 0.0;
    if (max_abs <= 0.0) max_abs = 1.0;
    double step = nice_step(max_abs / max_ticks_per_side);
    for (int guard = 0; guard < 8; ++guard) {
        const long long k = std::max<long long>(1, static_cast<long long>(
                                                       std::ceil(max_abs / step - 1e-9)));
        if (k <= max_ticks_per_side) return make_ticks(-k, k, step);
        step = next_nice_step(step);
    }
    return make_ticks(-1, 1, 1.0);
}

namespace {

// Ticks 0..horizon (not extended) with a step from `steps` (ascending); see month_ticks().
template <std::size_t N>
TickSet time_ticks(int horizon_months, int max_ticks, const int (&kSteps)[N]) {
    max_ticks = std::clamp(max_ticks, 2, kMaxTicks);
    horizon_months = std::max(horizon_months, 1);
    // The smallest step that fits, unless a slightly larger one also divides the horizon: then
    // the axis ends on a labelled tick (240 months: 0, 5 y … 20 y rather than 0, 3 y … 18 y).
    int step = 0, first_fit = 0;
    for (int s : kSteps) {
        if (horizon_months / s + 1 > max_ticks) continue;
        if (first_fit == 0) first_fit = s;
        if (horizon_months % s == 0 && horizon_months / s >= 2) {
            step = s;
            break;
        }
        if (s >= first_fit * 3) break;  // don't trade too many ticks for a labelled end
    }
    if (step == 0) step = first_fit != 0 ? first_fit : kSteps[N - 1];
    while (horizon_months / step + 1 > max_ticks) step *= 10;  // absurd horizons only
    long long k1 = horizon_months / step;
    if (k1 < 1) {  // horizon shorter than the step: ticks at 0 and the horizon itself
        TickSet t;
        t.step = horizon_months;
        t.values = {0.0, static_cast<double>(horizon_months)};
        t.first = 0.0;
        t.last = horizon_months;
        return t;
    }
    return make_ticks(0, k1, static_cast<double>(step));
}

}  // namespace

TickSet month_ticks(int horizon_months, int max_ticks) {
    static constexpr int kSteps[] = {1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200};
    return time_ticks(horizon_months, max_ticks, kSteps);
}

TickSet day_ticks(int days, int max_ticks) {
    static constexpr int kSteps[] = {1, 2, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365, 730};
    return time_ticks(days, max_ticks, kSteps);
}

int decimals_for_step(double step) {
    if (!std::isfinite(step) || step <= 0.0) return 0;
    int decimals = 0;
    double scaled = step;
    while (decimals < 6 && std::fabs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, scaled)) {
        scaled *= 10.0;
        ++decimals;
    }
    return decimals;
}

}  // namespace armistice::ui::charts
