// scenario_title.h — what to call a scenario on screen, in the reader's language: the page's
// title line and the text summary's "Scenario:" line.
//
// The same rule as persist::honest_title (persist/edited_from.h), which the CLI prints in
// English: an unchanged built-in preset shows the preset's name in the reader's language; an
// edited preset still carrying the preset's name shows "Edited from: <preset> (N changes)"; a
// name the user wrote is shown as written; no name is "Untitled scenario". Invariants:
// ImGui-free (ui_logic); in English the result equals persist::honest_title(s).
#pragma once

#include <string>

#include "engine/scenario.h"
#include "text/strings.h"

namespace armistice::ui {

std::string scenario_title(const text::Strings& t, const Scenario& s);

}  // namespace armistice::ui
