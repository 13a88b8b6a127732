// bench_kernel.cpp — see bench_kernel.h.
#include "engine/durability/bench_kernel.h"

#include <cstring>

#include "engine/durability/durability.h"
#include "engine/durability/rng.h"
#include "engine/catalog.h"

namespace armistice::durability {

Scenario bench_scenario() {
    Scenario s;
    s.sim.runs = 10000;
    s.sim.horizon_months = 120;
    s.sim.seed = 1;
    const char* ids[] = {"separation.dmz_wide", "monitoring.western_force", "guarantee.european_tripwire_us_backstop"};
    for (const char* id : ids) {
        const auto ref = catalog().find_qualified(id);
        if (ref) s.set_choice(ref->dim, ref->option);
    }
    return s;
}

BenchRun bench_engine_once(const Scenario& s) {
    DurabilityRun run(s);
    run.advance(s.sim.runs);
    const DurabilityResult r = run.snapshot();
    BenchRun b;
    std::uint64_t h = r.runs;
    double alive = 1.0;  // S(m-1)
    // Draws: one per trajectory-month alive, plus one per commitment check (US election months
    // 34, 82, ...; every 12th month) reached alive, as in monte_carlo.cpp.
    std::uint32_t m = 1;
    for (double v : r.survival) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        h = h * 1099511628211ull ^ bits;
        const auto n_alive = static_cast<std::uint64_t>(alive * r.runs + 0.5);
        const int checks = (m % 12 == 0 ? 1 : 0) + (m >= 34 && (m - 34) % 48 == 0 ? 1 : 0);
        b.draws += n_alive * static_cast<std::uint64_t>(1 + checks);
        alive = v;
        ++m;
    }
    b.checksum = h;
    return b;
}

std::uint64_t bench_bare_rng(std::uint64_t seed, std::uint64_t draws, std::uint32_t months) {
    std::uint64_t sum = 0;
    std::uint64_t i = 0;
    while (draws > 0) {
        Xoshiro128ss rng(seed, i++);
        const std::uint32_t n = draws < months ? static_cast<std::uint32_t>(draws) : months;
        std::uint32_t acc = 0;
        for (std::uint32_t m = 0; m < n; ++m) acc += rng.next();
        sum += acc;
        draws -= n;
    }
    return sum;
}

}  // namespace armistice::durability
