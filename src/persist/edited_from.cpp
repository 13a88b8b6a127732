// edited_from.cpp — see edited_from.h.
#include "persist/edited_from.h"

#include "engine/diff/edit_summary.h"
#include "persist/presets.h"
#include "text/data_text.h"
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

Scenario with_honest_labels(const Scenario& s) { return with_honest_labels(s, text::Strings()); }

Scenario with_honest_labels(const Scenario& s, const text::Strings& t) {
    Scenario out = s;
    const ScenarioFile* base = find_preset(s.base_preset);
    if (base == nullptr) return out;
    const bool own_name = s.name != base->scenario.name;
    const bool own_description = s.description != base->scenario.description;
    const std::string_view name =
        text::data_key_text(t, "preset", base->id, "name", base->scenario.name);
    if (const std::optional<EditedFrom> e = edited_from_preset(s)) {
        if (!own_name) out.name = text::edited_title(t, name, e->changes);
        if (!own_description) out.description = text::edits_paragraph(t, e->diff);
        return out;
    }
    // Unchanged: the preset's own texts, in t's language (in English, the row itself).
    if (!own_name) out.name = std::string(name);
    if (!own_description)
        out.description = std::string(text::data_key_text(t, "preset", base->id, "description",
                                                           base->scenario.description));
    return out;
}

}  // namespace armistice::persist
