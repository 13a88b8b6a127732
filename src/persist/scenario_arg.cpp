// scenario_arg.cpp — see scenario_arg.h.
#include "persist/scenario_arg.h"

#include <string>

#include "persist/file_read.h"
#include "persist/presets.h"

namespace armistice::persist {

LinkState link_state_from_file(const ScenarioFile& file) {
    LinkState state;
    state.scenario = file.scenario;
    state.scenario.base_preset = file.id;
    state.note = file.note;
    state.goal = file.goal;
    state.suggestions_hidden = file.suggestions_hidden;
    return state;
}

ScenarioFile file_from_link_state(const LinkState& state) {
    ScenarioFile file;
    file.scenario = state.scenario;
    file.id = is_valid_id(state.scenario.base_preset) ? state.scenario.base_preset : "shared_link";
    file.scenario.base_preset = file.id;
    const ScenarioFile* base = find_preset(state.scenario.base_preset);
    if (base != nullptr && base->scenario == file.scenario) file.meta = base->meta;
    file.note = state.note;
    file.goal = state.goal;
    file.suggestions_hidden = state.suggestions_hidden;
    return file;
}

bool looks_like_link(std::string_view arg) {
    while (!arg.empty() && (arg.front() == ' ' || arg.front() == '\t')) arg.remove_prefix(1);
    if (!arg.empty() && arg.front() == '#') return true;
    auto versioned = [](std::string_view s) {
        std::size_t i = 1;
        if (s.empty() || s[0] != 'a') return false;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > 1 && i < s.size() && s[i] == '.';
    };
    if (versioned(arg)) return true;
    const std::size_t hash = arg.find('#');
    return hash != std::string_view::npos && versioned(arg.substr(hash + 1));
}

LoadResult load_scenario_arg(std::string_view arg) {
    try {
        const std::string path(arg);
        if (path == kStdinName) return load_scenario_path(path);
        // The file is opened and read once; only "no such file" falls through to links/presets.
        const FileRead read = path.empty() ? FileRead{ReadStatus::NotFound, "", "is empty"}
                                           : read_capped(path, kMaxScenarioFileBytes);
        if (read.status != ReadStatus::NotFound) return load_scenario_read(read, path);
        if (looks_like_link(arg)) {
            const DecodeResult decoded = decode_link(arg);
            LoadResult result;
            if (decoded.ok()) {
                result.file = file_from_link_state(*decoded.state);
            } else {
                result.errors.push_back({"link", "", decoded.error.message()});
            }
            return result;
        }
        if (const ScenarioFile* preset = find_preset(arg)) {
            LoadResult result;
            result.file = *preset;
            return result;
        }
        LoadResult result;
        result.errors.push_back(
            {path, "", "no such file, and not a share link or a preset id (see armistice list)"});
        return result;
    } catch (...) {
        LoadResult result;
        result.errors.push_back({std::string(arg.substr(0, 64)), "", "could not be read"});
        return result;
    }
}

}  // namespace armistice::persist
