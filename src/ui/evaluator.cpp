// evaluator.cpp — see evaluator.h.
#include "ui/evaluator.h"

#include <algorithm>
#include <string>
#include <utility>

#include "ui/step_budget.h"

namespace armistice::ui {

bool Evaluator::busy() const {
    return (job_ && !job_->done()) || (baseline_job_ && !baseline_job_->done()) ||
           (sensitivity_ && !sensitivity_->done()) || (best_ && !best_->done());
}

bool Evaluator::best_searching() const {
    return best_ && best_stepping_ && !best_->done();
}

void Evaluator::restart(const Scenario& s) {
    evaluated_ = s;
    outcome_.sign = bridge::evaluate_sign(s);
    outcome_.law = bridge::evaluate_law(s);
    job_ = std::make_unique<bridge::HoldJob>(s);
    outcome_.hold = HoldOutcome{};
    outcome_.hold.available = true;
    outcome_.hold.status = Message{"hold.starting", {}};
    const Scenario bare = bridge::bare_ceasefire(s);
    if (!baseline_for_ || *baseline_for_ != bare) {
        baseline_for_ = bare;
        baseline_curve_.clear();
        baseline_job_ = std::make_unique<bridge::HoldJob>(bare);
    }
    if (with_sensitivity_) sensitivity_ = std::make_unique<bridge::SensitivityJob>(s, kSensitivityRuns);
    best_.reset();
    best_stepping_ = false;
    if (with_sensitivity_) {
        // Start from the draft if all four accept it, else from the closest acceptable agreement
        // already found; with neither, there is nothing to search.
        if (outcome_.sign.accepting == 4) best_ = std::make_unique<bridge::BestJob>(s, s);
        else if (outcome_.sign.closest) best_ = std::make_unique<bridge::BestJob>(s, outcome_.sign.closest);
    }
    ++revision_;
}

void Evaluator::refine(double budget_ms, const Clock& clock) {
    const double start = clock();
    bool changed = false;
    auto within = [&] { return clock() - start < budget_ms; };

    if (job_ && !job_->done()) {
        job_->advance(job_->completed() == 0 ? kFirstChunk : kChunk);
        while (!job_->done() && within()) job_->advance(kChunk);
        outcome_.hold = job_->snapshot();
        outcome_.hold.baseline = baseline_curve_;
        changed = true;
    }
    if (baseline_job_ && !baseline_job_->done() && within()) {
        baseline_job_->advance(kChunk);
        while (!baseline_job_->done() && within()) baseline_job_->advance(kChunk);
        if (baseline_job_->done()) {
            HoldOutcome b = baseline_job_->snapshot();
            baseline_curve_ = b.applicable ? b.survival : std::vector<double>{};
            baseline_job_.reset();
            outcome_.hold.baseline = baseline_curve_;
            changed = true;
        }
    }
    // Step by step, each started only if it should end within the budget (step_budget.h).
    const auto run_steps = [&](auto& job) {
        StepBudget steps(start, budget_ms);
        while (!job->done() && steps.room(clock())) {
            const double t0 = clock();
            job->step();
            steps.took(clock() - t0);
        }
    };
    if (sensitivity_ && !sensitivity_->done() && job_ && job_->done() && !baseline_job_ &&
        within()) {
        run_steps(sensitivity_);
        if (sensitivity_->done()) {
            outcome_.hold.sensitivity =
                outcome_.hold.applicable ? sensitivity_->ranking(5) : std::vector<Share>{};
            outcome_.hold.sensitivity_ready = true;
            changed = true;
        }
    }
    const bool sensitivity_done = !sensitivity_ || sensitivity_->done();
    if (best_ && !best_->done() && sensitivity_done && job_ && job_->done() && !baseline_job_ && within()) {
        best_stepping_ = true;
        run_steps(best_);
        if (best_->done()) {
            best_->fill(outcome_.hold);
            outcome_.hold.best_progress.clear();
            changed = true;
        } else if (std::string p = best_->progress(); p != outcome_.hold.best_progress) {
            outcome_.hold.best_progress = std::move(p);
            changed = true;
        }
    }
    if (with_sensitivity_ && !best_ && sensitivity_done && job_ && job_->done() && !outcome_.hold.best_ready) {
        outcome_.hold.best_ready = true;
        outcome_.hold.best_summary = "No agreement all four parties accept was found, so there is none to rank.";
        changed = true;
    }
    if (changed) ++revision_;
}

void Evaluator::update(const Scenario& s, double budget_ms, const Clock& clock) {
    if (!evaluated_ || *evaluated_ != s) restart(s);
    if (busy()) refine(budget_ms, clock);
}

}  // namespace armistice::ui
