// presets.h — the built-in presets (scenarios/*.json embedded in the binary), parsed.
//
// Purpose: the page, the CLI and the tests list presets, and share links restore a scenario's
// name, description and meta from its base preset. Parsing happens once, on first use; the
// result is immutable afterwards (a function-local static const, like catalog()).
// Invariants: preset ids are unique and never removed or renamed once released (old links name
// them); a preset that fails to load is reported by load_embedded_presets() and left out of
// presets() (tests require zero errors).
#pragma once

#include <string_view>
#include <vector>

#include "engine/acceptance/closest.h"
#include "persist/scenario_file.h"

namespace armistice::persist {

struct PresetSet {
    std::vector<ScenarioFile> presets;  // in embedded order (sorted by file name)
    std::vector<LoadError> errors;      // files that failed to load, and duplicate ids
};

// Parses every embedded scenarios/*.json now (no caching): for tests and `armistice validate`.
PresetSet load_embedded_presets();

// The successfully loaded presets, parsed once.
const std::vector<ScenarioFile>& presets();

// The preset whose id is `id`; nullptr when none.
const ScenarioFile* find_preset(std::string_view id);

// Search limits for a scenario's closest agreement: the premise of its base preset (meta.premise),
// bit d set for each premise dimension whose clause the scenario still has as the preset does
// (a premise the user already changed is not imposed). Defaults otherwise.
SearchLimits search_limits_for(const Scenario& s);

}  // namespace armistice::persist
