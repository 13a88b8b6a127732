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

// Label and stance marks on one line, or on two when one would be wider than `width` px.
std::string label_with_marks(std::string_view label, const std::string& marks, float width) {
    std::string one = std::string(label) + "   " + marks;
    if (ImGui::CalcTextSize(one.c_str()).x <= width) return one;
    return std::string(label) + "\n" + marks;
}

void clause_row(const PanelView& v, PanelOut& out, const Dimension& dim) {
    const std::uint8_t current = v.state.scenario.choice(dim.dim);
    const bool changed = current != dim.default_option;
    ImGui::PushID(static_cast<int>(dim.dim));
    // Red lines relaxed by the user or stated after the text's date (red_lines.h) mark nothing.
    const std::uint64_t relaxed =
        v.state.scenario.relaxed_red_lines | dormant_red_lines(v.state.scenario.as_of);
    const std::string marks = stance_marks(dim, current, relaxed);
    const ImGuiStyle& style = ImGui::GetStyle();
    // The combo's preview clips at its arrow: when label and marks do not both fit (a phone,
    // a long option), the marks go on the clause's title line instead.
    const float preview_w =
        ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - 2.0f * style.FramePadding.x;
    std::string preview = std::string(dim.options[current].label) + "   " + marks;
    const bool marks_in_preview = ImGui::CalcTextSize(preview.c_str()).x <= preview_w;
    if (!marks_in_preview) preview = std::string(dim.options[current].label);
    if (changed && v.fonts.strong) ImGui::PushFont(v.fonts.strong);
    text(dim.label);
    if (changed && v.fonts.strong) ImGui::PopFont();
    help_marker(std::string(dim.question));
    if (!marks_in_preview) {
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        ImGui::SameLine(0.0f, ImGui::GetFontSize());
        if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(marks.c_str()).x > right)
            ImGui::NewLine();
        text_colored(color_muted(), marks);
    }
    ImGui::SetNextItemWidth(-1.0f);
    const std::string key = "clause." + std::string(dim.id);
    // Menu items wrap their marks onto a second line when the menu would not fit the screen.
    const float menu_w = ImGui::GetMainViewport()->WorkSize.x - 4.0f * style.WindowPadding.x -
                         2.0f * style.FramePadding.x;
    if (ImGui::BeginCombo("##clause", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (std::size_t i = 0; i < dim.options.size(); ++i) {
            const Option& o = dim.options[i];
            const bool selected = i == current;
            const auto oi = static_cast<std::uint8_t>(i);
            // "###" keeps the item's ImGui id independent of the marks.
            const std::string label =
                label_with_marks(o.label, stance_marks(dim, oi, relaxed), menu_w) + "###" +
                std::string(o.id);
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

// The visible area of the builder's scrolling pane (on a phone: the whole column's), for
// tests that swipe it.
void pane_rect(PanelOut& out) {
    const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    out.rects.push_back({"pane.builder", p.x, p.y, p.x + s.x, p.y + s.y});
}

// A tab's content scrolls in a child pane of its own, except on a phone, where it is drawn
// inline and the single column scrolls (one vertical scroll, nothing clipped by a pane).
void begin_tab_pane(const PanelView& v, const char* id) {
    if (!v.phone) ImGui::BeginChild(id, ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
}

void end_tab_pane(const PanelView& v, PanelOut& out, bool publish_pane = true) {
    if (publish_pane || v.phone) pane_rect(out);
    if (v.phone) return;  // the column calls touch_scroll() for its whole window
    touch_scroll(out);
    ImGui::EndChild();
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
    // Short tab names when the full ones do not fit side by side (a phone): ImGui would shrink
    // the tabs and cut their names. "###" keeps each tab's id the same either way.
    constexpr const char* kLong[] = {"Ceasefire terms###ceasefire",
                                     "Political settlement###political",
                                     "Context and lens###context"};
    constexpr const char* kShort[] = {"Ceasefire###ceasefire", "Political###political",
                                      "Context###context"};
    const ImGuiStyle& style = ImGui::GetStyle();
    float tabs_w = 0.0f;
    for (const char* name : kLong)
        tabs_w += ImGui::CalcTextSize(name, nullptr, true).x + 2.0f * style.FramePadding.x +
                  style.ItemInnerSpacing.x;
    const char* const* names = tabs_w <= ImGui::GetContentRegionAvail().x ? kLong : kShort;
    if (ImGui::BeginTabBar("builder_tabs")) {
        if (ImGui::BeginTabItem(names[0])) {
            out.rect("tab.ceasefire");
            begin_tab_pane(v, "ceasefire");
            text_muted_wrapped("Stopping the fighting: where the line runs, who watches it, "
                               "what happens on a breach. Bold = changed from \"not addressed\".");
            track(v, out, Track::Ceasefire);
            end_tab_pane(v, out);
            ImGui::EndTabItem();
        } else {
            out.rect("tab.ceasefire");
        }
        if (ImGui::BeginTabItem(names[1])) {
            out.rect("tab.political");
            begin_tab_pane(v, "political");
            text_muted_wrapped("The longer-term questions: status of territory, alignment, "
                               "sanctions, assets, justice and relations.");
            track(v, out, Track::Political);
            end_tab_pane(v, out);
            ImGui::EndTabItem();
        } else {
            out.rect("tab.political");
        }
        if (ImGui::BeginTabItem(names[2])) {
            out.rect("tab.context");
            begin_tab_pane(v, "context");
            draw_context(v, out);
            end_tab_pane(v, out, false);
            ImGui::EndTabItem();
        } else {
            out.rect("tab.context");
        }
        ImGui::EndTabBar();
    }
}

}  // namespace armistice::ui
