// theme.h — fonts, colours and touch targets: one readable proportional face, light and dark
// styles, and widgets a finger can hit on touch screens.
//
// Purpose: installs Noto Sans (Latin + Cyrillic subset, ui_fonts.h) at a comfortable size,
// rasterised at the device pixel ratio so text is crisp on high-DPI screens, and applies a light
// or dark ImGui style whose chart palette (charts/palette.h) derives from it. When the page's
// pointer is coarse (CSS `(pointer: coarse)`: a finger), the style pads tabs, buttons, combos,
// checkboxes and sliders to kTouchTargetPx; selectables (menu items) get that height through
// touch_selectable_size().
// Invariants: install_fonts() runs before the first ImGui frame (the backend uploads the atlas
// lazily on its first NewFrame); fonts are laid out in logical pixels (FontGlobalScale = 1/scale).
// With a fine pointer (a mouse) the style is the same whatever the screen size.
#pragma once

#include "imgui.h"
#include "ui/commands.h"

namespace armistice::ui {

struct Fonts {
    ImFont* body = nullptr;     // Noto Sans Regular, kBodySize
    ImFont* heading = nullptr;  // Noto Sans Bold, kHeadingSize
    ImFont* strong = nullptr;   // Noto Sans Bold, kBodySize
};

constexpr float kBodySize = 16.0f;     // logical pixels
constexpr float kHeadingSize = 19.0f;  // logical pixels

// Replaces the font atlas; `raster_scale` = ceil(device pixel ratio).
Fonts install_fonts(float raster_scale);

// The smallest tappable size on a touch screen, logical (CSS) px (WCAG 2.5.5, Apple's HIG).
constexpr float kTouchTargetPx = 44.0f;

// `coarse_pointer`: the page's primary pointer is a finger (platform::coarse_pointer()).
void apply_theme(Theme theme, bool coarse_pointer);

// The size to pass to ImGui::Selectable(label, ..., size) so that, with the half item spacing
// ImGui adds around a selectable, the row is at least kTouchTargetPx tall when `coarse`; the
// label's own height (ImVec2(0, 0)) otherwise, or when the label is taller already.
ImVec2 touch_selectable_size(const char* label, bool coarse);

// A tree node (a card's section that opens and closes) is a line of text tall: when `coarse`,
// the flag that gives it a frame's height, kTouchTargetPx.
inline ImGuiTreeNodeFlags touch_tree_flags(bool coarse) {
    return coarse ? ImGuiTreeNodeFlags_FramePadding : ImGuiTreeNodeFlags_None;
}

// A slider's grab sits 2 px inside its track (ImGui): when `coarse`, pushes the frame padding
// that makes the grab itself kTouchTargetPx tall. Returns true when it pushed (then call
// ImGui::PopStyleVar() after the slider).
bool push_touch_slider(bool coarse);

// Semantic colours for text and badges under the current style.
ImVec4 color_good();
ImVec4 color_bad();
ImVec4 color_warn();
ImVec4 color_muted();

}  // namespace armistice::ui
