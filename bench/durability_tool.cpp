// durability_tool.cpp — helper program for the durability engine's cross-checks (not shipped).
//
//   durability_tool digest          one line per scenario: id, P(hold 60), 64-bit digest of the
//                                   whole DurabilityResult (every double's bits); built natively
//                                   and as wasm, the two outputs must be identical.
//   durability_tool presets         id, P(hold 12/60/120), median, top cause (for reports).
//   durability_tool best            time of the most-durable-acceptable search for every preset.
//   durability_tool export ID       model input for bench/reference.py (numpy reference).
//   durability_tool survival ID     the engine's survival curve as JSON.
// Scenarios: every embedded preset (persist/presets.h) plus a few built in code ("code_*").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "engine/durability/durability.h"
#include "engine/durability/most_durable.h"
#include "engine/durability/reference_export.h"
#include "engine/durability/ru_mapping.h"
#include "persist/presets.h"

namespace {

using namespace armistice;
using namespace armistice::durability;

void set(Scenario& s, const char* qid) {
    const auto ref = catalog().find_qualified(qid);
    if (ref) s.set_choice(ref->dim, ref->option);
}

std::vector<std::pair<std::string, Scenario>> scenarios() {
    std::vector<std::pair<std::string, Scenario>> out;
    for (const auto& f : persist::presets()) out.emplace_back(f.id, f.scenario);
    Scenario base;
    out.emplace_back("code_default", base);
    Scenario strong = base;
    set(strong, "separation.dmz_wide");
    set(strong, "monitoring.western_force");
    set(strong, "guarantee.european_tripwire_us_backstop");
    out.emplace_back("code_strong", strong);
    Scenario party = base;
    set(party, "separation.dmz_narrow");
    set(party, "monitoring.force_with_party");
    party.lens = LensId::Revisionist;
    out.emplace_back("code_party_force_revisionist", party);
    Scenario sec = strong;
    sec.lens = LensId::SecurityDriven;
    sec.sim.runs = 3000;
    sec.sim.horizon_months = 60;
    sec.sim.seed = 987654321;
    out.emplace_back("code_security_lens_short", sec);
    return out;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) { return (h ^ v) * 1099511628211ull; }
std::uint64_t mixd(std::uint64_t h, double d) {
    std::uint64_t b = 0;
    std::memcpy(&b, &d, sizeof b);
    return mix(h, b);
}

std::uint64_t digest(const DurabilityResult& r) {
    std::uint64_t h = 1469598103934665603ull;
    h = mix(h, r.applicable);
    h = mix(h, r.runs);
    for (const auto* v : {&r.survival, &r.band_lo, &r.band_hi})
        for (double x : *v) h = mixd(h, x);
    h = mixd(mixd(mixd(h, r.p_hold_12), r.p_hold_60), r.p_hold_120);
    h = mixd(h, r.median_months ? *r.median_months : -1.0);
    for (double x : r.cause_share) h = mixd(h, x);
    h = mixd(mixd(h, r.breakdown_share), r.incidents_per_year);
    for (const auto& l : r.ledger) h = mixd(mixd(mixd(h, l.violations_per_year), l.detected_share), l.answered_share);
    for (const auto& s : r.sensitivity) {
        for (char c : s.change_id) h = mix(h, static_cast<unsigned char>(c));
        h = mixd(h, s.delta);
    }
    return h;
}

const Scenario* find(const std::vector<std::pair<std::string, Scenario>>& all, const char* id) {
    for (const auto& [name, s] : all)
        if (name == id) return &s;
    std::fprintf(stderr, "durability_tool: unknown scenario '%s'\n", id);
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string cmd = argc > 1 ? argv[1] : "";
    const auto all = scenarios();
    if (cmd == "digest") {
        for (const auto& [name, s] : all) {
            DurabilityOptions opt;
            opt.sensitivity = name.rfind("code_", 0) == 0;  // sensitivity digested on the code scenarios
            opt.sensitivity_runs = 500;
            const DurabilityResult r = simulate_durability(s, opt);
            std::printf("%s %.17g %016llx\n", name.c_str(), r.p_hold_60, static_cast<unsigned long long>(digest(r)));
        }
        return 0;
    }
    if (cmd == "best") {
        // Full most-durable-acceptable search per preset, wall time (native, or wasm under node).
        double total = 0;
        for (const auto& f : persist::presets()) {
            // Stepped as the page steps it, timing the longest single step (one frame's minimum).
            const auto t0 = std::chrono::steady_clock::now();
            MostDurableSearch search(f.scenario);
            double worst_step = 0;
            std::string worst_stage;
            for (bool more = true; more;) {
                const char* stage = search.progress().stage;
                const auto s0 = std::chrono::steady_clock::now();
                more = search.step();
                const double step_ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s0)
                        .count();
                if (step_ms > worst_step) {
                    worst_step = step_ms;
                    worst_stage = stage;
                }
            }
            const MostDurableResult r = search.result();
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            total += ms;
            std::printf(
                "%-30s %8.1f ms (longest step %5.1f ms)  start %5.1f%%  best %5.1f%%  %zu changes  "
                "%u simulated  (longest step: %s)\n",
                f.id.c_str(), ms, worst_step, 100 * r.p_hold_start, 100 * r.p_hold,
                r.changes.size(), r.evaluated, worst_stage.c_str());
            for (const ClauseChange& c :
                 r.changes) {  // the deal itself, to see whether searches converge
                const Dimension& d = catalog().at(c.dim);
                std::printf("    %s: %s -> %s\n", std::string(d.id).c_str(),
                            std::string(d.options[c.from].id).c_str(),
                            std::string(d.options[c.to].id).c_str());
            }
        }
        std::printf("total %.1f ms\n", total);
        return 0;
    }
    if (cmd == "presets") {
        for (const auto& [name, s] : all) {
            DurabilityOptions opt;
            opt.sensitivity = false;
            const DurabilityResult r = simulate_durability(s, opt);
            if (!r.applicable) {
                std::printf("%-34s not applicable (no agreement)\n", name.c_str());
                continue;
            }
            if (r.interim) {  // judged over its term only (engine/durability/interim.h)
                std::printf("%-34s interim, %u-day term: holds it %5.1f%%  extended %5.1f%%  %.0f violations/week\n",
                            name.c_str(), r.term_days, 100 * r.p_hold_term, 100 * r.p_extended, r.violations_per_week);
                continue;
            }
            std::size_t top = 0;
            for (std::size_t c = 1; c < kCauseCount; ++c)
                if (r.cause_share[c] > r.cause_share[top]) top = c;
            std::printf("%-34s P12 %5.1f%%  P60 %5.1f%% [%4.1f-%4.1f]  P120 %5.1f%%  median %s  top cause %s (%.0f%%)\n",
                        name.c_str(), 100 * r.p_hold_12, 100 * r.p_hold_60, 100 * r.band_lo[59], 100 * r.band_hi[59],
                        100 * r.p_hold_120, r.median_months ? std::to_string(static_cast<int>(*r.median_months + 0.5)).c_str() : ">120",
                        cause_id(static_cast<Cause>(top)), 100 * r.cause_share[top]);
        }
        return 0;
    }
    if ((cmd == "export" || cmd == "survival") && argc > 2) {
        const Scenario* s = find(all, argv[2]);
        if (!s) return 2;
        if (cmd == "export") {
            std::fputs(export_reference_input(map_scenario(*s), s->sim.seed, s->sim.runs, s->sim.horizon_months).c_str(),
                       stdout);
            return 0;
        }
        DurabilityOptions opt;
        opt.sensitivity = false;
        const DurabilityResult r = simulate_durability(*s, opt);
        std::printf("{\"survival\": [");
        for (std::size_t i = 0; i < r.survival.size(); ++i) std::printf(i ? ", %.17g" : "%.17g", r.survival[i]);
        std::printf("]}\n");
        return 0;
    }
    std::fprintf(stderr, "usage: durability_tool digest | presets | best | export ID | survival ID\n");
    return 2;
}
