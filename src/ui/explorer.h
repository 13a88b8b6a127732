// explorer.h — the explorer as one object the app shell drives once per frame.
//
// Purpose: owns AppState, the evaluators (A and the compare partner B) and the preset library;
// lays the panels out for the window size, applies the panels' commands, and reports every
// side effect (URL fragment, clipboard, accessible summary, banner, storage, test hooks) back to
// the shell in `Effects`, so this library never touches the platform (src/app/platform.h).
// Invariants:
//  - the URL fragment always encodes the state on screen (set only when it changes, so the
//    shell can use history.replaceState without spamming);
//  - a fragment the shell reports that differs from the last one we set is a link the user
//    opened: decoded and applied, or refused with a banner message while the state is kept;
//  - durability refines within `budget_ms` per frame, so the page stays responsive; with the
//    compare view open that budget is shared by A (up to ½), B (up to half the rest) and B's
//    clause effects (what is left).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ui/accessible_view.h"
#include "ui/app_state.h"
#include "ui/compare_effects.h"
#include "ui/evaluator.h"
#include "ui/language_loader.h"
#include "ui/outcome.h"
#include "ui/pane_coast.h"
#include "ui/pane_tabbing.h"
#include "ui/preset_library.h"
#include "ui/theme.h"

namespace armistice::ui {

struct Startup {
    std::string fragment;            // URL fragment at load ("" = none)
    std::optional<std::string> theme;  // "light" / "dark" from storage
    bool tour_dismissed = false;     // from storage
    bool intro_dismissed = false;    // from storage: the top bar's statement was hidden
    float raster_scale = 1.0f;       // device pixel ratio (fonts)
    std::size_t language = 0;        // string-table index (ui/language_choice.h)
    std::optional<PackArrival> language_pack;  // its pack, when the host fetched it before start
};

struct HostFrame {
    std::string fragment;   // current URL fragment (without '#')
    std::string page_url;   // page address without the fragment (for Share)
    double now_ms = 0.0;
    Clock clock;            // for the refinement budget
    std::optional<PackArrival> language_pack;  // a pack asked for with Effects::language_pack
    double budget_ms = 8.0;
    bool coarse_pointer = false;  // a finger is the pointer: touch-sized targets (theme.h)
};

struct Effects {
    std::optional<std::string> fragment;   // replace the URL fragment
    std::optional<std::string> clipboard;  // copy this text
    std::optional<std::string> summary;    // new flat text summary (tests, scripts)
    std::optional<std::string> outline;    // new screen-reader outline (accessible_outline.h)
    std::optional<std::string> announcement;  // one short sentence for the live region
    std::optional<std::string> banner;     // new banner text ("" hides it)
    std::optional<std::string> title;      // new page / window title
    std::optional<std::string> language;   // the page's language changed: its code (<html lang>)
    std::optional<std::string> language_pack;  // fetch this language's pack (its code)
    std::vector<std::pair<std::string, std::string>> storage;
    std::vector<std::pair<std::string, std::string>> strings;  // window.armistice[key] = value
    std::vector<std::pair<std::string, double>> numbers;
    // Work, an animation or a toast is in progress: the host must draw the next frame even if
    // no input arrives (the page otherwise stops drawing when nothing changes).
    bool keep_drawing = false;
};

class Explorer {
public:
    explicit Explorer(const Startup& startup);
    Effects frame(const HostFrame& host);
    // The shell reports whether the clipboard accepted the link.
    void share_result(bool ok, double now_ms);
    const AppState& state() const { return state_; }

private:
    void handle_keys();
    void draw(const HostFrame& host, struct PanelOut& out);
    void draw_floating(struct PanelView& v, struct PanelOut& out);

    PresetLibrary presets_;
    AppState state_;
    Evaluator eval_a_;
    Evaluator eval_b_{false};  // compare partner: no sensitivity ranking (not shown)
    CompareEffectsTracker effects_;           // clause effects of B on A (compare view)
    std::optional<BacktestFigures> backtest_;  // model card; computed once, when first opened
    std::string last_effects_json_;
    Fonts fonts_;
    Theme applied_theme_ = Theme::Dark;
    bool applied_coarse_ = false;  // the style applied has touch-sized targets
    bool theme_applied_ = false;
    bool coarse_ = false;  // this frame's HostFrame::coarse_pointer
    std::string last_fragment_;
    std::optional<std::string> pending_banner_;
    std::string last_summary_;
    AccessibleView accessible_;  // outline + announcements for screen readers
    std::string last_rects_;
    std::string last_text_fields_;  // "textFields" as last published
    std::string last_title_;
    // The language whose code was last sent as fx.language (none yet: -1).
    std::size_t published_language_ = static_cast<std::size_t>(-1);
    LanguageLoader languages_;  // the reader's language when it is not compiled in (its pack)
    bool clipboard_is_class_link_ = false;  // this frame's clipboard text is a class link
    double announced_share_ms_ = -1e9;      // share_confirmed_at_ms last announced
    double announced_class_link_ms_ = -1e9;  // class_link_copied_at_ms last announced
    float top_bar_height_ = 52.0f;
    PaneRing panes_;  // the panes drawn last frame: what F6 and Tab at an edge move between
    PaneTabbing pane_tabbing_;  // Tab at a pane's edge goes on to the next pane
    PaneCoast pane_coast_;      // a swiped pane coasts on after the finger lifts
    std::string last_focused_key_;
    int last_card_ = -1;
    int phone_card_ = -1;  // prefs.card the phone column last drew (-1: not the phone layout)
    std::vector<Command> queued_;  // commands from keys, applied with the panels'
};

}  // namespace armistice::ui
