// theme.h — fonts and colours: one readable proportional face, light and dark styles.
//
// Purpose: installs Noto Sans (Latin + Cyrillic subset, ui_fonts.h) at a comfortable size,
// rasterised at the device pixel ratio so text is crisp on high-DPI screens, and applies a light
// or dark ImGui style whose chart palette (charts/palette.h) derives from it.
// Invariants: install_fonts() runs before the first ImGui frame (the backend uploads the atlas
// lazily on its first NewFrame); fonts are laid out in logical pixels (FontGlobalScale = 1/scale).
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

void apply_theme(Theme theme);

// Semantic colours for text and badges under the current style.
ImVec4 color_good();
ImVec4 color_bad();
ImVec4 color_warn();
ImVec4 color_muted();

}  // namespace armistice::ui
