// goal.h — an educator's goal (carried by a share link) checked against the current outcome.
//
// Invariants: pure function of (language, goal, outcome); `pending` while the durability estimate
// that a P(hold) condition needs is still refining, so a goal is never declared met on a first
// estimate.
#pragma once

#include <string>
#include <vector>

#include "persist/link.h"
#include "text/strings.h"
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
    // "Goal met", "Goal not met yet (1 of 3 conditions)", ... in the reader's language.
    std::string summary(const text::Strings& t) const;
};

// The parts' texts are in the reader's language `t`.
GoalStatus check_goal(const text::Strings& t, const persist::EducatorGoal& goal,
                      const Outcome& outcome);

}  // namespace armistice::ui
