// scenario_title.h — what to call a scenario on screen, in the reader's language: the page's
// title line and the text summary's "Scenario:" line.
//
// persist::with_honest_labels in the reader's language (persist::honest_title is its English,
// which the CLI prints): an unchanged built-in preset shows the preset's name in the reader's language; an
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
