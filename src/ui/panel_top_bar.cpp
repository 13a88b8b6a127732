// panel_top_bar.cpp — presets, timeline, compare, share, undo/redo, reset, model card, tour,
// theme. Buttons flow onto a second row when the window is narrow (tablets); on a phone the bar
// is the first section of the scrolling column (panel_phone.cpp). Below them, until
// the visitor hides it (remembered in local storage, never in links), one sentence says what
// the page does.
#include <algorithm>
#include <string>

#include "ui/data_text.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

namespace {

// Puts the next widget of width `w` on the same line if it fits, else on a new line (decided
// before SameLine: a SameLine undone by NewLine would widen the bar's group by the spacing).
void flow(float w, bool first) {
    if (first) return;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w <= right) ImGui::SameLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// A button labelled `text` whose ImGui ID is `key` (the same in every language).
bool flow_button(const char* text, bool enabled, PanelOut& out, const char* key, bool first = false) {
    flow(button_width(text), first);
    const bool pressed = button((std::string(text) + "###" + key).c_str(), enabled);
    out.rect(key);
    return pressed;
}

constexpr float kPhoneWidth = 600.0f;  // CSS px: below this the short sentence is shown

// What the page does, for someone who arrived from a link (neutral: no side, no forecast); on a
// phone, where every line of the top bar is a line less for the builder, the short version.
void draw_statement(const text::Strings& t, PanelOut& out) {
    const char* hide = t(Str::top_hide_statement);
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float hide_w = button_width(hide) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushTextWrapPos(std::max(right - hide_w, ImGui::GetFontSize() * 10.0f));
    text(t(ImGui::GetWindowWidth() < kPhoneWidth ? Str::top_statement_short : Str::top_statement));
    ImGui::PopTextWrapPos();
    out.rect("intro.text");
    ImGui::SameLine();
    if (ImGui::Button(hide)) out.push(cmd::DismissIntro{});
    out.rect("btn.intro_hide");
    item_tooltip(t(Str::top_hide_statement_tip));
}

// The language switch: the current language's own name; the list names each language in itself
// (a reader who cannot read the current language still finds theirs).
void draw_language_switch(const PanelView& v, PanelOut& out) {
    const std::string current =
        std::string(text::language_name(v.state.prefs.language)) + " ▾###language";
    flow(button_width(current.c_str()), false);
    if (ImGui::Button(current.c_str())) ImGui::OpenPopup("language");
    out.rect("btn.language");
    item_tooltip(v.t(Str::top_language));
    if (!ImGui::BeginPopup("language")) return;
    for (std::size_t i = 0; i < text::language_count(); ++i) {
        if (ImGui::Selectable(text::language_name(i), i == v.state.prefs.language, 0,
                              touch_selectable_size(text::language_name(i), v.coarse)))
            out.push(cmd::SetLanguage{i});
        out.rect(std::string("lang.") + text::language_code(i));
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_top_bar(const PanelView& v, PanelOut& out) {
    const AppState& s = v.state;
    const text::Strings& t = v.t;
    if (v.fonts.heading) ImGui::PushFont(v.fonts.heading);
    ImGui::AlignTextToFramePadding();
    text(t(Str::top_title));
    if (v.fonts.heading) ImGui::PopFont();

    const std::string presets = label(t, Str::top_presets, "presets");
    flow(button_width(presets.c_str()), false);
    if (ImGui::Button(presets.c_str())) ImGui::OpenPopup("presets");
    out.rect("btn.presets");
    if (ImGui::BeginPopup("presets")) {
        const auto& entries = v.presets.entries();
        // A name longer than the screen is wide wraps (a phone), as the clauses' options do.
        const float menu_w =
            ImGui::GetMainViewport()->WorkSize.x - 4.0f * ImGui::GetStyle().WindowPadding.x;
        for (std::size_t i : v.presets.by_date()) {
            const PresetEntry& e = entries[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string label =
                wrap_label((e.date.empty() ? std::string() : e.date.substr(0, 7) + "  ") +
                               std::string(preset_name(t, e)),
                           menu_w);
            if (ImGui::Selectable(label.c_str(), false, 0,
                                  touch_selectable_size(label.c_str(), v.coarse)))
                out.push(cmd::LoadPreset{i});
            out.rect("preset." + e.file.id);
            item_tooltip(std::string(preset_description(t, e)));
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    const bool timeline = s.prefs.view == View::Timeline;
    const bool compare = s.prefs.view == View::Compare;
    if (flow_button(t(timeline ? Str::top_back_to_results : Str::top_timeline), true, out,
                    "btn.timeline"))
        out.push(cmd::SetView{timeline ? View::Explore : View::Timeline});
    if (flow_button(t(compare ? Str::top_close_compare : Str::top_compare), true, out,
                    "btn.compare"))
        out.push(cmd::SetView{compare ? View::Explore : View::Compare});
    if (flow_button(t(Str::top_share), true, out, "btn.share")) out.push(cmd::Share{});
    if (flow_button(t(Str::top_class_link), true, out, "btn.class_link"))
        out.push(cmd::OpenClassLink{!s.class_draft.open});
    item_tooltip(t(Str::top_class_link_tip));
    if (flow_button(t(Str::top_undo), s.can_undo(), out, "btn.undo")) out.push(cmd::Undo{});
    item_tooltip(t(Str::top_undo_tip));
    if (flow_button(t(Str::top_redo), s.can_redo(), out, "btn.redo")) out.push(cmd::Redo{});
    item_tooltip(t(Str::top_redo_tip));
    if (flow_button(t(Str::top_reset), s.modified(), out, "btn.reset")) out.push(cmd::Reset{});
    item_tooltip(t(Str::top_reset_tip));
    if (flow_button(t(Str::top_model_card), true, out, "btn.model_card"))
        out.push(cmd::ShowModelCard{!s.prefs.model_card_open});
    if (flow_button(t(Str::top_tour), true, out, "btn.tour")) out.push(cmd::StartTour{});
    const bool dark = s.prefs.theme == Theme::Dark;
    if (flow_button(t(dark ? Str::top_light_theme : Str::top_dark_theme), true, out, "btn.theme"))
        out.push(cmd::SetTheme{dark ? Theme::Light : Theme::Dark});
    draw_language_switch(v, out);
    if (!s.intro_dismissed) draw_statement(t, out);
}

}  // namespace armistice::ui
