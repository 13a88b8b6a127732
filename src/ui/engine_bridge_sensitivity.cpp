// engine_bridge_sensitivity.cpp — the sensitivity ranking computed progressively across frames.
//
// durability::durability_sensitivity() does the whole ranking in one call (~80 candidate runs):
// too long for one frame in the page. This job evaluates the SAME candidates with the same
// method (every other option of every dimension, ±25 % of range on the durability levers, each
// simulated with the scenario's seed so differences are effects, not noise; candidates whose
// model input is unchanged are skipped) a few per frame. Keep it in step with
// src/engine/durability/sensitivity.cpp; the result labels match that file's wording.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/durability/durability.h"
#include "engine/durability/ru_mapping.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

namespace {

double p60(const Scenario& s, std::uint32_t runs) {
    Scenario t = s;
    t.sim.runs = runs;
    durability::DurabilityRun run(t);
    run.advance(runs);
    const durability::DurabilityResult r = run.snapshot();
    if (!r.applicable || r.survival.empty()) return std::nan("");
    const std::size_t m = std::min<std::size_t>(60, r.survival.size());
    return r.survival[m - 1];
}

bool same_input(const durability::HazardInput& a, const durability::HazardInput& b) {
    return a.mechanisms == b.mechanisms && a.lever_pressure == b.lever_pressure &&
           a.us_reliability == b.us_reliability && a.european_readiness == b.european_readiness;
}

}  // namespace

SensitivityJob::SensitivityJob(const Scenario& s, std::uint32_t runs) : base_(s), runs_(runs) {
    if (durability::is_no_agreement(s)) return;
    const durability::HazardInput base_in = durability::map_scenario(s);
    for (const Dimension& dim : catalog().dimensions) {
        for (std::size_t o = 0; o < dim.options.size(); ++o) {
            if (o == s.choice(dim.dim)) continue;
            Scenario t = s;
            t.set_choice(dim.dim, static_cast<std::uint8_t>(o));
            if (durability::is_no_agreement(t) || same_input(durability::map_scenario(t), base_in))
                continue;
            candidates_.push_back({std::move(t),
                                   std::string(dim.label) + ": " + std::string(dim.options[o].label)});
        }
    }
    const Lever levers[] = {Lever::WesternAid,    Lever::SanctionsPressure,  Lever::OutsideSupport,
                            Lever::UsReliability, Lever::EuropeanReadiness, Lever::BattlefieldTrend};
    for (Lever l : levers) {
        const LeverInfo& info = lever_info(l);
        for (int dir = -1; dir <= 1; dir += 2) {
            Scenario t = s;
            double v = s.context.get(l) + dir * 0.25 * (info.max - info.min);
            v = std::clamp(v, info.min, info.max);
            if (v == s.context.get(l)) continue;
            t.context.set(l, v);
            char value[32];
            std::snprintf(value, sizeof value, "%g", std::floor(v * 100.0 + 0.5) / 100.0);
            candidates_.push_back({std::move(t), std::string(info.label) +
                                                     (dir > 0 ? " up to " : " down to ") + value +
                                                     " (" + std::string(info.unit) + ")"});
        }
    }
}

bool SensitivityJob::step() {
    if (done()) return false;
    if (!have_base_) {
        base_p_ = p60(base_, runs_);
        have_base_ = true;
        return true;
    }
    Candidate& c = candidates_[next_++];
    const double p = p60(c.scenario, runs_);
    if (std::isfinite(p) && std::isfinite(base_p_) && p != base_p_)
        results_.push_back({c.label, p - base_p_});
    return true;
}

bool SensitivityJob::done() const {
    return candidates_.empty() ? have_base_ || durability::is_no_agreement(base_)
                               : have_base_ && next_ >= candidates_.size();
}

std::vector<Share> SensitivityJob::ranking(std::size_t per_side) const {
    std::vector<Share> up, down;
    for (const Share& r : results_) (r.value > 0 ? up : down).push_back(r);
    auto gain = [](const Share& a, const Share& b) {
        return a.value != b.value ? a.value > b.value : a.label < b.label;
    };
    auto loss = [](const Share& a, const Share& b) {
        return a.value != b.value ? a.value < b.value : a.label < b.label;
    };
    std::sort(up.begin(), up.end(), gain);
    std::sort(down.begin(), down.end(), loss);
    if (up.size() > per_side) up.resize(per_side);
    if (down.size() > per_side) down.resize(per_side);
    up.insert(up.end(), down.begin(), down.end());
    return up;
}

}  // namespace armistice::ui::bridge
