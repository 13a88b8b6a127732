// app_state.h — the one owner of the explorer's mutable state (DESIGN §5.3).
//
// Purpose: holds the scenario being edited (A), an optional compare partner (B), the preset it
// was loaded from (for Reset), an undo/redo history of whole scenarios, the educator's note and
// goal from a link, and UI preferences. apply() is the only mutator; panels send Commands.
// Invariants:
//  - `scenario` always passes validate() (commands only produce valid states: options come from
//    the catalog, lever values are clamped to their ranges before they get here);
//  - undo/redo hold whole scenarios, at most kMaxHistory each; any edit clears redo;
//  - a coalescing edit (a slider drag) replaces nothing in the history after its first step, so a
//    whole drag is one undo step;
//  - AppState performs no I/O: side effects (clipboard, storage) are queued in `effects` and the
//    app shell drains them each frame.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/scenario.h"
#include "persist/link.h"
#include "ui/commands.h"
#include "ui/preset_library.h"

namespace armistice::ui {

constexpr std::size_t kMaxHistory = 200;

struct Prefs {
    Theme theme = Theme::Dark;
    std::size_t language = 0;  // index into the string tables (text/strings.h); never in links
    View view = View::Explore;
    bool model_card_open = false;
    // Which outcome card has the focus (kept in links): 0 none (agreement builder), 1 sign,
    // 2 law, 3 hold. The tabbed (narrow) layout shows card max(card, 1).
    int card = 0;
};

// The assignment from a class link. Everything here stays in the page's link (a reload or a
// student's shared result keeps the assignment); `collapsed` only folds the note on screen.
struct EducatorInfo {
    std::string note;  // untrusted text from a link: render with TextUnformatted only
    persist::EducatorGoal goal;  // empty() = no goal
    bool suggestions_hidden = false;  // hide the closest-agreement / most-durable suggestions
    std::optional<Scenario> start;    // where the assignment began ("Back to the assignment")
    bool collapsed = false;           // the note is folded away (screen only)

    bool active() const { return !note.empty() || !goal.empty(); }
};

// What the visitor had on screen when the tour began: the tour loads its own examples and
// gives this back when it ends (finished or skipped), history included.
struct TourReturn {
    Scenario scenario, loaded;
    std::string loaded_label;
    std::vector<Scenario> undo, redo;
    int card = 0;
};

struct TourState {
    int step = -1;           // -1: not running; 0..kTourSteps-1
    bool dismissed = false;  // remembered in local storage
    std::optional<TourReturn> saved;  // set while the tour runs
};

// Queued side effects for the app shell (drained once per frame).
struct PendingEffects {
    bool share_requested = false;                      // copy the current link
    bool class_link_requested = false;                 // copy the class link of class_draft
    std::vector<std::pair<std::string, std::string>> storage;  // key, value
};

struct AppState {
    Scenario scenario;
    std::optional<Scenario> compare;  // partner B in the compare view
    std::string compare_label;
    Scenario loaded;                  // what Reset returns to
    std::string loaded_label;
    std::vector<Scenario> undo, redo;
    bool last_edit_coalescable = false;
    Prefs prefs;
    EducatorInfo educator;
    TourState tour;
    bool intro_dismissed = false;  // the top bar's one-line statement (local storage, not links)
    ClassLinkDraft class_draft;  // the "Make a class link" dialog
    PendingEffects effects;
    double share_confirmed_at_ms = -1e9;  // when the last Share succeeded (for the toast)
    double class_link_copied_at_ms = -1e9;  // when the last class link was copied (dialog toast)

    // Replace everything with a freshly loaded scenario (no undo entry; clears history).
    void load_fresh(const Scenario& s, std::string label);
    // Apply one command. `now_ms` stamps transient messages.
    void apply(const Command& c, const PresetLibrary& presets, double now_ms);

    bool can_undo() const { return !undo.empty(); }
    bool can_redo() const { return !redo.empty(); }
    bool modified() const { return scenario != loaded; }
    // Starts the guided tour, remembering the visitor's scenario (tour.saved) to give it back.
    void begin_tour();

private:
    void edit(const Scenario& next, bool coalesce);
};

}  // namespace armistice::ui
