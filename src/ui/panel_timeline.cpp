// panel_timeline.cpp — every preset on a time line by its meta.date: who proposed what, when,
// and where it stands; one click loads it.
#include <string>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

void draw_timeline(const PanelView& v, PanelOut& out) {
    heading(v.fonts.heading, "Proposals over time");
    text_muted_wrapped("The seeds' proposals (2022–2025) and later reported proposals, by date. "
                       "Load one to see who would sign, whether it is lawful and whether it holds.");
    const auto& entries = v.presets.entries();
    std::string year;
    for (std::size_t i : v.presets.by_date()) {
        const PresetEntry& e = entries[i];
        const std::string y = e.date.size() >= 4 ? e.date.substr(0, 4) : std::string("Undated");
        if (y != year) {
            year = y;
            ImGui::Spacing();
            heading(v.fonts.strong, year);
            ImGui::Separator();
        }
        ImGui::PushID(static_cast<int>(i));
        if (button("Load")) out.push(cmd::LoadPreset{i});
        out.rect("timeline." + e.file.id);
        ImGui::SameLine();
        ImGui::BeginGroup();
        text_colored(color_muted(), e.date);
        ImGui::SameLine();
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped(e.file.scenario.name);
        if (v.fonts.strong) ImGui::PopFont();
        std::string meta = e.proposer;
        if (!e.status.empty()) meta += (meta.empty() ? "" : " · ") + e.status;
        if (!meta.empty()) text_muted_wrapped(meta);
        ImGui::EndGroup();
        item_tooltip(e.file.scenario.description);
        ImGui::PopID();
    }
    touch_scroll(out);
}

}  // namespace armistice::ui
