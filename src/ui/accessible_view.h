// accessible_view.h — keeps the screen-reader side of the page in step with the screen: the
// structured outline (rewritten only when its text changes) and at most one short announcement
// per settled change of the evaluated scenario.
//
// Invariants: no ImGui; nothing is announced for the first settled outcome or while durability
// is refining; an edit that changes no headline figure still gets one confirmation.
#pragma once

#include <optional>
#include <string>

#include "engine/scenario.h"
#include "text/strings.h"
#include "ui/announcement.h"
#include "ui/app_state.h"
#include "ui/goal.h"
#include "ui/outcome.h"

namespace armistice::ui {

struct AccessibleUpdate {
    std::optional<std::string> outline;       // new outline wire (accessible_outline.h)
    std::optional<std::string> announcement;  // one sentence for the live region
};

class AccessibleView {
public:
    // `t`: the reader's language; `evaluated`: the scenario `o` describes (Evaluator::evaluated()).
    AccessibleUpdate update(const text::Strings& t, const AppState& s, const Outcome& o,
                            const std::optional<Scenario>& evaluated, const GoalStatus& goal);

private:
    std::string last_outline_;
    std::optional<Scenario> announced_for_;
    AnnouncedFigures announced_;
};

}  // namespace armistice::ui
