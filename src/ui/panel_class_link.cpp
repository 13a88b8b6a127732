// panel_class_link.cpp — "Make a class link": the teacher writes a note (multi-line UTF-8, live
// "n / 280" count), picks a goal (any combination of all four accept, lawful, P(hold 60) ≥ x),
// chooses whether students may see the suggestions (off by default), previews the page as the
// student will see it, and copies the link. A floating window placed below the MEASURED top bar
// (v.top_y), which wraps to two rows on narrow screens.
// The draft lives in AppState (ClassLinkDraft); this panel copies it into locals every frame
// and pushes cmd::EditClassLink when a widget changed it.
#include <algorithm>
#include <cstring>
#include <string>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

void draw_class_link(const PanelView& v, PanelOut& out) {
    const ClassLinkDraft& d = v.state.class_draft;
    if (!d.open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(vp->WorkSize.x - 16.0f, 600.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - w) * 0.5f, v.top_y + 8.0f),
                            ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(w, 0.0f), ImVec2(w, vp->WorkPos.y + vp->WorkSize.y - v.top_y - 16.0f));
    const text::Strings& t = v.t;
    bool open = true;
    if (!ImGui::Begin(label(t, Str::class_title, "class_link").c_str(), &open,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                          ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    ClassLinkDraft next = d;
    text_muted_wrapped(t(Str::class_intro));

    text(t(Str::class_note_label));
    // Bytes for 280 four-byte characters and some over-typing; the count below is in characters.
    char buf[persist::kMaxNoteBytes + 64];
    const std::size_t n = std::min(d.note.size(), sizeof buf - 1);
    std::memcpy(buf, d.note.data(), n);
    buf[n] = '\0';
    if (ImGui::InputTextMultiline("##note", buf, sizeof buf,
                                  ImVec2(-1.0f, ImGui::GetTextLineHeight() * 5.0f + 8.0f))) {
        next.note = buf;
    }
    out.text_rect("class.note");
    const std::size_t chars = note_chars(next.note);
    const bool too_long = chars > persist::kMaxNoteChars;
    text_colored(
        too_long ? color_bad() : color_muted(),
        t.format(too_long ? Str::class_count_too_long : Str::class_count,
                 {{"n", std::to_string(chars)}, {"max", std::to_string(persist::kMaxNoteChars)}}));
    out.rect("class.count");

    ImGui::Spacing();
    text(t(Str::class_goal));
    ImGui::Checkbox(label(t, Str::class_goal_accept, "goal_accept").c_str(), &next.all_accept);
    out.rect("class.goal_accept");
    ImGui::Checkbox(label(t, Str::class_goal_lawful, "goal_lawful").c_str(), &next.lawful);
    out.rect("class.goal_lawful");
    ImGui::Checkbox(label(t, Str::class_goal_hold, "goal_hold").c_str(), &next.hold);
    out.rect("class.goal_hold");
    if (next.hold) {
        float p = static_cast<float>(next.min_p_hold_60);
        ImGui::SetNextItemWidth(std::min(260.0f, w - 32.0f));
        const bool pushed = push_touch_slider(v.coarse);
        if (ImGui::SliderFloat("##p_hold", &p, 0.0f, 1.0f, "%.2f")) next.min_p_hold_60 = p;
        if (pushed) ImGui::PopStyleVar();
        out.rect("class.goal_p");
    }
    ImGui::Spacing();
    ImGui::Checkbox(label(t, Str::class_hints, "hints").c_str(), &next.show_suggestions);
    out.rect("class.hints");
    item_tooltip(t(Str::class_hints_tip));

    ImGui::Spacing();
    if (button(label(t, Str::class_preview, "preview").c_str())) out.push(cmd::PreviewClassLink{});
    out.rect("class.preview");
    ImGui::SameLine();
    if (button(label(t, Str::class_copy, "copy").c_str(), !too_long))
        out.push(cmd::CopyClassLink{});
    out.rect("class.copy");
    ImGui::SameLine();
    if (button(label(t, Str::class_close, "close").c_str())) open = false;
    out.rect("class.close");
    if (v.now_ms - v.state.class_link_copied_at_ms < 4000.0)
        text_colored(color_good(), t(Str::class_copied));
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    out.rects.push_back({"window.class_link", pos.x, pos.y, pos.x + size.x, pos.y + size.y});
    ImGui::End();

    if (next != d) out.push(cmd::EditClassLink{next});
    if (!open) out.push(cmd::OpenClassLink{false});
}

}  // namespace armistice::ui
