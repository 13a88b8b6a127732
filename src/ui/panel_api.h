// panel_api.h — what every panel receives (a read-only view) and returns (commands + rects).
//
// Purpose: panels are free functions, one file each (DESIGN §5.4): they read PanelView, draw
// ImGui widgets and push Commands into PanelOut; only AppState::apply() changes state. PanelOut
// also records the screen rectangles of named widgets so browser tests can click them.
// Invariants: panels keep no state of their own across frames beyond ImGui's (open popups, tab
// selection); untrusted text (names, notes) is drawn with TextUnformatted / "%s" only.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "ui/app_state.h"
#include "ui/commands.h"
#include "ui/goal.h"
#include "ui/outcome.h"
#include "ui/preset_library.h"
#include "text/strings.h"
#include "ui/theme.h"

namespace armistice::ui {

struct PanelView {
    const AppState& state;
    const Outcome& outcome;           // of state.scenario (may still be refining)
    const Outcome* compare_outcome;   // of state.compare, when the compare view is open
    const PresetLibrary& presets;
    const Fonts& fonts;
    const GoalStatus& goal;
    double now_ms;
    bool narrow;                      // tablet-sized layout (or smaller)
    const CompareEffects* compare_effects = nullptr;  // clause effects of B on A (compare view)
    const BacktestFigures* backtest = nullptr;        // model card; null while not yet computed
    float top_y = 0.0f;  // bottom of the top bar (screen y, logical px), measured: floating
                         // windows open below it (the bar wraps to two rows on narrow screens)
    bool phone = false;  // below 600 px: one scrolling column (panel_phone.cpp); panels draw
                         // inline in it, without child windows of their own
    text::Strings t{};   // the reader's language: every text a panel shows comes from t(Str::…)
    bool coarse = false;  // a finger is the pointer: menu rows touch_selectable_size() tall
};

struct WidgetRect {
    std::string key;
    float x0, y0, x1, y1;     // logical (CSS) pixels
    bool text_field = false;  // a text input: a tap on it focuses #text-input within the tap
};

struct PanelOut {
    std::vector<Command> commands;
    std::vector<WidgetRect> rects;
    std::string focused;  // key of the recorded item that has keyboard focus ("" = none)
    ImGuiID touch_dragged = 0;  // the pane a finger swiped this frame (touch_scroll), 0 = none

    void push(Command c) { commands.push_back(std::move(c)); }
    // Records the last ImGui item's rectangle under `key` (for tests and the tour's pointers).
    void rect(std::string key) {
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 b = ImGui::GetItemRectMax();
        if (ImGui::IsItemFocused()) focused = key;
        rects.push_back({std::move(key), a.x, a.y, b.x, b.y});
    }
    // rect() for a text input: the page also publishes it in "textFields", so a tap on it can
    // focus the hidden text field inside the touch handler (iOS opens its keyboard only then).
    void text_rect(std::string key) {
        rect(std::move(key));
        rects.back().text_field = true;
    }
};

}  // namespace armistice::ui
