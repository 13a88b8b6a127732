// goal.cpp — see goal.h.
#include "ui/goal.h"

#include <cmath>
#include <cstdio>

namespace armistice::ui {

std::string GoalStatus::summary(const text::Strings& t) const {
    using text::Str;
    if (!has_goal) return "";
    if (pending) return t(Str::goal_checking);
    if (met) return t(Str::goal_met);
    int n = 0;
    for (const auto& p : parts) n += p.met;
    const auto total = static_cast<long long>(parts.size());
    return t.format(
        t.plural(total, Str::goal_not_met_one, Str::goal_not_met_few, Str::goal_not_met_many),
        {{"n", std::to_string(n)}, {"total", std::to_string(total)}});
}

GoalStatus check_goal(const text::Strings& t, const persist::EducatorGoal& goal,
                      const Outcome& outcome) {
    using text::Str;
    GoalStatus g;
    if (goal.empty()) return g;
    g.has_goal = true;
    if (goal.require_all_accept) {
        const bool ok = outcome.sign.available && outcome.sign.accepting == static_cast<int>(kPartyCount);
        g.parts.push_back({t(Str::goal_all_accept), ok});
    }
    if (goal.require_lawful) {
        const bool ok = outcome.law.available && outcome.law.problems == 0;
        g.parts.push_back({t(Str::goal_lawful), ok});
    }
    if (goal.min_p_hold_60) {
        char pct[16];
        std::snprintf(pct, sizeof pct, "%.0f%%", *goal.min_p_hold_60 * 100.0);
        const HoldOutcome& h = outcome.hold;
        const bool ok = h.available && h.applicable && std::isfinite(h.p5) &&
                        h.p5 >= *goal.min_p_hold_60;
        if (h.refining() || !h.available) g.pending = true;
        g.parts.push_back({t.format(Str::goal_hold, {{"percent", pct}}), ok});
    }
    bool all = true;
    for (const auto& p : g.parts) all = all && p.met;
    g.met = all && !g.pending;
    return g;
}

}  // namespace armistice::ui
