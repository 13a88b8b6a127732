// pane_coast.cpp — see pane_coast.h.
#include "ui/pane_coast.h"

#include <algorithm>

#include "imgui_internal.h"  // FindWindowByID, SetScrollY(window): the pane is not the current window

namespace armistice::ui {

void PaneCoast::before_panes(double now_ms) {
    if (!coast_.coasting()) return;
    ImGuiWindow* w = ImGui::FindWindowByID(window_);
    if (ImGui::GetIO().MouseDown[ImGuiMouseButton_Left] || w == nullptr || !w->WasActive) {
        coast_.stop();
        return;
    }
    const float moved_px = static_cast<float>(coast_.advance(now_ms));
    const float target = std::clamp(w->Scroll.y - moved_px, 0.0f, w->ScrollMax.y);
    ImGui::SetScrollY(w, target);
    if (target <= 0.0f || target >= w->ScrollMax.y) coast_.stop();  // reached an end
}

void PaneCoast::after_panes(ImGuiID touch_dragged, double now_ms) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen && ImGui::IsMousePosValid();
    if (touch && io.MouseDown[ImGuiMouseButton_Left]) {
        if (io.MouseClicked[ImGuiMouseButton_Left]) {  // a new press: no pane swiped yet
            coast_.stop();
            window_ = 0;
        }
        if (touch_dragged != 0) window_ = touch_dragged;
        // Every frame from the press (the swipe's start counts), also while the finger rests.
        coast_.track(now_ms, io.MousePos.y);
    } else if (coast_.dragging()) {
        if (touch && window_ != 0 && io.MouseReleased[ImGuiMouseButton_Left]) {
            coast_.release(now_ms, io.MousePos.y);
        } else {
            coast_.stop();
        }
    }
}

}  // namespace armistice::ui
