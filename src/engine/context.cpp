// context.cpp — the context levers (see context.h). Their metadata (unit, range, default,
// source) is data/model/levers.csv, compiled in as model_data::levers() (engine/model_data.h).
#include "engine/context.h"

#include <cmath>

#include <array>

#include "engine/model_data.h"

namespace armistice {

const LeverInfo& lever_info(Lever l) {
    return model_data::levers()[static_cast<std::size_t>(l)];
}

double Context::normalised(Lever l) const {
    const LeverInfo& info = lever_info(l);
    return (get(l) - info.min) / (info.max - info.min);
}

double snap_lever_to_step(Lever l, double value) {
    const LeverInfo& info = lever_info(l);
    if (!std::isfinite(value)) return info.default_value;
    // q = round(value / step) and value = q * step, computed as an exact rational q / k where
    // the step is 1/k, so decimal values typed on the grid (0.15, 0.35) compare equal.
    const double inv = 1.0 / info.step;
    const double k = std::round(inv);
    if (std::fabs(inv - k) < 1e-9 && k >= 1.0) return std::round(value * k) / k;
    return std::round(value / info.step) * info.step;
}

Context Context::defaults() {
    Context c;
    for (std::size_t i = 0; i < kLeverCount; ++i)
        c.values[i] = model_data::levers()[i].default_value;
    return c;
}

}  // namespace armistice
