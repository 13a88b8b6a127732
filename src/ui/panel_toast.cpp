// panel_toast.cpp — the confirmation that Share copied the link: a small floating note at the
// bottom centre of the window, above everything, for 4 s (on any screen size; it used to sit
// beside the Share button, off a phone's screen). Screen readers hear it through the live region
// (Explorer::frame). Published as the rect "toast.share" for tests.
#include <algorithm>

#include "imgui_internal.h"  // BringWindowToDisplayFront: above the panes and any open dialog
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

void draw_share_toast(const PanelView& v, PanelOut& out) {
    if (!(v.now_ms - v.state.share_confirmed_at_ms < kShareToastMs)) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = ImGui::GetFontSize() * 1.5f;
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - margin),
        ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    constexpr ImGuiWindowFlags kFlags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
        ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, ImGui::GetFontSize() * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                        ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize() * 0.6f));
    const text::Strings& t = v.t;
    if (ImGui::Begin(label(t, Str::toast_copied, "share_toast").c_str(), nullptr, kFlags)) {
        ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
        text_colored(color_good(), t(Str::toast_copied));
        // Wrapped within the screen: a phone is narrower than the sentence.
        const float pad = ImGui::GetStyle().WindowPadding.x;
        const float width =
            std::min(ImGui::GetFontSize() * 24.0f, vp->WorkSize.x - 2.0f * (margin + pad));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() +
                               std::max(width, ImGui::GetFontSize() * 6.0f));
        text(t(Str::toast_paste));
        ImGui::PopTextWrapPos();
        out.rects.push_back({"toast.share", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                             ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                             ImGui::GetWindowPos().y + ImGui::GetWindowSize().y});
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

}  // namespace armistice::ui
