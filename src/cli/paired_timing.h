// paired_timing.h — times two workloads against each other in one run, robust to a busy machine.
//
// Purpose: `armistice bench` and the wasm bench program (bench/durability_bench.cpp) report the
// engine's time against a bare RNG loop. Timed one after the other in two long blocks, their ratio
// swung from 1.9× to 3.4× between runs on a loaded two-core machine, because the load changed
// between the blocks. Here the two alternate in short rounds, so both see the same load:
// each round runs A `per_round` times, then B `per_round` times, keeps each one's fastest
// repetition (the first repetition after a switch pays for cold caches), and takes the ratio of
// the two. The answer is the median of the rounds' ratios, with the quartiles beside it.
// Times are process CPU time where the clock resolves it (time spent descheduled does not count),
// else wall time. Invariants: header-only, standard library and POSIX clocks only.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace armistice::cli {

struct PairedTiming {
    double a_min_ms = 0;       // fastest repetition of A over all rounds, CPU ms
    double b_min_ms = 0;       // fastest repetition of B over all rounds, CPU ms
    double a_median_ms = 0;    // median over rounds of A's fastest repetition, CPU ms
    double b_median_ms = 0;    // median over rounds of B's fastest repetition, CPU ms
    double ratio_median = 0;   // median over rounds of min(A) / min(B), dimensionless
    double ratio_q1 = 0;       // first quartile of the rounds' ratios
    double ratio_q3 = 0;       // third quartile of the rounds' ratios
    int rounds = 0;            // rounds measured
};

// Milliseconds now on the process CPU-time clock when it resolves 10 µs or better (Linux),
// else on the monotonic wall clock (Emscripten's CPU clock ticks in whole milliseconds).
inline double timing_now_ms() {
    static const bool cpu = [] {
        timespec res{};
        return clock_getres(CLOCK_PROCESS_CPUTIME_ID, &res) == 0 && res.tv_sec == 0 &&
               res.tv_nsec <= 10000;
    }();
    if (cpu) {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
    }
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Milliseconds one call of `f` takes (timing_now_ms).
template <class F>
double cpu_ms(F& f) {
    const double t0 = timing_now_ms();
    f();
    return timing_now_ms() - t0;
}

// Times `a` against `b` in `rounds` alternating rounds of `per_round` repetitions each.
template <class A, class B>
PairedTiming time_paired(int rounds, int per_round, A&& a, B&& b) {
    rounds = std::max(1, rounds);
    per_round = std::max(1, per_round);
    PairedTiming t;
    t.rounds = rounds;
    t.a_min_ms = t.b_min_ms = 1e300;
    std::vector<double> ratios, a_round, b_round;
    for (int r = 0; r < rounds; ++r) {
        double a_ms = 1e300, b_ms = 1e300;
        for (int i = 0; i < per_round; ++i) a_ms = std::min(a_ms, cpu_ms(a));
        for (int i = 0; i < per_round; ++i) b_ms = std::min(b_ms, cpu_ms(b));
        t.a_min_ms = std::min(t.a_min_ms, a_ms);
        t.b_min_ms = std::min(t.b_min_ms, b_ms);
        a_round.push_back(a_ms);
        b_round.push_back(b_ms);
        ratios.push_back(b_ms > 0 ? a_ms / b_ms : 0.0);
    }
    // q-quantile of v (sorted in place), nearest rank.
    const auto at = [](std::vector<double>& v, double q) {
        std::sort(v.begin(), v.end());
        return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
    };
    t.a_median_ms = at(a_round, 0.5);
    t.b_median_ms = at(b_round, 0.5);
    t.ratio_median = at(ratios, 0.5);
    t.ratio_q1 = at(ratios, 0.25);
    t.ratio_q3 = at(ratios, 0.75);
    return t;
}

}  // namespace armistice::cli
