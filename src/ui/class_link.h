// class_link.h — the teacher's "Make a class link" draft and the link it makes (issue #15).
//
// Purpose: the dialog (panel_class_link.cpp) edits a ClassLinkDraft held in AppState; the link
// is the scenario on screen with the draft's note, goal and suggestions setting. Pure data and
// one pure function; no ImGui here.
// Invariants: class_link_state() never sets a start block (the scenario on screen IS the
// start); min_p_hold_60 is kept on the slider's 0.05 grid, in [0, 1].
#pragma once

#include <string>

#include "engine/scenario.h"
#include "persist/link.h"

namespace armistice::ui {

struct ClassLinkDraft {
    bool open = false;              // the dialog is showing
    std::string note;               // UTF-8, may exceed the limit while typing (Copy is disabled)
    bool all_accept = false;        // goal: all four parties accept
    bool lawful = false;            // goal: no legal finding
    bool hold = false;              // goal: P(hold 60 months) ≥ min_p_hold_60
    double min_p_hold_60 = 0.5;     // probability, [0, 1], step 0.05
    bool show_suggestions = false;  // students may see the closest / most durable deal

    bool operator==(const ClassLinkDraft& o) const {
        return open == o.open && note == o.note && all_accept == o.all_accept &&
               lawful == o.lawful && hold == o.hold && min_p_hold_60 == o.min_p_hold_60 &&
               show_suggestions == o.show_suggestions;
    }
    bool operator!=(const ClassLinkDraft& o) const { return !(*this == o); }
};

// The goal the draft asks for (empty when no box is ticked).
persist::EducatorGoal draft_goal(const ClassLinkDraft& d);

// The class link's state: `scenario`, the draft's note, goal and suggestions setting.
persist::LinkState class_link_state(const Scenario& scenario, const ClassLinkDraft& d);

// Code points of a UTF-8 string (the "n / 280" count).
std::size_t note_chars(const std::string& note);

}  // namespace armistice::ui
