// pane_tabbing.cpp — see pane_tabbing.h. Reads ImGui's tabbing request (imgui_internal.h,
// ImGui 1.90): a forward request that found the focused item but nothing after it, or a
// backward one that found nothing before it, is about to wrap.
#include "ui/pane_tabbing.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace armistice::ui {

namespace {

// Index in `ring` of the pane that holds `w` (a pane or a child of one), or -1.
int pane_of(const PaneRing& ring, const ImGuiWindow* w) {
    if (!w) return -1;
    for (std::size_t i = 0; i < ring.ids.size(); ++i)
        if (ImGui::FindWindowByName(ring.ids[i].c_str()) == w->RootWindow)
            return static_cast<int>(i);
    return -1;
}

// +1 / -1 when this frame's Tab / Shift+Tab is about to wrap inside the focused window, else 0.
int wrapping_tab() {
    const ImGuiContext& g = *GImGui;
    if (!g.NavMoveSubmitted || (g.NavMoveFlags & ImGuiNavMoveFlags_IsTabbing) == 0) return 0;
    if (g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi) return 0;  // SetKeyboardFocusHere, not a key
    if (g.NavTabbingDir == +1 && g.NavMoveResultLocal.ID == 0 && g.NavTabbingCounter == 1)
        return +1;
    // Backward: scoring stops at the focused item once something came before it; still scoring
    // with a result means the focused item was first and the result is the window's last item.
    if (g.NavTabbingDir == -1 && g.NavMoveScoringItems && g.NavMoveResultLocal.ID != 0 &&
        g.NavIdIsAlive)
        return -1;
    return 0;
}

}  // namespace

void PaneTabbing::begin_frame() {
    if (pending_dir_ == 0) return;
    ImGuiContext& g = *GImGui;
    const int dir = pending_dir_;
    pending_dir_ = 0;
    if (!g.NavWindow || g.NavMoveSubmitted) return;
    // A fresh Tab request from no item: direction 0 lands on the first item, -1 on the last.
    g.NavId = 0;
    g.NavTabbingDir = dir > 0 ? 0 : -1;
    ImGui::NavMoveRequestSubmit(
        ImGuiDir_None, dir > 0 ? ImGuiDir_Down : ImGuiDir_Up,
        ImGuiNavMoveFlags_IsTabbing | ImGuiNavMoveFlags_Activate,
        ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavTabbingCounter = -1;
}

void PaneTabbing::end_frame(const PaneRing& ring) {
    const int dir = wrapping_tab();
    if (dir == 0) return;
    const int from = pane_of(ring, GImGui->NavWindow);
    const int n = static_cast<int>(ring.ids.size());
    if (from < 0 || n < 2) return;  // a dialog, or nowhere else to go: ImGui wraps as usual
    ImGui::NavMoveRequestCancel();
    const int to = (from + (dir > 0 ? 1 : n - 1)) % n;
    ImGui::SetWindowFocus(ring.ids[static_cast<std::size_t>(to)].c_str());
    pending_dir_ = dir;
}

}  // namespace armistice::ui
