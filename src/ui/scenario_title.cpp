// scenario_title.cpp — see scenario_title.h.
#include "ui/scenario_title.h"

#include <optional>

#include "persist/edited_from.h"
#include "persist/presets.h"
#include "text/scenario_text.h"
#include "ui/data_text.h"

namespace armistice::ui {

std::string scenario_title(const text::Strings& t, const Scenario& s) {
    using text::Str;
    const persist::ScenarioFile* base = persist::find_preset(s.base_preset);
    if (base != nullptr && s.name == base->scenario.name) {
        const std::string preset(preset_name(t, *base));
        if (const std::optional<persist::EditedFrom> e = persist::edited_from_preset(s)) {
            const auto n = static_cast<long long>(e->changes);
            return t.format(
                t.plural(n, Str::title_edited_one, Str::title_edited_few, Str::title_edited_many),
                {{"preset", preset}, {"n", std::to_string(n)}});
        }
        return preset;
    }
    // A new scenario's default name is English (engine/scenario.h); it is shown translated.
    if (s.name.empty() || s.name == Scenario().name) return t(Str::title_untitled);
    return s.name;
}

}  // namespace armistice::ui
