// scenario_title.cpp — see scenario_title.h.
#include "ui/scenario_title.h"

#include "persist/edited_from.h"

namespace armistice::ui {

std::string scenario_title(const text::Strings& t, const Scenario& s) {
    const Scenario labelled = persist::with_honest_labels(s, t);
    // A new scenario's default name is English (engine/scenario.h); it is shown translated.
    if (labelled.name.empty() || labelled.name == Scenario().name)
        return t(text::Str::title_untitled);
    return labelled.name;
}

}  // namespace armistice::ui
