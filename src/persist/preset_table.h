// preset_table.h — the built-in presets (scenarios/*.json) as compiled-in rows.
//
// Purpose: the page parses nothing at start-up and links no JSON reader. At build time
// armistice_presetgen (src/datagen/presetgen_main.cpp) loads every scenarios/*.json with the same
// strict loader as `armistice validate` (load_scenario_path), fails the build on any problem or a
// duplicate id, and writes one PresetRow per file (src/datagen/emit_presets.cpp), which defines
// preset_rows(). presets.cpp turns the rows into ScenarioFile values once.
// Invariants:
//  - Rows are sorted by `file` (the file name in scenarios/, e.g. "freeze_now.json").
//  - A row holds exactly what load_scenario_file() returned for that file: preset_file(row) ==
//    the loaded file (tests/persist/preset_table_test.cpp compares every file on disk).
//  - choices are option indices of the catalog this build was generated from; context values are
//    written as hexadecimal floating literals (bit-exact).
//  - Text fields are string views into static storage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/context.h"
#include "engine/scenario.h"
#include "persist/scenario_file.h"

namespace armistice::persist {

struct PresetRow {
    std::string_view file;                  // file name in scenarios/
    std::string_view id;                    // ScenarioFile::id
    std::string_view name;                  // Scenario::name
    std::string_view description;           // Scenario::description
    std::string_view base_preset;           // Scenario::base_preset (the loader sets it to id)
    std::uint8_t choices[kDimensionCount];  // option index per dimension
    double context[kLeverCount];            // lever values, lever units
    std::uint8_t lens;                      // LensId
    std::uint64_t relaxed_red_lines;        // Scenario::relaxed_red_lines
    std::uint32_t runs;                     // SimSettings::runs
    std::uint32_t horizon_months;           // SimSettings::horizon_months, months
    std::uint64_t seed;                     // SimSettings::seed
    std::uint16_t as_of;                    // Scenario::as_of, month_code (0 = undated)
    bool has_meta;                          // the file has a "meta" object
    std::string_view date;                  // PresetMeta::date
    std::string_view proposer;              // PresetMeta::proposer
    std::uint8_t status;                    // PresetStatus
    const std::string_view* sources;        // PresetMeta::sources (nullptr when none)
    std::uint8_t source_count;
    const std::string_view* premise;  // PresetMeta::premise, dimension ids (nullptr when none)
    std::uint8_t premise_count;
    std::string_view note;    // educator note
    bool goal_all_accept;     // EducatorGoal::require_all_accept
    bool goal_lawful;         // EducatorGoal::require_lawful
    bool goal_has_p_hold_60;  // EducatorGoal::min_p_hold_60 is set
    double goal_p_hold_60;    // its value, probability in [0, 1]
    bool suggestions_hidden;  // "suggestions": "hidden"
};

// The first of `*count` rows (generated; nullptr when scenarios/ holds no file).
const PresetRow* preset_rows(std::size_t* count);

// The scenario file a row describes.
ScenarioFile preset_file(const PresetRow& row);

}  // namespace armistice::persist
