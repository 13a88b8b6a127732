// panel_builder.cpp — the agreement builder: clauses grouped as ceasefire terms and political
// settlement, each a combo with a help tooltip (plain-words description + provenance).
#include <string>

#include "engine/catalog.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

std::string_view stance_word(Stance s) {
    switch (s) {
        case Stance::Proposes: return "argues for it";
        case Stance::Opposes: return "argues against it";
        case Stance::Describes: return "reports it";
    }
    return "";
}

// Description + provenance of one option, for tooltips.
std::string option_help(const Option& o) {
    std::string t(o.description);
    t += "\n";
    for (const SourceRef& r : o.sources) {
        const SourceInfo& si = source_info(r.source);
        t += "\n• ";
        t += si.short_name;
        t += " ";
        t += stance_word(r.stance);
        if (!r.note.empty()) {
            t += ": ";
            t += r.note;
        }
        t += ".";
    }
    return t;
}

void clause_row(const PanelView& v, PanelOut& out, const Dimension& dim) {
    const std::uint8_t current = v.state.scenario.choice(dim.dim);
    const bool changed = current != dim.default_option;
    ImGui::PushID(static_cast<int>(dim.dim));
    if (changed && v.fonts.strong) ImGui::PushFont(v.fonts.strong);
    text(dim.label);
    if (changed && v.fonts.strong) ImGui::PopFont();
    help_marker(std::string(dim.question));
    ImGui::SetNextItemWidth(-1.0f);
    const std::string preview(dim.options[current].label);
    const std::string key = "clause." + std::string(dim.id);
    if (ImGui::BeginCombo("##clause", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (std::size_t i = 0; i < dim.options.size(); ++i) {
            const Option& o = dim.options[i];
            const bool selected = i == current;
            const std::string label(o.label);
            if (ImGui::Selectable(label.c_str(), selected)) {
                out.push(cmd::SetChoice{dim.dim, static_cast<std::uint8_t>(i)});
            }
            out.rect("option." + std::string(dim.id) + "." + std::string(o.id));
            if (selected) ImGui::SetItemDefaultFocus();
            item_tooltip(option_help(o));
        }
        ImGui::EndCombo();
    } else {
        out.rect(key);
        item_tooltip(option_help(dim.options[current]));
    }
    ImGui::PopID();
}

void track(const PanelView& v, PanelOut& out, Track t) {
    for (const Dimension& dim : catalog().dimensions) {
        if (dim.track == t) clause_row(v, out, dim);
    }
}

}  // namespace

void draw_builder(const PanelView& v, PanelOut& out) {
    const Scenario& s = v.state.scenario;
    heading(v.fonts.heading, s.name.empty() ? std::string_view("Untitled agreement")
                                            : std::string_view(s.name));
    if (v.state.modified()) {
        text_colored(color_muted(), "Edited from: ");
        ImGui::SameLine(0, 0);
        text_colored(color_muted(), v.state.loaded_label);
    }
    draw_educator_note(v, out);
    if (ImGui::BeginTabBar("builder_tabs")) {
        if (ImGui::BeginTabItem("Ceasefire terms")) {
            out.rect("tab.ceasefire");
            ImGui::BeginChild("ceasefire", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
            text_muted_wrapped("Stopping the fighting: where the line runs, who watches it, "
                               "what happens on a breach. Bold = changed from \"not addressed\".");
            track(v, out, Track::Ceasefire);
            touch_scroll();
            ImGui::EndChild();
            ImGui::EndTabItem();
        } else {
            out.rect("tab.ceasefire");
        }
        if (ImGui::BeginTabItem("Political settlement")) {
            out.rect("tab.political");
            ImGui::BeginChild("political", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
            text_muted_wrapped("The longer-term questions: status of territory, alignment, "
                               "sanctions, assets, justice and relations.");
            track(v, out, Track::Political);
            touch_scroll();
            ImGui::EndChild();
            ImGui::EndTabItem();
        } else {
            out.rect("tab.political");
        }
        if (ImGui::BeginTabItem("Context and lens")) {
            out.rect("tab.context");
            ImGui::BeginChild("context", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
            draw_context(v, out);
            touch_scroll();
            ImGui::EndChild();
            ImGui::EndTabItem();
        } else {
            out.rect("tab.context");
        }
        ImGui::EndTabBar();
    }
}

}  // namespace armistice::ui
