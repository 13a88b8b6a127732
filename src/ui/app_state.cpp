// app_state.cpp — see app_state.h. One branch per command, in commands.h order.
#include "ui/app_state.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "engine/context.h"
#include "engine/red_lines.h"
#include "text/strings.h"

namespace armistice::ui {

void AppState::load_fresh(const Scenario& s, std::string label) {
    scenario = s;
    loaded = s;
    loaded_label = std::move(label);
    undo.clear();
    redo.clear();
    last_edit_coalescable = false;
}

void AppState::begin_tour() {
    if (tour.step < 0)
        tour.saved = TourReturn{scenario, loaded, loaded_label, undo, redo, prefs.card};
    tour.step = 0;
}

void AppState::edit(const Scenario& next, bool coalesce) {
    if (next == scenario) return;
    if (!(coalesce && last_edit_coalescable)) {
        undo.push_back(scenario);
        if (undo.size() > kMaxHistory) undo.erase(undo.begin());
    }
    redo.clear();
    scenario = next;
    last_edit_coalescable = coalesce;
}

void AppState::apply(const Command& c, const PresetLibrary& presets, double now_ms) {
    (void)now_ms;
    std::visit(
        [&](const auto& k) {
            using T = std::decay_t<decltype(k)>;
            Scenario next = scenario;
            if constexpr (std::is_same_v<T, cmd::SetChoice>) {
                const Dimension& d = catalog().at(k.dim);
                if (k.option >= d.options.size()) return;
                next.set_choice(k.dim, k.option);
                edit(next, false);
            } else if constexpr (std::is_same_v<T, cmd::SetLever>) {
                // Snap to the share-link grid so what is on screen is exactly what a link keeps.
                const LeverInfo& info = lever_info(k.lever);
                const double v = persist::quantise_lever(k.lever, std::clamp(k.value, info.min, info.max));
                next.context.set(k.lever, std::clamp(v, info.min, info.max));
                edit(next, k.coalesce);
            } else if constexpr (std::is_same_v<T, cmd::SetLens>) {
                next.lens = k.lens;
                edit(next, false);
            } else if constexpr (std::is_same_v<T, cmd::SetRedLineRelaxed>) {
                if (k.index >= red_lines().size()) return;
                const std::uint64_t bit = std::uint64_t{1} << k.index;
                next.relaxed_red_lines =
                    k.relaxed ? (next.relaxed_red_lines | bit) : (next.relaxed_red_lines & ~bit);
                edit(next, false);
            } else if constexpr (std::is_same_v<T, cmd::LoadPreset>) {
                if (k.index >= presets.entries().size()) return;
                const PresetEntry& e = presets.entries()[k.index];
                // Loading a preset is itself undoable (whole-state history).
                edit(e.file.scenario, false);
                loaded = e.file.scenario;
                loaded_label = e.file.scenario.name;
            } else if constexpr (std::is_same_v<T, cmd::ApplyScenario>) {
                if (!validate(k.scenario).empty()) return;
                edit(k.scenario, false);
            } else if constexpr (std::is_same_v<T, cmd::Undo>) {
                if (undo.empty()) return;
                redo.push_back(scenario);
                scenario = undo.back();
                undo.pop_back();
                last_edit_coalescable = false;
            } else if constexpr (std::is_same_v<T, cmd::Redo>) {
                if (redo.empty()) return;
                undo.push_back(scenario);
                scenario = redo.back();
                redo.pop_back();
                last_edit_coalescable = false;
            } else if constexpr (std::is_same_v<T, cmd::Reset>) {
                edit(loaded, false);
            } else if constexpr (std::is_same_v<T, cmd::SetTheme>) {
                prefs.theme = k.theme;
                effects.storage.emplace_back("armistice.theme",
                                             k.theme == Theme::Light ? "light" : "dark");
            } else if constexpr (std::is_same_v<T, cmd::SetLanguage>) {
                if (k.language >= text::language_count()) return;
                prefs.language = k.language;
                effects.storage.emplace_back("armistice.lang", text::language_code(k.language));
            } else if constexpr (std::is_same_v<T, cmd::SetView>) {
                prefs.view = k.view;
                if (k.view == View::Compare && !compare) {
                    compare = loaded;
                    compare_label = loaded_label;
                }
            } else if constexpr (std::is_same_v<T, cmd::SetComparePreset>) {
                if (k.index >= presets.entries().size()) return;
                compare = presets.entries()[k.index].file.scenario;
                compare_label = presets.entries()[k.index].file.scenario.name;
                prefs.view = View::Compare;
            } else if constexpr (std::is_same_v<T, cmd::CompareWithCurrent>) {
                compare = scenario;
                compare_label = "Snapshot of your agreement";
                prefs.view = View::Compare;
            } else if constexpr (std::is_same_v<T, cmd::SwapCompare>) {
                if (!compare) return;
                Scenario b = *compare;
                compare = scenario;
                compare_label = "Previous agreement A";
                edit(b, false);
            } else if constexpr (std::is_same_v<T, cmd::ShowModelCard>) {
                prefs.model_card_open = k.open;
            } else if constexpr (std::is_same_v<T, cmd::Share>) {
                effects.share_requested = true;
            } else if constexpr (std::is_same_v<T, cmd::StartTour>) {
                begin_tour();
            } else if constexpr (std::is_same_v<T, cmd::TourStep>) {
                if (k.step < 0) {
                    tour.step = -1;
                    tour.dismissed = true;
                    effects.storage.emplace_back("armistice.tour_dismissed", "1");
                    if (tour.saved) {  // back to the visitor's own scenario
                        TourReturn& r = *tour.saved;
                        scenario = std::move(r.scenario);
                        loaded = std::move(r.loaded);
                        loaded_label = std::move(r.loaded_label);
                        undo = std::move(r.undo);
                        redo = std::move(r.redo);
                        prefs.card = r.card;
                        last_edit_coalescable = false;
                        tour.saved.reset();
                    }
                } else {
                    tour.step = k.step;
                }
            } else if constexpr (std::is_same_v<T, cmd::ToggleNote>) {
                educator.collapsed = !educator.collapsed;
            } else if constexpr (std::is_same_v<T, cmd::BackToAssignment>) {
                if (educator.start) edit(*educator.start, false);
            } else if constexpr (std::is_same_v<T, cmd::OpenClassLink>) {
                if (k.open && !class_draft.open && educator.active()) {
                    // Start from the assignment on screen, if any.
                    class_draft.note = educator.note;
                    class_draft.all_accept = educator.goal.require_all_accept;
                    class_draft.lawful = educator.goal.require_lawful;
                    class_draft.hold = educator.goal.min_p_hold_60.has_value();
                    if (educator.goal.min_p_hold_60)
                        class_draft.min_p_hold_60 = *educator.goal.min_p_hold_60;
                    class_draft.show_suggestions = !educator.suggestions_hidden;
                }
                class_draft.open = k.open;
            } else if constexpr (std::is_same_v<T, cmd::EditClassLink>) {
                class_draft = k.draft;
                class_draft.min_p_hold_60 =
                    std::clamp(std::round(k.draft.min_p_hold_60 * 20.0) / 20.0, 0.0, 1.0);
            } else if constexpr (std::is_same_v<T, cmd::CopyClassLink>) {
                effects.class_link_requested = true;
            } else if constexpr (std::is_same_v<T, cmd::PreviewClassLink>) {
                const persist::LinkState l = class_link_state(scenario, class_draft);
                educator.note = l.note;
                educator.goal = l.goal;
                educator.suggestions_hidden = l.suggestions_hidden;
                educator.start = scenario;
                educator.collapsed = false;
                class_draft.open = false;
            } else if constexpr (std::is_same_v<T, cmd::SetCard>) {
                prefs.card = std::clamp(k.card, 0, 3);
            } else if constexpr (std::is_same_v<T, cmd::DismissIntro>) {
                intro_dismissed = true;
                effects.storage.emplace_back("armistice.intro_dismissed", "1");
            }
        },
        c);
}

}  // namespace armistice::ui
