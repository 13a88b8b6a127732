// widgets.h — small reusable widgets shared by the panels (no state of their own).
//
// Invariants: every string parameter may be untrusted and is drawn as text only; widgets that
// change something return true and leave it to the caller to push the Command.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"
#include "ui/panel_api.h"     // PanelOut (touch_scroll)
#include "ui/percent_text.h"  // percent(): probabilities written as the text summary writes them
#include "text/strings.h"

namespace armistice::ui {

// Draws text (no format interpretation).
void text(std::string_view s);
void text_wrapped(std::string_view s);
void text_colored(const ImVec4& color, std::string_view s);
void text_muted_wrapped(std::string_view s);

// A "(?)" marker that shows `tip` (wrapped) when hovered, tapped or focused with the keyboard.
void help_marker(std::string_view tip);
// Shows `tip` for the last item when hovered or focused by keyboard navigation.
void item_tooltip(std::string_view tip);

// Records the tooltip drawn this frame, if any, as the rect "tooltip" (tests: a press-and-hold
// shows what hovering shows). Call after every panel.
void record_tooltip(PanelOut& out);

// `label` with line breaks at spaces so that no line is wider than `width` px in the current
// font (a word wider than that stays whole): menu items on a phone. Text after "##" (an ImGui
// id) is kept as it is.
std::string wrap_label(std::string_view label, float width);

// A header line in the heading font.
void heading(ImFont* font, std::string_view s);

// `t(id)` as an ImGui label whose ImGui ID is `key` in every language ("Сценарії ▾###presets"),
// so switching the language keeps popups, tabs and focus where they were.
std::string label(const text::Strings& t, text::Str id, std::string_view key);

// Button that is greyed out and inert when !enabled. Returns true when pressed.
bool button(const char* label, bool enabled = true, ImVec2 size = ImVec2(0, 0));

// Drag-to-scroll for touch screens: dragging the window background scrolls it. A finger's
// swipe records the window in out.touch_dragged, so it coasts on after the finger lifts
// (ui/pane_coast.h).
void touch_scroll(PanelOut& out);

}  // namespace armistice::ui
