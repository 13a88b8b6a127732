// class_link.cpp — see class_link.h.
#include "ui/class_link.h"

#include <algorithm>
#include <cmath>

namespace armistice::ui {

persist::EducatorGoal draft_goal(const ClassLinkDraft& d) {
    persist::EducatorGoal g;
    g.require_all_accept = d.all_accept;
    g.require_lawful = d.lawful;
    if (d.hold) g.min_p_hold_60 = std::clamp(std::round(d.min_p_hold_60 * 20.0) / 20.0, 0.0, 1.0);
    return g;
}

persist::LinkState class_link_state(const Scenario& scenario, const ClassLinkDraft& d) {
    persist::LinkState l;
    l.scenario = scenario;
    l.note = d.note;
    l.goal = draft_goal(d);
    l.suggestions_hidden = !d.show_suggestions;
    return l;
}

std::size_t note_chars(const std::string& note) {
    std::size_t n = 0;
    for (const char c : note) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace armistice::ui
