// goal.cpp — see goal.h.
#include "ui/goal.h"

#include <cmath>
#include <cstdio>

namespace armistice::ui {

std::string GoalStatus::summary() const {
    if (!has_goal) return "";
    if (pending) return "Goal: checking (the estimate is still being refined)";
    if (met) return "Goal met";
    int n = 0;
    for (const auto& p : parts) n += p.met;
    return "Goal not met yet (" + std::to_string(n) + " of " + std::to_string(parts.size()) +
           " conditions)";
}

GoalStatus check_goal(const persist::EducatorGoal& goal, const Outcome& outcome) {
    GoalStatus g;
    if (goal.empty()) return g;
    g.has_goal = true;
    if (goal.require_all_accept) {
        const bool ok = outcome.sign.available && outcome.sign.accepting == static_cast<int>(kPartyCount);
        g.parts.push_back({"All four parties accept", ok});
    }
    if (goal.require_lawful) {
        const bool ok = outcome.law.available && outcome.law.problems == 0;
        g.parts.push_back({"No legal finding against the agreement", ok});
    }
    if (goal.min_p_hold_60) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "Holds 5 years with probability at least %.0f%%",
                      *goal.min_p_hold_60 * 100.0);
        const HoldOutcome& h = outcome.hold;
        const bool ok = h.available && h.applicable && std::isfinite(h.p5) &&
                        h.p5 >= *goal.min_p_hold_60;
        if (h.refining() || !h.available) g.pending = true;
        g.parts.push_back({buf, ok});
    }
    bool all = true;
    for (const auto& p : g.parts) all = all && p.met;
    g.met = all && !g.pending;
    return g;
}

}  // namespace armistice::ui
