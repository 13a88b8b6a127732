// params.cpp — the parameter table (see params.h) and Latin-hypercube parameter draws.
// Invariant: draws use only the model's own RNG and sqrt (bit-identical on every platform).
#include "engine/durability/params.h"

#include <cmath>
#include <vector>

#include "engine/durability/rng.h"

namespace armistice::durability {

const std::array<ParamRow, kParamCount>& param_table() {
    static const std::array<ParamRow, kParamCount> kTable = {{
#define ARMISTICE_X(id, v, lo, hi) \
    {#id, v, lo, hi, "param." #id ".label", "param." #id ".unit", "param." #id ".source"},
        ARMISTICE_DURABILITY_PARAMS(ARMISTICE_X)
#undef ARMISTICE_X
    }};
    return kTable;
}

ParamSet point_params() {
    ParamSet p;
    const auto& t = param_table();
    for (std::size_t i = 0; i < kParamCount; ++i) p.v[i] = t[i].value;
    return p;
}

namespace {
// Inverse CDF of triangular(a, c, b) at u in [0, 1).
double triangular(double u, double a, double c, double b) {
    if (!(b > a)) return c;
    const double fc = (c - a) / (b - a);
    if (u < fc) return a + std::sqrt(u * (b - a) * (c - a));
    return b - std::sqrt((1.0 - u) * (b - a) * (b - c));
}
}  // namespace

void draw_param_sets(std::uint64_t seed, std::size_t k_sets, ParamSet* out) {
    const auto& t = param_table();
    Xoshiro128ss rng(seed, 0xFFFFFFFF00000000ull);  // stream reserved for parameter draws
    std::vector<std::uint32_t> perm(k_sets);
    for (std::size_t j = 0; j < kParamCount; ++j) {
        for (std::size_t k = 0; k < k_sets; ++k) perm[k] = static_cast<std::uint32_t>(k);
        for (std::size_t k = k_sets; k > 1; --k) {  // Fisher–Yates
            const std::size_t r = rng.next() % k;
            const std::uint32_t tmp = perm[k - 1];
            perm[k - 1] = perm[r];
            perm[r] = tmp;
        }
        for (std::size_t k = 0; k < k_sets; ++k) {
            const double u = (static_cast<double>(perm[k]) + rng.uniform()) / static_cast<double>(k_sets);
            out[k].v[j] = triangular(u, t[j].low, t[j].value, t[j].high);
        }
    }
}

}  // namespace armistice::durability
