// preset_library.h — the presets compiled into the binary, loaded and validated once.
//
// Purpose: the top bar's preset menu, the timeline (sorted by meta.date), the tour and the
// compare picker all read this list; it wraps persist::presets() (parsed once, strictly; a
// broken preset is left out there and reported by the persist tests).
// Invariants: entries are in file-name order and never change after construction; `index` values
// handed to commands are positions in entries().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "persist/scenario_file.h"

namespace armistice::ui {

struct PresetEntry {
    std::string file_name;        // e.g. "nato_norway.json"
    persist::ScenarioFile file;   // validated
    std::string date;             // meta.date or "" (for the timeline)
    std::string proposer;         // meta.proposer or ""
    std::string status;           // meta.status key or ""
};

class PresetLibrary {
public:
    PresetLibrary();  // loads every embedded preset

    const std::vector<PresetEntry>& entries() const { return entries_; }
    std::optional<std::size_t> find_by_id(std::string_view id) const;
    // The scenario the app opens on when there is no (valid) link.
    std::size_t default_index() const { return default_index_; }
    // Indices sorted by date (undated last), for the timeline.
    std::vector<std::size_t> by_date() const;

private:
    std::vector<PresetEntry> entries_;
    std::size_t default_index_ = 0;
};

}  // namespace armistice::ui
