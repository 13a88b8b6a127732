// summary.h — the plain-text mirror of the screen for scripts, tests and the text version.
//
// Purpose: the shell puts this text into the page's #a11y-summary element (hidden, textContent
// only): the flat mirror scripts and tests read, and the no-WebGL text version. Screen readers
// get the structured outline instead (accessible_outline.h). It names the scenario, every
// clause (label, and for scripts its stable id), and the three answers.
// Invariants: plain UTF-8 text, no markup; deterministic in its inputs; while durability is
// still refining the hold line says so instead of quoting moving numbers (tests read final
// figures only).
#pragma once

#include <string>

#include "text/strings.h"
#include "ui/app_state.h"
#include "ui/goal.h"
#include "ui/outcome.h"

namespace armistice::ui {

// Whether machine ids are written: the base preset's id and the "Clause ids:" line (every
// clause's stable id), for scripts and tests. The text version shown to readers leaves them out
// (its "Scenario:" line already names the preset, or says what it was edited from).
enum class MachineIds : bool { Omit, Include };

// `t`: the reader's language (every sentence of the summary; texts that come with the outcome
// are drawn as they come). `effects`: the compare view's clause effects of B on A (added after
// the "Comparing with B" line while the compare view is open), or null.
std::string build_summary(const text::Strings& t, const AppState& s, const Outcome& o,
                          const GoalStatus& goal, const CompareEffects* effects = nullptr,
                          MachineIds ids = MachineIds::Include);

}  // namespace armistice::ui
