// link_sync.h — AppState <-> share link (persist/link.h), and the educator's note and goal.
//
// Purpose: the URL fragment always reflects the state; opening a link restores it exactly.
// Invariants:
//  - make_link_state() captures everything a link carries (scenario, compare partner, view,
//    note, goal, suggestions setting, the assignment's start when the scenario moved away from
//    it); encode → decode → apply gives back the same LinkState; folding the note on screen
//    never drops it from the link;
//  - apply_link() changes nothing when decoding fails: it returns the message for the banner;
//  - a compare partner is kept in the link whatever the view (a link with a partner and another
//    view keeps it); what a link asks for but cannot be shown is reported in *notice
//    (persist::link_view_notice, the same words `armistice link decode` prints).
#pragma once

#include <optional>
#include <string>

#include "persist/link.h"
#include "ui/app_state.h"

namespace armistice::ui {

persist::LinkState make_link_state(const AppState& s);

// Decodes `text` (fragment, "#fragment" or URL). On success replaces the state (fresh history,
// Reset returns to the linked scenario), sets *notice ("" when the link is shown as asked) and
// returns nullopt; on failure returns the message and leaves *notice alone.
std::optional<std::string> apply_link(AppState& s, const std::string& text, std::string* notice);

}  // namespace armistice::ui
