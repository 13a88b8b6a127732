// presets.h — the built-in presets (scenarios/*.json, checked and compiled in at build time).
//
// Purpose: the page, the CLI and the tests list presets, and share links restore a scenario's
// name, description and meta from its base preset. The files are loaded and checked when the
// program is built (preset_table.h: a bad file or a duplicate id fails the build), so nothing is
// parsed at run time; the values are built once, on first use, and immutable afterwards (a
// function-local static const, like catalog()).
// Invariants: preset ids are unique and never removed or renamed once released (old links name
// them); presets() is in file-name order.
#pragma once

#include <string_view>
#include <vector>

#include "engine/acceptance/closest.h"
#include "persist/scenario_file.h"

namespace armistice::persist {

// Every preset, in file-name order.
const std::vector<ScenarioFile>& presets();

// The preset whose id is `id`; nullptr when none.
const ScenarioFile* find_preset(std::string_view id);

// Search limits for a scenario's closest agreement: the premise of its base preset (meta.premise),
// bit d set for each premise dimension whose clause the scenario still has as the preset does
// (a premise the user already changed is not imposed). Defaults otherwise.
SearchLimits search_limits_for(const Scenario& s);

}  // namespace armistice::persist
