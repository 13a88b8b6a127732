// step_budget.h — how many bounded steps of engine work still fit in this frame.
//
// Purpose: the page runs the sensitivity ranking and the most-durable-deal search a step at a time
// within a per-frame budget (Evaluator::refine). Checking only "is there time left?" lets the last
// step of a frame start just before the budget ends and run past it by a whole step (measured: up
// to ~10 ms in WebAssembly). StepBudget also allows for the longest step seen so far this frame:
// a new step starts only if it is expected to end within the budget. The first step of a frame
// always runs, so work progresses every frame however long a step is.
// Invariants: pure arithmetic on times the caller reads from its clock (milliseconds); no clock
// of its own, no state beyond one frame.
#pragma once

#include <algorithm>

namespace armistice::ui {

class StepBudget {
public:
    // `start_ms`: when this frame's engine work began; `budget_ms`: how long it may take.
    StepBudget(double start_ms, double budget_ms) : start_ms_(start_ms), budget_ms_(budget_ms) {}

    // True if another step may start at `now_ms`: the first one always, later ones only when
    // now + the longest step so far stays within the budget.
    bool room(double now_ms) const {
        if (steps_ == 0) return true;
        return now_ms - start_ms_ + longest_ms_ < budget_ms_;
    }
    // Records that a step took `ms` milliseconds.
    void took(double ms) {
        longest_ms_ = std::max(longest_ms_, ms);
        ++steps_;
    }
    int steps() const { return steps_; }

private:
    double start_ms_;
    double budget_ms_;
    double longest_ms_ = 0;  // longest step this frame, ms
    int steps_ = 0;          // steps run this frame
};

}  // namespace armistice::ui
