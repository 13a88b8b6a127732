// durability.h — public entry points of the "Will it hold?" engine.
//
// Purpose: a seeded Monte Carlo of a ceasefire month by month (see hazard_core.h for the model,
// params.h for every number). Two ways to run it:
//   - one shot:   DurabilityResult r = simulate_durability(scenario);
//   - progressive (UI): DurabilityRun run(scenario); while (!run.done()) { run.advance(1000);
//                       show(run.snapshot()); }
// Invariants: deterministic in (scenario, sim.seed): bit-identical natively and in WebAssembly,
// and the final snapshot is bit-identical however the work was chunked (each trajectory has its
// own random stream; all accumulators are integers). No global mutable state.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/durability/hazard_core.h"
#include "engine/durability/result.h"
#include "engine/scenario.h"

namespace armistice::durability {

constexpr std::uint32_t kParameterSets = 16;  // K: parameter sets drawn for the band

class DurabilityRun {
public:
    explicit DurabilityRun(const Scenario& s);
    // Generic input (backtest, tests): `runs` trajectories over `horizon` months.
    DurabilityRun(const HazardInput& in, std::uint32_t runs, std::uint32_t horizon, std::uint64_t seed);
    ~DurabilityRun();
    DurabilityRun(DurabilityRun&&) noexcept;
    DurabilityRun& operator=(DurabilityRun&&) noexcept;

    // Simulates up to `trajectories` more runs (stops at the target).
    void advance(std::uint32_t trajectories);
    bool done() const;
    std::uint32_t completed() const;
    DurabilityResult snapshot() const;

private:
    struct State;
    std::unique_ptr<State> st_;
};

struct DurabilityOptions {
    bool sensitivity = true;               // also compute the sensitivity ranking
    std::uint32_t sensitivity_runs = 2000; // trajectories per candidate change
};

DurabilityResult simulate_durability(const Scenario& s, const DurabilityOptions& opt = {});

// Which single provision change or lever move changes P(hold 60) most, both ways: up to
// `per_side` items that raise it (sorted, largest first) then up to `per_side` that lower it.
// Uses common random numbers (the same seed) so differences are not sampling noise.
std::vector<SensitivityItem> durability_sensitivity(const Scenario& s, std::uint32_t runs = 2000,
                                                    std::size_t per_side = 5);

// The pieces of durability_sensitivity(), for callers that spread the work over time (the page
// evaluates one candidate per step). Using them gives exactly the same ranking.
struct SensitivityCandidate {
    Scenario scenario;      // s with one clause changed or one lever moved
    std::string change_id;  // "dimension.option" or "lever:<id>:up|down"
    Message label;          // its plain words (engine/message.h)
};
// Every other option of every dimension and ±25 % of range on the durability levers, skipping
// changes that leave the model input unchanged (their effect is exactly zero). Empty for
// "no agreement".
std::vector<SensitivityCandidate> sensitivity_candidates(const Scenario& s);
// P(hold 60 months) of `s` simulated with `runs` trajectories and s's seed (for an interim deal,
// P(hold its term)); NaN when not applicable.
double p_hold_60(const Scenario& s, std::uint32_t runs);
// Up to `per_side` items that raise P(hold 60) (largest first, ties by change_id), then up to
// `per_side` that lower it; zero deltas are dropped.
std::vector<SensitivityItem> rank_sensitivity(const std::vector<SensitivityItem>& items,
                                              std::size_t per_side);

}  // namespace armistice::durability
