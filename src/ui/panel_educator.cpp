// panel_educator.cpp — an educator's note and goal from a share link, with the goal's status.
// The note is untrusted text: drawn with TextUnformatted only, never interpreted.
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

void draw_educator_note(const PanelView& v, PanelOut& out) {
    const EducatorInfo& e = v.state.educator;
    if (e.dismissed || (e.note.empty() && !v.goal.has_goal)) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
    ImGui::BeginChild("educator", ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    heading(v.fonts.strong, "From your teacher");
    if (!e.note.empty()) text_wrapped(e.note);
    if (v.goal.has_goal) {
        const ImVec4 c = v.goal.met ? color_good() : v.goal.pending ? color_warn() : color_bad();
        text_colored(c, v.goal.summary());
        for (const GoalPart& p : v.goal.parts) {
            text_colored(p.met ? color_good() : color_muted(), p.met ? "  ✓ " : "  ○ ");
            ImGui::SameLine(0, 0);
            text(p.text);
        }
    }
    if (ImGui::SmallButton("Hide note")) out.push(cmd::DismissNote{});
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace armistice::ui
