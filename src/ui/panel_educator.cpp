// panel_educator.cpp — the assignment from a class link: the teacher's note (foldable; it stays
// in the link), the goal's status in one line that is always visible, and "Back to the
// assignment". The note is untrusted text: drawn with TextUnformatted only, never interpreted.
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

void draw_educator_note(const PanelView& v, PanelOut& out) {
    const EducatorInfo& e = v.state.educator;
    if (e.note.empty() && !v.goal.has_goal) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
    ImGui::BeginChild("educator", ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    const text::Strings& t = v.t;
    heading(v.fonts.strong, t(Str::educator_heading));
    if (!e.note.empty()) {
        ImGui::SameLine();
        const std::string toggle = label(
            t, e.collapsed ? Str::educator_show_note : Str::educator_hide_note, "note_toggle");
        // A small button has no vertical padding: too small for a finger.
        if (v.coarse ? ImGui::Button(toggle.c_str()) : ImGui::SmallButton(toggle.c_str()))
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
        if (button(label(t, Str::educator_back, "back_to_assignment").c_str(), away))
            out.push(cmd::BackToAssignment{});
        out.rect("btn.back_to_assignment");
        item_tooltip(t(Str::educator_back_tip));
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace armistice::ui
