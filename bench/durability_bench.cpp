// durability_bench.cpp — times the durability engine and a bare RNG loop over the same draws.
//
// Built natively and with em++ (cmake/Benchmarks.cmake); `armistice bench` runs the wasm
// build under node and compares. The two workloads alternate in rounds (cli/paired_timing.h), so
// their ratio is measured under the same load. Argument: rounds (default 15). Prints one JSON line
// (CPU milliseconds; medians over rounds of each round's fastest repetition):
//   {"engine_ms": .., "bare_ms": .., "engine_ms_min": .., "bare_ms_min": .., "ratio_median": ..,
//    "ratio_q1": .., "ratio_q3": .., "rounds": .., "checksum": ".."}
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "cli/paired_timing.h"
#include "engine/durability/bench_kernel.h"

int main(int argc, char** argv) {
    using namespace armistice::durability;
    int rounds = 15;
    if (argc > 1) rounds = std::max(1, std::atoi(argv[1]));
    const armistice::Scenario s = bench_scenario();
    std::uint64_t check = 0;
    const std::uint64_t draws = bench_engine_once(s).draws;
    const armistice::cli::PairedTiming t = armistice::cli::time_paired(
        rounds, 3, [&] { check ^= bench_engine_once(s).checksum; },
        [&] { check += bench_bare_rng(s.sim.seed, draws, s.sim.horizon_months); });
    std::printf("{\"engine_ms\": %.4f, \"bare_ms\": %.4f, \"engine_ms_min\": %.4f, \"bare_ms_min\": %.4f, "
                "\"ratio_median\": %.4f, \"ratio_q1\": %.4f, \"ratio_q3\": %.4f, \"rounds\": %d, "
                "\"checksum\": \"%016llx\"}\n",
                t.a_median_ms, t.b_median_ms, t.a_min_ms, t.b_min_ms, t.ratio_median, t.ratio_q1,
                t.ratio_q3, t.rounds, static_cast<unsigned long long>(check));
    return 0;
}
