// axis_ticks.h — "nice" round axis ticks (1-2-5 steps) and month ticks for time axes.
//
// Purpose: choose tick positions a newspaper reader finds natural: 0, 20, 40 … 100 %, or
// 0, 1 y, 2 y … for months. Pure logic (no ImGui): unit-tested in tests/ui/charts_test.cpp.
//
// Invariants (for every function below, whatever the input, including NaN/inf/reversed ranges):
//  - values is ascending, has between 2 and kMaxTicks entries, values.front() == first,
//    values.back() == last, and consecutive values differ by exactly `step` (> 0, finite);
//  - values are exact multiples of step (computed as k * step, never accumulated), and a tick
//    that is mathematically zero is exactly 0.0 (never -0.0 or 1e-17).
#pragma once

#include <vector>

namespace armistice::ui::charts {

inline constexpr int kMaxTicks = 64;

struct TickSet {
    double first = 0.0;           // lowest tick (nice axis minimum), same unit as the input
    double last = 1.0;            // highest tick (nice axis maximum)
    double step = 1.0;            // distance between ticks, > 0
    std::vector<double> values;   // first, first + step, …, last
};

// Smallest number of the form {1, 2, 5} x 10^k that is >= raw_step.
// Non-finite or non-positive input returns 1.
double nice_step(double raw_step);

// Ticks covering [lo, hi] (the axis is extended outwards to round values) with at most
// max_ticks ticks (clamped to [3, kMaxTicks]: a range containing 0 may need -s, 0, +s).
// Reversed input is swapped; an empty range (lo == hi) is widened around it (by 10 %, or to
// -1..1 at zero); non-finite input gives 0..1.
TickSet nice_ticks(double lo, double hi, int max_ticks);

// Symmetric ticks for a diverging scale: first == -last, 0 is always a tick, and
// last >= |max_abs| (at least one step). max_ticks_per_side is clamped to [1, kMaxTicks/2].
TickSet symmetric_ticks(double max_abs, int max_ticks_per_side);

// Month ticks for a time axis 0..horizon_months (unit: months): steps from
// {1, 2, 3, 6, 12, 24, 36, 60, 120, 240, ...} so labels read as whole months or whole years.
// Unlike nice_ticks the axis is NOT extended: last is the largest multiple of step <= horizon
// (horizon_months < 1 is treated as 1). A step that divides the horizon (so the axis end gets a
// label) is preferred over a slightly smaller one that does not. At most max_ticks ticks (clamped to [2, kMaxTicks]).
TickSet month_ticks(int horizon_months, int max_ticks);

// Day ticks for the term of an interim deal, 0..days (unit: days), chosen like month_ticks()
// from steps {1, 2, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365, ...}; same invariants.
TickSet day_ticks(int days, int max_ticks);

// Decimal places needed to print multiples of `step` exactly (0 for step >= 1, 1 for 0.5,
// 2 for 0.05 …), capped at 6.
int decimals_for_step(double step);

}  // namespace armistice::ui::charts
