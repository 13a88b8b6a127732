// goal.h — an educator's goal (carried by a share link) checked against the current outcome.
//
// Invariants: pure function of (goal, outcome); `pending` while the durability estimate that a
// P(hold) condition needs is still refining, so a goal is never declared met on a first estimate.
#pragma once

#include <string>
#include <vector>

#include "persist/link.h"
#include "ui/outcome.h"

namespace armistice::ui {

struct GoalPart {
    std::string text;  // "All four parties accept"
    bool met = false;
};

struct GoalStatus {
    bool has_goal = false;
    bool pending = false;  // waiting for the full Monte Carlo run
    bool met = false;      // every part met (and not pending)
    std::vector<GoalPart> parts;
    std::string summary() const;  // "Goal met", "Goal not met yet (1 of 3 conditions)", ...
};

GoalStatus check_goal(const persist::EducatorGoal& goal, const Outcome& outcome);

}  // namespace armistice::ui
