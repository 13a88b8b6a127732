// evaluator.h — keeps an Outcome in step with a Scenario without freezing the page.
//
// Purpose: when the edited scenario differs from the last evaluated one, acceptance and legal are
// recomputed at once (microseconds) and the durability Monte Carlo restarts; it then refines
// across frames within a per-frame time budget: a first estimate on the first frame, the full
// run count shortly after. Then, in the same budgeted way, the bare-ceasefire baseline curve;
// then the sensitivity ranking, a few candidate runs per frame; then the most durable deal all
// four accept, one search step at a time.
// Invariants: outcome() always describes evaluated(); revision() increases whenever outcome()
// changes, so consumers (summary, goal check) can redo work only then. No global state.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "engine/scenario.h"
#include "ui/engine_bridge.h"
#include "ui/outcome.h"

namespace armistice::ui {

using Clock = std::function<double()>;  // monotonic milliseconds

class Evaluator {
public:
    // Trajectories simulated on the first frame after a change (a quick first estimate).
    static constexpr std::uint32_t kFirstChunk = 400;
    static constexpr std::uint32_t kChunk = 200;
    // Trajectories per candidate change for the sensitivity ranking.
    static constexpr std::uint32_t kSensitivityRuns = 1000;

    // `with_sensitivity` false: skip the sensitivity ranking (the compare partner B shows none).
    explicit Evaluator(bool with_sensitivity = true) : with_sensitivity_(with_sensitivity) {}

    // Re-evaluates if `s` changed, then refines for at most ~budget_ms.
    void update(const Scenario& s, double budget_ms, const Clock& clock);

    const Outcome& outcome() const { return outcome_; }
    const std::optional<Scenario>& evaluated() const { return evaluated_; }
    bool busy() const;
    // The most-durable-deal search is being stepped (after the run and the sensitivity ranking)
    // and not finished; the browser bench samples frames while this holds.
    bool best_searching() const;
    std::uint64_t revision() const { return revision_; }

private:
    void restart(const Scenario& s);
    void refine(double budget_ms, const Clock& clock);

    std::optional<Scenario> evaluated_;
    Outcome outcome_;
    std::unique_ptr<bridge::HoldJob> job_;
    std::unique_ptr<bridge::HoldJob> baseline_job_;
    std::optional<Scenario> baseline_for_;  // bare ceasefire whose curve is in outcome_ / cache
    std::vector<double> baseline_curve_;
    std::unique_ptr<bridge::SensitivityJob> sensitivity_;
    std::unique_ptr<bridge::BestJob> best_;  // most durable acceptable deal, after sensitivity
    bool best_stepping_ = false;  // refine() has started stepping best_
    std::uint64_t revision_ = 0;
    bool with_sensitivity_ = true;
};

}  // namespace armistice::ui
