// presets.cpp — parse the embedded presets (see presets.h).
#include "persist/presets.h"

#include <set>
#include <string>

#include "persist/embedded_presets.h"

namespace armistice::persist {

PresetSet load_embedded_presets() {
    PresetSet set;
    std::size_t count = 0;
    const EmbeddedFile* files = embedded_presets(&count);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string name = "scenarios/" + std::string(files[i].name);
        LoadResult r = load_scenario_file(files[i].text, name);
        if (!r.ok()) {
            set.errors.insert(set.errors.end(), r.errors.begin(), r.errors.end());
            continue;
        }
        if (!ids.insert(r.file->id).second) {
            set.errors.push_back({name, "id", "duplicate preset id \"" + r.file->id + "\""});
            continue;
        }
        set.presets.push_back(std::move(*r.file));
    }
    return set;
}

const std::vector<ScenarioFile>& presets() {
    static const std::vector<ScenarioFile> instance = load_embedded_presets().presets;
    return instance;
}

const ScenarioFile* find_preset(std::string_view id) {
    if (id.empty()) return nullptr;
    for (const ScenarioFile& p : presets()) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

SearchLimits search_limits_for(const Scenario& s) {
    SearchLimits limits;
    const ScenarioFile* p = find_preset(s.base_preset);
    if (!p || !p->meta) return limits;
    for (const std::string& id : p->meta->premise) {
        const std::optional<Dim> d = catalog().find_dimension(id);
        if (d && s.choice(*d) == p->scenario.choice(*d)) {
            limits.premise_dimensions |= 1u << static_cast<unsigned>(*d);
        }
    }
    return limits;
}

}  // namespace armistice::persist
