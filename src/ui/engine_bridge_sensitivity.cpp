// engine_bridge_sensitivity.cpp — the sensitivity ranking computed progressively across frames.
//
// durability::durability_sensitivity() does the whole ranking in one call (~80 candidate runs):
// too long for one frame in the page. This job uses the engine's own pieces
// (sensitivity_candidates, p_hold_60, rank_sensitivity) one candidate per step, so the page's
// ranking is exactly the CLI's.
#include <cmath>

#include "engine/durability/durability.h"
#include "engine/durability/ru_mapping.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

SensitivityJob::SensitivityJob(const Scenario& s, std::uint32_t runs)
    : base_(s), runs_(runs), candidates_(durability::sensitivity_candidates(s)) {}

bool SensitivityJob::step() {
    if (done()) return false;
    if (!have_base_) {
        base_p_ = durability::p_hold_60(base_, runs_);
        have_base_ = true;
        return true;
    }
    durability::SensitivityCandidate& c = candidates_[next_++];
    const double p = durability::p_hold_60(c.scenario, runs_);
    if (std::isfinite(p) && std::isfinite(base_p_)) {
        results_.push_back({c.change_id, c.label, p, p - base_p_});
    }
    return true;
}

bool SensitivityJob::done() const {
    return candidates_.empty() ? have_base_ || durability::is_no_agreement(base_)
                               : have_base_ && next_ >= candidates_.size();
}

std::vector<Share> SensitivityJob::ranking(std::size_t per_side) const {
    std::vector<Share> out;
    for (const durability::SensitivityItem& it : durability::rank_sensitivity(results_, per_side)) {
        out.push_back({it.label, it.delta});
    }
    return out;
}

}  // namespace armistice::ui::bridge
