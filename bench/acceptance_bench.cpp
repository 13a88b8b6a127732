// acceptance_bench.cpp — times evaluate_acceptance (with the exact closest-agreement search) and
// check_legal for every built-in preset (scenarios/*.json, seeds' and 2025-26) under every lens, plus stress variants (all red lines
// relaxed, a hopeless context that forces the "none exists" explanation). Built natively and
// with em++ (run under `node --no-experimental-fetch`); the wasm figure is the product budget:
// every case must finish within 50 ms. Prints one line per preset (max over its variants) and
// exits 1 only if a search hits its node budget (deterministic); time is printed, not asserted.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/acceptance/acceptance.h"
#include "engine/legal/legal.h"
#include "engine/red_lines.h"
#include "persist/presets.h"

using namespace armistice;

namespace {

double time_ms(const Scenario& s, int reps, std::uint64_t& nodes, ClosestStatus& status) {
    double best = 1e30;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        const AcceptanceResult a = evaluate_acceptance(s, persist::search_limits_for(s));
        const auto legal = check_legal(s);
        const auto t1 = std::chrono::steady_clock::now();
        nodes = a.closest.nodes;
        status = a.closest.status;
        if (legal.empty() && a.parties.size() == 0) std::puts("");  // keep the calls alive
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;  // minimum of reps: the machine's noise removed; still one full evaluation
}

}  // namespace

int main(int argc, char** argv) {
    const int reps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const double budget_ms = 50.0;
    double overall = 0.0;
    bool ok = true;
    std::printf("%-30s %10s %10s %12s\n", "preset", "max ms", "mean ms", "max nodes");
    for (const auto& p : persist::presets()) {
        std::vector<Scenario> variants;
        for (std::size_t l = 0; l < kLensCount; ++l) {
            Scenario s = p.scenario;
            s.lens = static_cast<LensId>(l);
            variants.push_back(s);
            Scenario relaxed = s;
            relaxed.relaxed_red_lines = (std::uint64_t{1} << red_lines().size()) - 1;
            variants.push_back(relaxed);
            Scenario hopeless = s;
            hopeless.context.set(Lever::RussianCasualties, 0);
            hopeless.context.set(Lever::SanctionsPressure, 0);
            hopeless.context.set(Lever::WesternAid, 0);
            hopeless.context.set(Lever::OutsideSupport, 10);
            hopeless.context.set(Lever::BattlefieldTrend, -1);
            variants.push_back(hopeless);
            Scenario squeezed = s;
            squeezed.context.set(Lever::RussianCasualties, 3000);
            squeezed.context.set(Lever::SanctionsPressure, 10);
            squeezed.context.set(Lever::BattlefieldTrend, 1);
            variants.push_back(squeezed);
        }
        double worst = 0.0, sum = 0.0;
        std::uint64_t max_nodes = 0;
        for (const Scenario& s : variants) {
            std::uint64_t nodes = 0;
            ClosestStatus status = ClosestStatus::Found;
            const double ms = time_ms(s, reps, nodes, status);
            worst = std::max(worst, ms);
            sum += ms;
            max_nodes = std::max(max_nodes, nodes);
            if (status == ClosestStatus::BudgetExhausted) ok = false;
        }
        overall = std::max(overall, worst);
        std::printf("%-30s %10.3f %10.3f %12llu\n", p.id.c_str(), worst, sum / variants.size(),
                    static_cast<unsigned long long>(max_nodes));
    }
    std::printf("MAX over presets, lenses and stress variants: %.3f ms (budget %.0f ms)\n", overall,
                budget_ms);
    // Time is reported, not asserted: wall-clock limits flake on a loaded machine. The exit code
    // only reflects the deterministic part (the search never hits its node budget).
    if (overall > budget_ms) std::printf("NOTE: above the %.0f ms budget on this run\n", budget_ms);
    return ok ? 0 : 1;
}
