// engine_bridge.h — the ONLY place the UI reads engine result types.
//
// Purpose: converts acceptance, legal and durability results into outcome.h's plain view structs,
// so engine changes touch one file and panels never hold engine internals.
// Invariants: every function is deterministic in its Scenario; an engine that is not built yet
// yields `available = false` with a plain-words status (never invented numbers).
#pragma once

#include <cstdint>
#include <memory>

#include "engine/scenario.h"
#include "ui/outcome.h"

namespace armistice::ui::bridge {

SignOutcome evaluate_sign(const Scenario& s);
LawOutcome evaluate_law(const Scenario& s);

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

// Sensitivity ranking (single changes that move P(hold 60 months) most). Costly: tens of
// milliseconds per hundred runs; the evaluator calls it once, after the main run finished.
std::vector<Share> hold_sensitivity(const Scenario& s, std::uint32_t runs);

// The reference scenario for the baseline overlay: a bare ceasefire (every clause at its
// default except the line, which freezes on current positions) under the same context and lens.
Scenario bare_ceasefire(const Scenario& s);

}  // namespace armistice::ui::bridge
