// assignment.h — an educator's assignment: the goal type shared by share links and scenario
// files, and its one-line spec ("all_accept,lawful,p_hold_60>=0.5") used by scenario files and
// `armistice link encode --goal`.
//
// Invariants: parse_goal_spec(goal_spec(g)) == g for every goal with min_p_hold_60 in [0, 1];
// parsing never throws; a bad spec gives one message naming the item and what is allowed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace armistice::persist {

// An educator's goal for the scenario; the page shows whether the current result meets it.
struct EducatorGoal {
    bool require_all_accept = false;      // all four parties accept
    bool require_lawful = false;          // no legal finding against the agreement
    std::optional<double> min_p_hold_60;  // P(agreement holds 60 months) ≥ this, in [0, 1]

    bool empty() const { return !require_all_accept && !require_lawful && !min_p_hold_60; }
    bool operator==(const EducatorGoal& o) const {
        return require_all_accept == o.require_all_accept && require_lawful == o.require_lawful &&
               min_p_hold_60 == o.min_p_hold_60;
    }
    bool operator!=(const EducatorGoal& o) const { return !(*this == o); }
};

// "all_accept,lawful,p_hold_60>=0.5": the conditions in this order, comma-separated, the
// probability in shortest round-trip form; "" for an empty goal.
std::string goal_spec(const EducatorGoal& goal);

// Parses a spec: items separated by ',' (spaces around items allowed), each "all_accept",
// "lawful" or "p_hold_60>=P" with P a decimal from 0 to 1; no item twice; not empty.
// On failure returns nullopt and sets *error (plain words, one line, safe to print).
std::optional<EducatorGoal> parse_goal_spec(std::string_view spec, std::string* error);

// Problems with an educator note (≤ kMaxNoteChars code points, valid UTF-8, no control
// characters but '\n'), or "" when it is fine. `max_chars` / `max_bytes`: the link's limits.
std::string note_problem(const std::string& note, std::size_t max_chars, std::size_t max_bytes);

}  // namespace armistice::persist
