// bench_kernel.h — the fixed workloads `armistice bench` and the wasm bench program time.
//
// Purpose: both the native CLI and the WebAssembly bench program (bench/durability_bench.cpp)
// time exactly the same work, so their ratio is meaningful. No clocks here (the engine has none);
// callers time these functions.
#pragma once

#include <cstdint>

#include "engine/scenario.h"

namespace armistice::durability {

// The benchmark scenario: default context with a wide DMZ, a Western enforcement force and a
// European tripwire with US backstop (a deal that often survives, so most months are drawn);
// 10,000 runs × 120 months, seed 1.
Scenario bench_scenario();

struct BenchRun {
    std::uint64_t checksum = 0;  // hash of the survival curve
    std::uint64_t draws = 0;     // monthly random numbers the engine drew (trajectory-months)
};

// Runs the full engine once on `s` (no sensitivity).
BenchRun bench_engine_once(const Scenario& s);

// Draws `draws` raw numbers from the model's generator, re-seeding a stream every `months`
// draws as the engine does per trajectory; returns their sum (so the loop is not optimised away).
std::uint64_t bench_bare_rng(std::uint64_t seed, std::uint64_t draws, std::uint32_t months);

}  // namespace armistice::durability
