// durability_bench.cpp — times the durability engine and a bare RNG loop over the same draws.
//
// Built natively and with em++ (cmake/Benchmarks.cmake); `armistice bench` runs the wasm
// build under node and compares. Prints one JSON line:
//   {"engine_ms": <median>, "bare_ms": <median>, "engine_ms_min": <min>, "bare_ms_min": <min>, "checksum": ...}
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "engine/durability/bench_kernel.h"

int main(int argc, char** argv) {
    using namespace armistice::durability;
    int reps = 15;
    if (argc > 1) reps = std::max(1, std::atoi(argv[1]));
    const armistice::Scenario s = bench_scenario();
    std::vector<double> eng, bare;
    std::uint64_t check = 0;
    // Engine repetitions first, then the bare loop: interleaving them perturbs the small loop.
    std::uint64_t draws = 0;
    for (int i = 0; i < reps; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const BenchRun b = bench_engine_once(s);
        const auto t1 = std::chrono::steady_clock::now();
        check ^= b.checksum;
        draws = b.draws;
        eng.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    for (int i = 0; i < reps; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        check += bench_bare_rng(s.sim.seed, draws, s.sim.horizon_months);
        const auto t1 = std::chrono::steady_clock::now();
        bare.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(eng.begin(), eng.end());
    std::sort(bare.begin(), bare.end());
    std::printf("{\"engine_ms\": %.4f, \"bare_ms\": %.4f, \"engine_ms_min\": %.4f, \"bare_ms_min\": %.4f, "
                "\"checksum\": \"%016llx\"}\n",
                eng[eng.size() / 2], bare[bare.size() / 2], eng[0], bare[0], static_cast<unsigned long long>(check));
    return 0;
}
