// pane_coast.h — swipe inertia for the ImGui panes: after a touch swipe the pane that was
// swiped keeps scrolling and slows down (the motion itself: ui/touch_coast.h).
//
// Invariants: only a touch (io.MouseSource == TouchScreen) coasts, never a mouse drag; any new
// press stops a coast; a coast stops at either end of the pane or when the pane is gone. The
// owner (Explorer) calls before_panes() before any pane is begun and after_panes() after the
// last, with the pane touch_scroll() reported (PanelOut::touch_dragged); while coasting() the
// page must keep drawing frames (Effects::keep_drawing).
#pragma once

#include "imgui.h"
#include "ui/touch_coast.h"

namespace armistice::ui {

class PaneCoast {
public:
    // Scrolls the coasting pane by this frame's share of the coast (applied when it is begun).
    void before_panes(double now_ms);
    // Follows the finger on the swiped pane; starts the coast when it lifts.
    void after_panes(ImGuiID touch_dragged, double now_ms);
    bool coasting() const { return coast_.coasting(); }
    double velocity_px_per_s() const { return coast_.velocity_px_per_s(); }

private:
    TouchCoast coast_;
    ImGuiID window_ = 0;  // the pane being swiped or coasting (ImGui window id)
};

}  // namespace armistice::ui
