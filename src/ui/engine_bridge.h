// engine_bridge.h — the ONLY place the UI reads engine result types.
//
// Purpose: converts acceptance, legal and durability results into outcome.h's plain view structs,
// so engine changes touch one file and panels never hold engine internals.
// Invariants: every function is deterministic in its Scenario; an engine that is not built yet
// yields `available = false` with a plain-words status (never invented numbers).
#pragma once

#include "engine/durability/durability.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario.h"
#include "ui/outcome.h"

namespace armistice {
struct LegalFinding;  // engine/legal/legal.h
}

namespace armistice::ui::bridge {

SignOutcome evaluate_sign(const Scenario& s);
LawOutcome evaluate_law(const Scenario& s);
// Short count for headlines: "no conflicts", "1 in tension", "2 violations, 1 in tension".
std::string law_counts_label(const text::Strings& t, const LawOutcome& law);
// One legal finding in plain words (severity, principle, text, triggering clause).
LawFinding law_finding(const armistice::LegalFinding& f);

// Progressive Monte Carlo of one scenario (wraps durability::DurabilityRun).
class HoldJob {
public:
    explicit HoldJob(const Scenario& s);
    ~HoldJob();
    HoldJob(const HoldJob&) = delete;
    HoldJob& operator=(const HoldJob&) = delete;

    void advance(std::uint32_t trajectories);
    bool done() const;
    std::uint32_t completed() const;
    HoldOutcome snapshot() const;  // curve, band, P at 1/5/10 years, causes, ledger

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Most durable agreement all four parties accept, one bounded step at a time
// (engine_bridge_best.cpp; same answer as `armistice best`).
class BestJob {
public:
    // `closest`: the closest acceptable agreement already found (SignOutcome.closest), if any.
    BestJob(const Scenario& s, const std::optional<Scenario>& closest);
    ~BestJob();
    bool step();  // false when done
    bool done() const;
    // Fills hold.best, best_summary, best_changes and best_ready once done.
    void fill(HoldOutcome& hold) const;
    // Where the running search is, in plain words (HoldOutcome::best_progress).
    std::string progress() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Sensitivity ranking (single changes that move P(hold 60 months) most), computed a candidate
// per step() so the page can spread it over frames (engine_bridge_sensitivity.cpp).
class SensitivityJob {
public:
    SensitivityJob(const Scenario& s, std::uint32_t runs);
    bool step();        // evaluates one more candidate; false when already done
    bool done() const;
    // Up to `per_side` changes that raise P(hold 60) (largest first), then up to `per_side`
    // that lower it; value = change in P(hold 60 months), −1..1.
    std::vector<Share> ranking(std::size_t per_side) const;

private:
    Scenario base_;
    std::uint32_t runs_;
    std::vector<durability::SensitivityCandidate> candidates_;
    std::size_t next_ = 0;
    bool have_base_ = false;
    double base_p_ = 0.0;
    std::vector<durability::SensitivityItem> results_;
};

// The clause-by-clause effects of B on A (engine/diff/diff_effects.h), one simulation at a
// time so the page can spread them over frames (engine_bridge_effects.cpp). Same method and
// numbers as diff_effects(a, b, diff_scenarios(a, b), {runs}): A's seed for every simulation,
// `runs` trajectories over 60 months; the final snapshot equals it whatever the chunking.
class EffectsJob {
public:
    EffectsJob(const Scenario& a, const Scenario& b, std::uint32_t runs = 2000);
    ~EffectsJob();
    EffectsJob(const EffectsJob&) = delete;
    EffectsJob& operator=(const EffectsJob&) = delete;

    // Simulates up to `trajectories` more (of the current scenario; the next starts on the next
    // call). The acceptance and legal checks of a scenario run when its simulation starts.
    void advance(std::uint32_t trajectories);
    bool done() const;
    CompareEffects snapshot() const;  // clauses not yet simulated have ready = false

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The durability model scored on a backtest CSV (format: shared backtest/README.md) with the
// same engine functions as `armistice backtest` (parse_backtest_csv, run_backtest).
// Microseconds to a millisecond for the 15 development cases (analytic, no Monte Carlo).
BacktestFigures backtest_figures(std::string_view csv);

// The reference scenario for the baseline overlay: a bare ceasefire (every clause at its
// default except the line, which freezes on current positions) under the same context and lens.
Scenario bare_ceasefire(const Scenario& s);

}  // namespace armistice::ui::bridge
