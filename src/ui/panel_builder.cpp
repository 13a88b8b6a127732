// panel_builder.cpp — the agreement builder: clauses grouped as ceasefire terms and political
// settlement, each a combo with a help tooltip (plain-words description + provenance).
#include <string>

#include "engine/acceptance/stance.h"
#include "engine/catalog.h"
#include "engine/red_lines.h"
#include "persist/edited_from.h"
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
        t += si.reader_name;
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

// Compact per-party marks for a combo item, e.g. "UA+ RU- US~ EU+".
constexpr std::string_view kPartyAbbrev[kPartyCount] = {"UA", "RU", "US", "EU"};

std::string stance_marks(const Dimension& dim, std::uint8_t option, std::uint64_t relaxed) {
    std::string out;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        if (p > 0) out += " ";
        out += kPartyAbbrev[p];
        out += stance_mark(party_stance(static_cast<Party>(p), dim.dim, option, relaxed));
    }
    return out;
}

// The marks explained, for the tooltip: one line per party.
std::string stance_help(const Dimension& dim, std::uint8_t option, std::uint64_t relaxed) {
    std::string t = "\n\nWhere each party stands (+ supports, ~ can live with, - opposes):";
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        t += "\n• " + stance_explanation(static_cast<Party>(p), dim.dim, option, relaxed);
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
    // Red lines relaxed by the user or stated after the text's date (red_lines.h) mark nothing.
    const std::uint64_t relaxed =
        v.state.scenario.relaxed_red_lines | dormant_red_lines(v.state.scenario.as_of);
    const std::string preview =
        std::string(dim.options[current].label) + "   " + stance_marks(dim, current, relaxed);
    const std::string key = "clause." + std::string(dim.id);
    if (ImGui::BeginCombo("##clause", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (std::size_t i = 0; i < dim.options.size(); ++i) {
            const Option& o = dim.options[i];
            const bool selected = i == current;
            const auto oi = static_cast<std::uint8_t>(i);
            // "###" keeps the item's ImGui id independent of the marks.
            const std::string label = std::string(o.label) + "   " +
                                      stance_marks(dim, oi, relaxed) + "###" + std::string(o.id);
            if (ImGui::Selectable(label.c_str(), selected)) {
                out.push(cmd::SetChoice{dim.dim, static_cast<std::uint8_t>(i)});
            }
            out.rect("option." + std::string(dim.id) + "." + std::string(o.id));
            if (selected) ImGui::SetItemDefaultFocus();
            item_tooltip(option_help(o) + stance_help(dim, oi, relaxed));
        }
        ImGui::EndCombo();
    } else {
        out.rect(key);
        item_tooltip(option_help(dim.options[current]) + stance_help(dim, current, relaxed));
    }
    ImGui::PopID();
}

// The visible area of the builder's scrolling pane, for tests that swipe it.
void pane_rect(PanelOut& out) {
    const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    out.rects.push_back({"pane.builder", p.x, p.y, p.x + s.x, p.y + s.y});
}

void track(const PanelView& v, PanelOut& out, Track t) {
    for (const Dimension& dim : catalog().dimensions) {
        if (dim.track == t) clause_row(v, out, dim);
    }
}

}  // namespace

void draw_builder(const PanelView& v, PanelOut& out) {
    const Scenario& s = v.state.scenario;
    // Honest title (persist/edited_from.h): an edited preset never shows the preset's name alone.
    const std::string title = persist::honest_title(s);
    // Wrapped: "Edited from: <preset> (N changes)" is longer than a phone's or a narrow pane's
    // width, and its change count must stay visible.
    if (v.fonts.heading) ImGui::PushFont(v.fonts.heading);
    text_wrapped(title);
    if (v.fonts.heading) ImGui::PopFont();
    out.rect("title");
    if (v.state.modified() && title.rfind("Edited from: ", 0) != 0) {
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
            pane_rect(out);
            touch_scroll(out);
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
            pane_rect(out);
            touch_scroll(out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        } else {
            out.rect("tab.political");
        }
        if (ImGui::BeginTabItem("Context and lens")) {
            out.rect("tab.context");
            ImGui::BeginChild("context", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
            draw_context(v, out);
            touch_scroll(out);
            ImGui::EndChild();
            ImGui::EndTabItem();
        } else {
            out.rect("tab.context");
        }
        ImGui::EndTabBar();
    }
}

}  // namespace armistice::ui
