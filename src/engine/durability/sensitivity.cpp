// sensitivity.cpp — which single provision change or lever move changes P(hold 60) most.
//
// Each candidate (every other option of every dimension, and ±25% of range on the durability
// levers) is simulated with the same seed and run count as the baseline, so trajectories share
// their random streams (common random numbers) and differences are effects, not noise.
// Candidates that leave the model input unchanged are skipped (their effect is exactly zero), and
// so are those that change the deal's scope or term (an interim deal is measured over its term:
// P(hold 60) below is then P(hold the term)).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "engine/durability/durability.h"
#include "engine/durability/ru_mapping.h"
#include "engine/scope.h"

namespace armistice::durability {

namespace {

bool same_input(const HazardInput& a, const HazardInput& b) {
    return a.mechanisms == b.mechanisms && a.lever_deviation == b.lever_deviation &&
           a.lens_rows == b.lens_rows && a.us_reliability == b.us_reliability &&
           a.european_readiness == b.european_readiness && a.consent == b.consent &&
           a.separation_share == b.separation_share && a.partial_strands == b.partial_strands;
}

bool same_scope(const AgreementScope& a, const AgreementScope& b) {
    return a.kind == b.kind && a.term_days == b.term_days;
}

std::string format_value(double v) {
    // Shortest of a few fixed precisions; levers are multiples of their step (e.g. 0.05, 5).
    char buf[32];
    const double r = std::floor(v * 100.0 + 0.5) / 100.0;
    std::snprintf(buf, sizeof buf, "%g", r);
    return buf;
}

}  // namespace

double p_hold_60(const Scenario& s, std::uint32_t runs) {
    Scenario t = s;
    t.sim.runs = runs;
    DurabilityRun run(t);
    run.advance(runs);
    const DurabilityResult r = run.snapshot();
    if (!r.applicable || r.survival.empty()) return std::nan("");
    const std::size_t m = std::min<std::size_t>(60, r.survival.size());
    return r.survival[m - 1];
}

std::vector<SensitivityCandidate> sensitivity_candidates(const Scenario& s) {
    std::vector<SensitivityCandidate> out;
    if (is_no_agreement(s)) return out;
    const HazardInput base_in = map_scenario(s);
    const AgreementScope base_scope = scope_of(s);
    for (const Dimension& dim : catalog().dimensions) {
        for (std::size_t o = 0; o < dim.options.size(); ++o) {
            if (o == s.choice(dim.dim)) continue;
            Scenario t = s;
            t.set_choice(dim.dim, static_cast<std::uint8_t>(o));
            // A change of scope or term changes what is measured (the term, not 60 months): skipped.
            if (is_no_agreement(t) || !same_scope(scope_of(t), base_scope) || same_input(map_scenario(t), base_in))
                continue;
            const std::string option = std::string(dim.id) + "." + std::string(dim.options[o].id);
            out.push_back({std::move(t), option,
                           Message{"durability.sensitivity.option",
                                   {},
                                   {{"dimension", "dimension." + std::string(dim.id) + ".label"},
                                    {"option", "option." + option + ".label"}}}});
        }
    }
    const Lever levers[] = {Lever::WesternAid,    Lever::SanctionsPressure,  Lever::OutsideSupport,
                            Lever::UsReliability, Lever::EuropeanReadiness, Lever::BattlefieldTrend};
    for (Lever l : levers) {
        const LeverInfo& info = lever_info(l);
        for (int dir = -1; dir <= 1; dir += 2) {
            Scenario t = s;
            const double step = 0.25 * (info.max - info.min);
            double v = s.context.get(l) + dir * step;
            v = v < info.min ? info.min : (v > info.max ? info.max : v);
            if (v == s.context.get(l)) continue;
            t.context.set(l, v);
            out.push_back({std::move(t),
                           "lever:" + std::string(info.id) + (dir > 0 ? ":up" : ":down"),
                           Message{dir > 0 ? "durability.sensitivity.lever_up"
                                           : "durability.sensitivity.lever_down",
                                   {{"value", format_value(v)}},
                                   {{"lever", "lever." + std::string(info.id) + ".label"},
                                    {"unit", "lever." + std::string(info.id) + ".unit"}}}});
        }
    }
    return out;
}

std::vector<SensitivityItem> rank_sensitivity(const std::vector<SensitivityItem>& items,
                                              std::size_t per_side) {
    // Stable order: by delta, ties by id (deterministic on every platform).
    std::vector<SensitivityItem> up, down;
    for (const auto& it : items) {
        if (it.delta > 0) up.push_back(it);
        else if (it.delta < 0) down.push_back(it);
    }
    auto by_gain = [](const SensitivityItem& a, const SensitivityItem& b) {
        return a.delta != b.delta ? a.delta > b.delta : a.change_id < b.change_id;
    };
    auto by_loss = [](const SensitivityItem& a, const SensitivityItem& b) {
        return a.delta != b.delta ? a.delta < b.delta : a.change_id < b.change_id;
    };
    std::sort(up.begin(), up.end(), by_gain);
    std::sort(down.begin(), down.end(), by_loss);
    if (up.size() > per_side) up.resize(per_side);
    if (down.size() > per_side) down.resize(per_side);
    std::vector<SensitivityItem> out = std::move(up);
    out.insert(out.end(), down.begin(), down.end());
    return out;
}

std::vector<SensitivityItem> durability_sensitivity(const Scenario& s, std::uint32_t runs, std::size_t per_side) {
    std::vector<SensitivityItem> items;
    if (is_no_agreement(s)) return items;
    const double base = p_hold_60(s, runs);
    for (SensitivityCandidate& c : sensitivity_candidates(s)) {
        const double p = p_hold_60(c.scenario, runs);
        items.push_back({std::move(c.change_id), std::move(c.label), p, p - base});
    }
    return rank_sensitivity(items, per_side);
}

}  // namespace armistice::durability
