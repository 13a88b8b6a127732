// panel_timeline.cpp — every preset on a time line by its meta.date: who proposed what, when,
// and where it stands; one click loads it.
#include <string>

#include "ui/data_text.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

void draw_timeline(const PanelView& v, PanelOut& out) {
    const text::Strings& t = v.t;
    heading(v.fonts.heading, t(Str::timeline_heading));
    text_muted_wrapped(t(Str::timeline_intro));
    const auto& entries = v.presets.entries();
    std::string year;
    for (std::size_t i : v.presets.by_date()) {
        const PresetEntry& e = entries[i];
        const std::string y =
            e.date.size() >= 4 ? e.date.substr(0, 4) : std::string(t(Str::timeline_undated));
        if (y != year) {
            year = y;
            ImGui::Spacing();
            heading(v.fonts.strong, year);
            ImGui::Separator();
        }
        ImGui::PushID(static_cast<int>(i));
        if (button(label(t, Str::timeline_load, "load").c_str())) out.push(cmd::LoadPreset{i});
        out.rect("timeline." + e.file.id);
        ImGui::SameLine();
        ImGui::BeginGroup();
        text_colored(color_muted(), e.date);
        ImGui::SameLine();
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped(preset_name(t, e));
        if (v.fonts.strong) ImGui::PopFont();
        std::string meta(preset_proposer(t, e));
        if (!e.status.empty()) {
            // The status is a key of the preset format ("tabled"); its words are a table row.
            const std::string key = "timeline.status." + e.status;
            const char* status = t.find(key);
            meta += (meta.empty() ? "" : " · ") + std::string(status ? status : e.status.c_str());
        }
        if (!meta.empty()) text_muted_wrapped(meta);
        ImGui::EndGroup();
        item_tooltip(preset_description(t, e));
        ImGui::PopID();
    }
    touch_scroll(out);
}

}  // namespace armistice::ui
