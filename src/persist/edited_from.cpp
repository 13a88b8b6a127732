// edited_from.cpp — see edited_from.h.
#include "persist/edited_from.h"

#include "engine/diff/edit_summary.h"
#include "persist/presets.h"
#include "text/scenario_text.h"

namespace armistice::persist {

std::optional<EditedFrom> edited_from_preset(const Scenario& s) {
    const ScenarioFile* base = find_preset(s.base_preset);
    if (base == nullptr) return std::nullopt;
    EditedFrom e;
    e.diff = diff_scenarios(base->scenario, s);
    e.changes = count_edits(e.diff);
    if (e.changes == 0) return std::nullopt;
    e.preset_name = base->scenario.name;
    return e;
}

std::string honest_title(const Scenario& s) {
    const std::optional<EditedFrom> e = edited_from_preset(s);
    if (e && s.name == e->preset_name)
        return text::edited_title(text::Strings(), e->preset_name, e->changes);
    return s.name.empty() ? std::string("Untitled scenario") : s.name;
}

Scenario with_honest_labels(const Scenario& s) {
    Scenario out = s;
    const std::optional<EditedFrom> e = edited_from_preset(s);
    if (!e) return out;
    const ScenarioFile* base = find_preset(s.base_preset);
    if (s.name == e->preset_name)
        out.name = text::edited_title(text::Strings(), e->preset_name, e->changes);
    if (base != nullptr && s.description == base->scenario.description)
        out.description = text::edits_paragraph(text::Strings(), e->diff);
    return out;
}

}  // namespace armistice::persist
