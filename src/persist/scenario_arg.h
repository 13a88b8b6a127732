// scenario_arg.h — one entry point for "a scenario given on a command line or in a box":
// a scenario file path, a share link (with or without '#', or a full URL ending in one), or the
// id of a built-in preset. Also the conversions between share-link state and scenario files.
//
// Invariants: never throws; a link's failure is reported as ONE LoadError with file "link" and
// the LinkError message; a path's failures as load_scenario_path() reports them.
#pragma once

#include <string_view>

#include "persist/link.h"
#include "persist/scenario_file.h"

namespace armistice::persist {

// The link state for a scenario file (scenario.base_preset = file.id; the file's note, goal and
// suggestions setting; no compare partner, no start block).
LinkState link_state_from_file(const ScenarioFile& file);

// The scenario file for a link's main scenario: id = base preset id (or "shared_link" when
// there is none); meta = the base preset's meta when the scenario equals that preset exactly,
// otherwise absent (an edited preset is no longer what its proposer tabled); the link's note,
// goal and suggestions setting (a compare partner and a start block have no place in a file).
ScenarioFile file_from_link_state(const LinkState& state);

// True when `arg` looks like a link rather than a path: starts with '#', or "a<digits>.",
// or contains "#a<digit>" (a URL with a link fragment).
bool looks_like_link(std::string_view arg);

// Resolves `arg`: "-" reads standard input; an existing file is read once (directories, pipes and
// devices are refused with a message, never opened in a way that can block); a name that is not
// a file is tried as a link, then as a built-in preset id.
LoadResult load_scenario_arg(std::string_view arg);

}  // namespace armistice::persist
