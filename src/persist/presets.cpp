// presets.cpp — the built-in presets from the compiled-in rows (see presets.h, preset_table.h).
#include "persist/presets.h"

#include <string>

#include "persist/preset_table.h"

namespace armistice::persist {

namespace {

std::vector<std::string> strings(const std::string_view* items, std::size_t count) {
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) out.emplace_back(items[i]);
    return out;
}

}  // namespace

ScenarioFile preset_file(const PresetRow& row) {
    ScenarioFile f;
    f.id = std::string(row.id);
    Scenario& s = f.scenario;
    s.name = std::string(row.name);
    s.description = std::string(row.description);
    s.base_preset = std::string(row.base_preset);
    for (std::size_t d = 0; d < kDimensionCount; ++d) s.choices[d] = row.choices[d];
    for (std::size_t l = 0; l < kLeverCount; ++l) s.context.values[l] = row.context[l];
    s.lens = static_cast<LensId>(row.lens);
    s.relaxed_red_lines = row.relaxed_red_lines;
    s.sim.runs = row.runs;
    s.sim.horizon_months = row.horizon_months;
    s.sim.seed = row.seed;
    s.as_of = row.as_of;
    if (row.has_meta) {
        PresetMeta meta;
        meta.date = std::string(row.date);
        meta.proposer = std::string(row.proposer);
        meta.status = static_cast<PresetStatus>(row.status);
        meta.sources = strings(row.sources, row.source_count);
        meta.premise = strings(row.premise, row.premise_count);
        f.meta = std::move(meta);
    }
    f.note = std::string(row.note);
    f.goal.require_all_accept = row.goal_all_accept;
    f.goal.require_lawful = row.goal_lawful;
    if (row.goal_has_p_hold_60) f.goal.min_p_hold_60 = row.goal_p_hold_60;
    f.suggestions_hidden = row.suggestions_hidden;
    return f;
}

const std::vector<ScenarioFile>& presets() {
    static const std::vector<ScenarioFile> instance = [] {
        std::size_t count = 0;
        const PresetRow* rows = preset_rows(&count);
        std::vector<ScenarioFile> out;
        out.reserve(count);
        for (std::size_t i = 0; i < count; ++i) out.push_back(preset_file(rows[i]));
        return out;
    }();
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
