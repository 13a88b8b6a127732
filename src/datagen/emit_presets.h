// emit_presets.h — writes loaded scenario files as C++ source: the preset rows of
// persist/preset_table.h (defines persist::preset_rows()).
//
// Invariant: the output depends only on the files given, so the same presets give the same
// bytes; numbers are written exactly (hexadecimal floating literals), texts byte-exact (lit()).
#pragma once

#include <string>
#include <vector>

#include "persist/scenario_file.h"

namespace armistice::datagen {

struct LoadedPreset {
    std::string file;             // file name in scenarios/, e.g. "no_agreement.json"
    persist::ScenarioFile value;  // what load_scenario_path() returned for it
};

// `presets` sorted by file name, ids unique.
std::string presets_source(const std::vector<LoadedPreset>& presets);

}  // namespace armistice::datagen
