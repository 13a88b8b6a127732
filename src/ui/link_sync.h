// link_sync.h — AppState <-> share link (persist/link.h), and the educator's note and goal.
//
// Purpose: the URL fragment always reflects the state; opening a link restores it exactly.
// Invariants:
//  - make_link_state() captures everything a link carries (scenario, compare partner, view,
//    note, goal); encode → decode → apply gives back the same LinkState;
//  - apply_link() changes nothing when decoding fails: it returns the message for the banner.
#pragma once

#include <optional>
#include <string>

#include "persist/link.h"
#include "ui/app_state.h"

namespace armistice::ui {

persist::LinkState make_link_state(const AppState& s);

// Decodes `text` (fragment, "#fragment" or URL). On success replaces the state (fresh history,
// Reset returns to the linked scenario) and returns nullopt; on failure returns the message.
std::optional<std::string> apply_link(AppState& s, const std::string& text);

}  // namespace armistice::ui
