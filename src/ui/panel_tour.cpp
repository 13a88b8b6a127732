// panel_tour.cpp — the first-visit guided tour: four steps, each loading a preset that teaches
// one of the three questions and where the evidence comes from. Each step outlines the control
// it talks about (the widget's rectangle as drawn this frame, with an arrow from the tour
// window) and places the tour window away from it. Skippable at every step; once finished or
// skipped it is never shown again (remembered in local storage by the shell), and the visitor's
// own scenario comes back (AppState::begin_tour saved it).
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "imgui_internal.h"  // FindWindowByName: a step may point at a whole pane
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

namespace {

struct Step {
    Str title;
    const char* preset;  // preset id loaded when the step opens
    int card;            // outcome card to show (1 sign, 2 law, 3 hold)
    const char* key;     // recorded widget to outline (PanelOut::rect key), or nullptr
    const char* window;  // else this pane ("###id") in the wide layout,
    const char* narrow_window;  // or this one in the narrow (tabbed) layout
    Str body;
};

constexpr Step kSteps[] = {
    {Str::tour_step1_title, "enforced_armistice", 1, nullptr, "###builder", "###builder",
     Str::tour_step1_body},
    {Str::tour_step2_title, "russia_june_2024", 1, "chart.margins", "###sign", "###results",
     Str::tour_step2_body},
    {Str::tour_step3_title, "istanbul_neutrality", 2, nullptr, "###law", "###results",
     Str::tour_step3_body},
    {Str::tour_step4_title, "two_track_ceasefire", 3, "chart.survival", "###hold", "###results",
     Str::tour_step4_body},
};
constexpr int kStepCount = static_cast<int>(sizeof kSteps / sizeof kSteps[0]);

void go_to(const PanelView& v, PanelOut& out, int step) {
    out.push(cmd::TourStep{step});
    if (auto i = v.presets.find_by_id(kSteps[step].preset)) out.push(cmd::LoadPreset{*i});
    out.push(cmd::SetCard{kSteps[step].card});
}

// The rectangle of what step `s` talks about, as drawn this frame (panels draw before the tour).
// On a phone the panes are sections of one column: "###law" is the rect "section.law".
std::optional<ImRect> target_rect(const Step& s, const PanelOut& out, bool narrow, bool phone) {
    const std::string section = "section." + std::string(s.window + 3);
    for (const char* key : {s.key, phone ? section.c_str() : nullptr}) {
        if (!key) continue;
        for (const WidgetRect& r : out.rects)
            if (r.key == key) return ImRect(r.x0, r.y0, r.x1, r.y1);
    }
    if (phone) return std::nullopt;
    const ImGuiWindow* w = ImGui::FindWindowByName(narrow ? s.narrow_window : s.window);
    if (w && w->Active) return w->Rect();
    return std::nullopt;
}

ImVec2 nearest_point(const ImRect& r, ImVec2 p) {
    return ImVec2(std::clamp(p.x, r.Min.x, r.Max.x), std::clamp(p.y, r.Min.y, r.Max.y));
}

// An outline around the target and an arrow from the tour window to it (over every window but
// the tour's own: where the target lies under the tour, as on a phone, where it is a whole
// section, the outline stops at the tour's edge instead of crossing its text and buttons).
void draw_pointer(const ImRect& target, const ImRect& tour) {
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImU32 col = ImGui::GetColorU32(color_warn());
    const float t = 3.0f;
    ImRect ring = target;
    ring.Expand(4.0f);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 s0 = vp->Pos, s1(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y);
    const ImRect outside[] = {ImRect(s0.x, s0.y, s1.x, tour.Min.y),               // above the tour
                              ImRect(s0.x, tour.Max.y, s1.x, s1.y),               // below
                              ImRect(s0.x, tour.Min.y, tour.Min.x, tour.Max.y),   // left
                              ImRect(tour.Max.x, tour.Min.y, s1.x, tour.Max.y)};  // right
    for (const ImRect& clip : outside) {
        if (clip.GetWidth() <= 0.0f || clip.GetHeight() <= 0.0f) continue;
        dl->PushClipRect(clip.Min, clip.Max, false);
        dl->AddRect(ring.Min, ring.Max, col, 6.0f, 0, t);
        dl->PopClipRect();
    }
    const ImVec2 from = nearest_point(tour, ring.GetCenter());
    const ImVec2 to = nearest_point(ring, from);
    const float dx = to.x - from.x, dy = to.y - from.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 24.0f) return;  // touching: the outline is enough
    const ImVec2 u(dx / len, dy / len);
    const float head = 12.0f;
    const ImVec2 base(to.x - u.x * head, to.y - u.y * head);
    dl->AddLine(from, base, col, t);
    dl->AddTriangleFilled(to, ImVec2(base.x - u.y * head * 0.6f, base.y + u.x * head * 0.6f),
                          ImVec2(base.x + u.y * head * 0.6f, base.y - u.x * head * 0.6f), col);
}

}  // namespace

void draw_tour(const PanelView& v, PanelOut& out) {
    const int step = v.state.tour.step;
    if (step < 0 || step >= kStepCount) return;
    const Step& s = kSteps[step];
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(460.0f, vp->WorkSize.x - 32.0f);
    const std::optional<ImRect> target = target_rect(s, out, v.narrow, v.phone);
    // Away from the target: the other half across when there is room, the other half down.
    const ImVec2 mid(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f);
    const bool room_beside = vp->WorkSize.x >= 2.0f * w + 48.0f;
    const bool left = room_beside && target && target->GetCenter().x > mid.x;
    const bool top = target && target->GetCenter().y > mid.y && !(room_beside && left);
    const float x = left ? vp->WorkPos.x + 16.0f : vp->WorkPos.x + vp->WorkSize.x - w - 16.0f;
    ImGui::SetNextWindowPos(
        top ? ImVec2(x, v.top_y + 16.0f) : ImVec2(x, vp->WorkPos.y + vp->WorkSize.y - 16.0f),
        ImGuiCond_Always, ImVec2(0.0f, top ? 0.0f : 1.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f), ImGuiCond_Always);
    // Between the top bar and the screen's bottom (16 px margins) the window must fit with its
    // buttons: on a short screen (a phone held sideways, with touch-sized buttons) the text
    // scrolls in a box of its own instead of pushing Next and Skip off the screen.
    const text::Strings& t = v.t;
    const char* body = t(s.body);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float room = vp->WorkPos.y + vp->WorkSize.y - v.top_y - 32.0f;
    const float chrome = ImGui::GetFrameHeight()  // the title bar
                         + 2.0f * style.WindowPadding.y +
                         (v.fonts.heading ? v.fonts.heading->FontSize : ImGui::GetFontSize()) +
                         3.0f * style.ItemSpacing.y  // below the heading, the text, Spacing()
                         + ImGui::GetFrameHeight();  // the buttons
    const float text_w = w - 2.0f * style.WindowPadding.x;
    const float text_h = ImGui::CalcTextSize(body, nullptr, false, text_w).y;
    const float box_h = std::max(room - chrome, 3.0f * ImGui::GetTextLineHeightWithSpacing());
    const bool scroll_text = text_h > box_h;
    const std::string title = t.format(Str::tour_window, {{"n", std::to_string(step + 1)},
                                                          {"count", std::to_string(kStepCount)}}) +
                              "###tour";
    if (ImGui::Begin(title.c_str(), nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) out.push(cmd::TourStep{-1});  // as Skip
        heading(v.fonts.heading, t(s.title));
        if (scroll_text) {
            ImGui::BeginChild("tour_text", ImVec2(0.0f, box_h));
            text_wrapped(body);
            touch_scroll(out);
            ImGui::EndChild();
            out.rect("tour.text");
        } else {
            text_wrapped(body);
        }
        ImGui::Spacing();
        if (button(label(t, Str::tour_back, "tour_back").c_str(), step > 0))
            go_to(v, out, step - 1);
        out.rect("tour.back");
        ImGui::SameLine();
        if (step + 1 < kStepCount) {
            if (ImGui::Button(label(t, Str::tour_next, "tour_next").c_str()))
                go_to(v, out, step + 1);
            out.rect("tour.next");
            ImGui::SameLine();
            if (ImGui::Button(label(t, Str::tour_skip, "tour_skip").c_str()))
                out.push(cmd::TourStep{-1});
            out.rect("tour.skip");
        } else {
            if (ImGui::Button(label(t, Str::tour_finish, "tour_finish").c_str()))
                out.push(cmd::TourStep{-1});
            out.rect("tour.skip");
        }
        if (target) {
            const ImRect tour(ImGui::GetWindowPos(),
                              ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                                     ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
            draw_pointer(*target, tour);
            // For tests: what the outline surrounds (the same rectangle as the widget's).
            out.rects.push_back(
                {"tour.highlight", target->Min.x, target->Min.y, target->Max.x, target->Max.y});
        }
    }
    ImGui::End();
}

// The first step also needs its preset: the shell calls this when the tour starts.
Command tour_first_preset(const PresetLibrary& presets) {
    if (auto i = presets.find_by_id(kSteps[0].preset)) return cmd::LoadPreset{*i};
    return cmd::SetCard{1};
}

}  // namespace armistice::ui
