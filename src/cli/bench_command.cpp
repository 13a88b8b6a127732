// bench_command.cpp — `armistice bench`: the durability engine's speed figures, measured in one run.
//
// Prints (CPU time, fastest repetition, robust to a busy machine):
//   native engine time for 10,000 trajectories × 120 months (target <= 5 ms);
//   a bare loop drawing the same count of random numbers with the same generator, and the ratio
//   (target engine <= 2.5×), measured in alternating rounds within this run (paired_timing.h);
//   the wasm build of the same bench under node (build/web/tests/durability_bench.js), as a
//   wasm/native ratio (target <= 1.5×), or "not built";
//   the numpy reference (bench/reference.py) on the same model input, and native speed-up over it
//   (target >= 5×), or "not available".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/paired_timing.h"
#include "engine/durability/bench_kernel.h"
#include "engine/durability/reference_export.h"
#include "engine/durability/ru_mapping.h"
#include "persist/text_util.h"

#ifndef ARMISTICE_DUR_SOURCE_DIR
#define ARMISTICE_DUR_SOURCE_DIR "."
#endif
#ifndef ARMISTICE_DUR_WASM_BENCH
#define ARMISTICE_DUR_WASM_BENCH "build/web/tests/durability_bench.js"
#endif

namespace armistice::cli {

namespace {

// Runs a shell command, returns its stdout ("" on failure).
std::string run_capture(const std::string& cmd, int* status) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) {
        *status = -1;
        return out;
    }
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    *status = pclose(p);
    return out;
}

// Value of "key": <number> in a one-line JSON object; negative when absent.
double json_number(const std::string& s, const std::string& key) {
    const auto k = s.find("\"" + key + "\"");
    if (k == std::string::npos) return -1.0;
    const auto colon = s.find(':', k);
    if (colon == std::string::npos) return -1.0;
    return std::strtod(s.c_str() + colon + 1, nullptr);
}

bool file_exists(const std::string& path) { return static_cast<bool>(std::ifstream(path)); }

std::string quote(const std::string& s) { return "'" + s + "'"; }

}  // namespace

void help_bench(std::FILE* out) {
    std::fprintf(out,
                 "usage: armistice bench [--reps N] [--wasm PATH.js] [--reference PATH.py]\n"
                 "Times the durability engine (10,000 runs x 120 months) natively, against a bare "
                 "RNG loop,\n"
                 "its WebAssembly build under node, and the numpy reference; prints the ratios.\n"
                 "  --reps N   rounds of the paired engine / bare-loop timing, 1-1000 (default 21)\n");
}

int cmd_bench(int argc, char** argv) {
    int reps = 21;
    std::string wasm = ARMISTICE_DUR_WASM_BENCH;
    std::string reference = std::string(ARMISTICE_DUR_SOURCE_DIR) + "/bench/reference.py";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--reps") {
            char* end = nullptr;
            const long n = i + 1 < argc ? std::strtol(argv[i + 1], &end, 10) : 0;
            if (i + 1 >= argc || *end != '\0' || n < 1 || n > 1000) {
                std::fprintf(stderr, "armistice bench: --reps needs a whole number from 1 to 1000\n");
                return kExitUsage;
            }
            reps = static_cast<int>(n);
            ++i;
        } else if (a == "--wasm" && i + 1 < argc) wasm = argv[++i];
        else if (a == "--reference" && i + 1 < argc) reference = argv[++i];
        else {
            std::fprintf(stderr, "armistice bench: unknown argument '%s'\n",
                         persist::printable_name(a, 64).c_str());
            return kExitUsage;
        }
    }
    using namespace durability;
    const Scenario s = bench_scenario();
    // The engine and the bare loop alternate in rounds (paired_timing.h): their ratio is the
    // median of the rounds' ratios, measured under the same load.
    std::uint64_t check = 0;
    const std::uint64_t draws = bench_engine_once(s).draws;
    const PairedTiming t = time_paired(
        reps, 3, [&] { check ^= bench_engine_once(s).checksum; },
        [&] { check += bench_bare_rng(s.sim.seed, draws, s.sim.horizon_months); });
    const double eng = t.a_min_ms, ratio = t.ratio_median;
    std::printf("durability bench: %u trajectories x %u months, CPU time, %d rounds of 3 runs each "
                "(checksum %016llx)\n",
                s.sim.runs, s.sim.horizon_months, reps, static_cast<unsigned long long>(check));
    std::printf("  native engine            %8.3f ms   (fastest; median of rounds %.3f ms; target <= 5 ms) %s\n",
                eng, t.a_median_ms, eng <= 5.0 ? "ok" : "OVER");
    std::printf("  bare RNG loop, same draws %7.3f ms   engine/bare = %.2fx (median of %d paired rounds, "
                "quartiles %.2f-%.2fx; target <= 2.5x) %s\n",
                t.b_min_ms, ratio, t.rounds, t.ratio_q1, t.ratio_q3, ratio <= 2.5 ? "ok" : "OVER");

    if (file_exists(wasm)) {
        // Steady state: V8 compiles wasm with its optimising tier up front. Under default dynamic
        // tiering a long-running main() stays in baseline (Liftoff) code, because V8 has no
        // on-stack replacement for wasm; the page avoids that by calling advance() in chunks.
        const char* modes[][2] = {{"--no-liftoff --no-wasm-dynamic-tiering", "wasm engine (node, optimised)"},
                                  {"", "wasm engine (node, default tiering, one long call)"}};
        for (const auto& mode : modes) {
            int st = 0;
            const std::string out = run_capture("/usr/bin/node --no-experimental-fetch " + std::string(mode[0]) + " " +
                                                    quote(wasm) + " " + std::to_string(reps) + " 2>/dev/null",
                                                &st);
            const double w = json_number(out, "engine_ms_min");
            const double wr = json_number(out, "ratio_median");
            const bool primary = mode[0][0] != '\0';
            if (st == 0 && w > 0)
                std::printf("  %-50s %8.3f ms   wasm/native = %.2fx%s; its own engine/bare %.2fx\n", mode[1], w,
                            w / eng,
                            primary ? (w / eng <= 1.5 ? " (target <= 1.5x) ok" : " (target <= 1.5x) OVER")
                                    : " (informational)",
                            wr);
            else
                std::printf("  %-50s failed to run %s\n", mode[1], wasm.c_str());
        }
    } else {
        std::printf("  wasm engine (node)       not built (%s)\n", wasm.c_str());
    }

    int st = 0;
    run_capture("/usr/bin/python3 -c 'import numpy' 2>/dev/null", &st);
    if (st == 0 && file_exists(reference)) {
        const std::string tmp = "/tmp/armistice_bench_input_" + std::to_string(static_cast<long long>(check & 0xFFFFFF)) + ".json";
        {
            std::ofstream f(tmp);
            f << export_reference_input(map_scenario(s), s.sim.seed, s.sim.runs, s.sim.horizon_months);
        }
        const std::string out = run_capture("/usr/bin/python3 " + quote(reference) + " " + quote(tmp) + " --bench 5", &st);
        std::remove(tmp.c_str());
        const double np = json_number(out, "numpy_ms");
        if (st == 0 && np > 0)
            std::printf("  numpy reference          %8.3f ms   native is %.1fx faster (target >= 5x) %s\n", np, np / eng,
                        np / eng >= 5.0 ? "ok" : "UNDER");
        else
            std::printf("  numpy reference          failed to run\n");
    } else {
        std::printf("  numpy reference          not available (/usr/bin/python3 with numpy, %s)\n", reference.c_str());
    }
    return kExitOk;
}

}  // namespace armistice::cli
