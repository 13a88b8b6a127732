// preset_library.cpp — see preset_library.h.
#include "ui/preset_library.h"

#include <algorithm>

#include "persist/presets.h"

namespace armistice::ui {

namespace {
constexpr std::string_view kDefaultPresetId = "enforced_armistice";
}

PresetLibrary::PresetLibrary() {
    for (const persist::ScenarioFile& f : persist::presets()) {
        PresetEntry e;
        e.file_name = f.id + ".json";
        e.file = f;
        if (e.file.meta) {
            e.date = e.file.meta->date;
            e.proposer = e.file.meta->proposer;
            e.status = std::string(persist::preset_status_key(e.file.meta->status));
        }
        entries_.push_back(std::move(e));
    }
    if (auto d = find_by_id(kDefaultPresetId)) default_index_ = *d;
}

std::optional<std::size_t> PresetLibrary::find_by_id(std::string_view id) const {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].file.id == id) return i;
    return std::nullopt;
}

std::vector<std::size_t> PresetLibrary::by_date() const {
    std::vector<std::size_t> idx(entries_.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [this](std::size_t a, std::size_t b) {
        const std::string& da = entries_[a].date;
        const std::string& db = entries_[b].date;
        if (da.empty() != db.empty()) return db.empty();
        return da < db;
    });
    return idx;
}

}  // namespace armistice::ui
