// about_window.h — the "About" ImGui window: product name, version and build information.
//
// A panel in the DESIGN.md §5 sense: a free function over read-only data; draws, returns nothing.
#pragma once

namespace armistice::app {

void draw_about_window();

}  // namespace armistice::app
