// panel_top_bar.cpp — presets, timeline, compare, share, undo/redo, reset, model card, tour,
// theme. Buttons flow onto a second row when the window is narrow (tablets). Below them, until
// the visitor hides it (remembered in local storage, never in links), one sentence says what
// the page does.
#include <algorithm>
#include <string>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

// Puts the next widget of width `w` on the same line if it fits, else on a new line.
void flow(float w, bool first) {
    if (first) return;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool flow_button(const char* label, bool enabled, PanelOut& out, const char* key, bool first = false) {
    flow(button_width(label), first);
    const bool pressed = button(label, enabled);
    out.rect(key);
    return pressed;
}

// What the page does, for someone who arrived from a link (neutral: no side, no forecast).
constexpr const char* kStatement =
    "What this page does: build a possible armistice between Russia and Ukraine clause by "
    "clause and see a model's estimate, from public sources and past ceasefires, of whether "
    "Ukraine, Russia, the US and the European allies would sign it, whether it is lawful and "
    "whether it would hold. It explores assumptions; it is not a forecast.";
// The same on a phone, where every line of the top bar is a line less for the builder.
constexpr const char* kShortStatement =
    "Build a Russia–Ukraine armistice clause by clause; a model estimates who would sign, "
    "whether it is lawful and whether it would hold. Not a forecast.";
constexpr float kPhoneWidth = 600.0f;  // CSS px: below this the short sentence is shown

void draw_statement(PanelOut& out) {
    const char* hide = "Hide this";
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float hide_w = button_width(hide) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushTextWrapPos(std::max(right - hide_w, ImGui::GetFontSize() * 10.0f));
    text(ImGui::GetWindowWidth() < kPhoneWidth ? kShortStatement : kStatement);
    ImGui::PopTextWrapPos();
    out.rect("intro.text");
    ImGui::SameLine();
    if (ImGui::Button(hide)) out.push(cmd::DismissIntro{});
    out.rect("btn.intro_hide");
    item_tooltip("Hides this sentence on this device; the model card explains the page in full.");
}

}  // namespace

void draw_top_bar(const PanelView& v, PanelOut& out) {
    const AppState& s = v.state;
    if (v.fonts.heading) ImGui::PushFont(v.fonts.heading);
    ImGui::AlignTextToFramePadding();
    text("Armistice Explorer");
    if (v.fonts.heading) ImGui::PopFont();

    flow(button_width("Presets ▾"), false);
    if (ImGui::Button("Presets ▾")) ImGui::OpenPopup("presets");
    out.rect("btn.presets");
    if (ImGui::BeginPopup("presets")) {
        const auto& entries = v.presets.entries();
        for (std::size_t i : v.presets.by_date()) {
            const PresetEntry& e = entries[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string label = (e.date.empty() ? std::string() : e.date.substr(0, 7) + "  ") +
                                      e.file.scenario.name;
            if (ImGui::Selectable(label.c_str())) out.push(cmd::LoadPreset{i});
            out.rect("preset." + e.file.id);
            item_tooltip(e.file.scenario.description);
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    const bool timeline = s.prefs.view == View::Timeline;
    const bool compare = s.prefs.view == View::Compare;
    if (flow_button(timeline ? "Back to results" : "Timeline", true, out, "btn.timeline"))
        out.push(cmd::SetView{timeline ? View::Explore : View::Timeline});
    if (flow_button(compare ? "Close compare" : "Compare A/B", true, out, "btn.compare"))
        out.push(cmd::SetView{compare ? View::Explore : View::Compare});
    if (flow_button("Share link", true, out, "btn.share")) out.push(cmd::Share{});
    if (flow_button("Make a class link", true, out, "btn.class_link"))
        out.push(cmd::OpenClassLink{!s.class_draft.open});
    item_tooltip("A link for students: your note, a goal, and whether they may see suggestions");
    if (flow_button("Undo", s.can_undo(), out, "btn.undo")) out.push(cmd::Undo{});
    item_tooltip("Undo (Ctrl+Z)");
    if (flow_button("Redo", s.can_redo(), out, "btn.redo")) out.push(cmd::Redo{});
    item_tooltip("Redo (Ctrl+Shift+Z)");
    if (flow_button("Reset", s.modified(), out, "btn.reset")) out.push(cmd::Reset{});
    item_tooltip("Back to the loaded preset or link");
    if (flow_button("Model card", true, out, "btn.model_card"))
        out.push(cmd::ShowModelCard{!s.prefs.model_card_open});
    if (flow_button("Tour", true, out, "btn.tour")) out.push(cmd::StartTour{});
    const bool dark = s.prefs.theme == Theme::Dark;
    if (flow_button(dark ? "Light theme" : "Dark theme", true, out, "btn.theme"))
        out.push(cmd::SetTheme{dark ? Theme::Light : Theme::Dark});
    if (!s.intro_dismissed) draw_statement(out);
}

}  // namespace armistice::ui
