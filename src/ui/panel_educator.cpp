// panel_educator.cpp — the assignment from a class link: the teacher's note (foldable; it stays
// in the link), the goal's status in one line that is always visible, and "Back to the
// assignment". The note is untrusted text: drawn with TextUnformatted only, never interpreted.
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

void draw_educator_note(const PanelView& v, PanelOut& out) {
    const EducatorInfo& e = v.state.educator;
    if (e.note.empty() && !v.goal.has_goal) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
    ImGui::BeginChild("educator", ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    heading(v.fonts.strong, "From your teacher");
    if (!e.note.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton(e.collapsed ? "Show note" : "Hide note"))
            out.push(cmd::ToggleNote{});
        out.rect("btn.note_toggle");
        if (!e.collapsed) text_wrapped(e.note);
    }
    if (v.goal.has_goal) {
        // One line: the verdict, then every condition with its mark.
        const ImVec4 c = v.goal.met ? color_good() : v.goal.pending ? color_warn() : color_bad();
        text_colored(c, v.goal.summary(v.t) + ":");
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        for (const GoalPart& p : v.goal.parts) {
            const std::string part = std::string(p.met ? "✓ " : "○ ") + p.text;
            ImGui::SameLine();  // flows onto the next line when it does not fit (phones)
            if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(part.c_str()).x > right)
                ImGui::NewLine();
            text_colored(p.met ? color_good() : color_muted(), part);
        }
        out.rect("goal.status");
    }
    const bool away = e.start && *e.start != v.state.scenario;
    if (e.start) {
        if (button("Back to the assignment", away)) out.push(cmd::BackToAssignment{});
        out.rect("btn.back_to_assignment");
        item_tooltip(
            "Restores the agreement the assignment started from (Undo brings your work back).");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace armistice::ui
