// panel_builder.cpp — the agreement builder: clauses grouped as ceasefire terms and political
// settlement, each a combo with a help tooltip (plain-words description + provenance).
#include <string>

#include "engine/acceptance/stance.h"
#include "engine/catalog.h"
#include "engine/red_lines.h"
#include "text/message_text.h"
#include "ui/data_text.h"
#include "ui/panels.h"
#include "ui/scenario_title.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

namespace {

// One source's stance on an option, as a sentence, with its remark when it has one.
std::string source_line(const text::Strings& t, const SourceRef& r) {
    const bool note = !r.note.empty();
    Str id = note ? Str::builder_source_describes_note : Str::builder_source_describes;
    switch (r.stance) {
        case Stance::Proposes:
            id = note ? Str::builder_source_proposes_note : Str::builder_source_proposes;
            break;
        case Stance::Opposes:
            id = note ? Str::builder_source_opposes_note : Str::builder_source_opposes;
            break;
        case Stance::Describes:
            break;
    }
    return t.format(id, {{"source", std::string(source_info(r.source).reader_name)},
                         {"note", std::string(r.note)}});
}

// Description + provenance of one option, for tooltips.
std::string option_help(const text::Strings& t, const Dimension& d, const Option& o) {
    std::string help(option_description(t, d, o));
    help += "\n";
    for (const SourceRef& r : o.sources) help += "\n• " + source_line(t, r);
    return help;
}

// Compact per-party marks for a combo item, e.g. "UA+ RU- US~ EU+".
constexpr Str kPartyAbbrev[kPartyCount] = {Str::builder_abbrev_ua, Str::builder_abbrev_ru,
                                           Str::builder_abbrev_us, Str::builder_abbrev_eu};

std::string stance_marks(const text::Strings& t, const Dimension& dim, std::uint8_t option,
                         std::uint64_t relaxed) {
    std::string out;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        if (p > 0) out += " ";
        out += t(kPartyAbbrev[p]);
        out += stance_mark(party_stance(static_cast<Party>(p), dim.dim, option, relaxed));
    }
    return out;
}

// The marks explained, for the tooltip: one line per party.
std::string stance_help(const text::Strings& t, const Dimension& dim, std::uint8_t option,
                        std::uint64_t relaxed) {
    std::string help = std::string("\n\n") + t(Str::builder_stance_heading);
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        help += "\n• " + text::render(t, stance_explanation(static_cast<Party>(p), dim.dim, option,
                                                            relaxed));
    }
    return help;
}

// Label and stance marks on one line, or on two when one would be wider than `width` px.
std::string label_with_marks(std::string_view label, const std::string& marks, float width) {
    std::string one = std::string(label) + "   " + marks;
    if (ImGui::CalcTextSize(one.c_str()).x <= width) return one;
    return std::string(label) + "\n" + marks;
}

void clause_row(const PanelView& v, PanelOut& out, const Dimension& dim) {
    const text::Strings& t = v.t;
    const std::uint8_t current = v.state.scenario.choice(dim.dim);
    const bool changed = current != dim.default_option;
    ImGui::PushID(static_cast<int>(dim.dim));
    // Red lines relaxed by the user or stated after the text's date (red_lines.h) mark nothing.
    const std::uint64_t relaxed =
        v.state.scenario.relaxed_red_lines | dormant_red_lines(v.state.scenario.as_of);
    const std::string marks = stance_marks(t, dim, current, relaxed);
    const ImGuiStyle& style = ImGui::GetStyle();
    // The combo's preview clips at its arrow: when label and marks do not both fit (a phone,
    // a long option), the marks go on the clause's title line instead.
    const float preview_w =
        ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - 2.0f * style.FramePadding.x;
    const std::string current_label(option_label(t, dim, dim.options[current]));
    std::string preview = current_label + "   " + marks;
    const bool marks_in_preview = ImGui::CalcTextSize(preview.c_str()).x <= preview_w;
    if (!marks_in_preview) preview = current_label;
    if (changed && v.fonts.strong) ImGui::PushFont(v.fonts.strong);
    text(dimension_label(t, dim));
    if (changed && v.fonts.strong) ImGui::PopFont();
    help_marker(std::string(dimension_question(t, dim)));
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
            const std::string label = label_with_marks(option_label(t, dim, o),
                                                       stance_marks(t, dim, oi, relaxed), menu_w) +
                                      "###" + std::string(o.id);
            if (ImGui::Selectable(label.c_str(), selected, 0,
                                  touch_selectable_size(label.c_str(), v.coarse))) {
                out.push(cmd::SetChoice{dim.dim, static_cast<std::uint8_t>(i)});
            }
            out.rect("option." + std::string(dim.id) + "." + std::string(o.id));
            if (selected) ImGui::SetItemDefaultFocus();
            item_tooltip(option_help(t, dim, o) + stance_help(t, dim, oi, relaxed));
        }
        ImGui::EndCombo();
    } else {
        out.rect(key);
        item_tooltip(option_help(t, dim, dim.options[current]) +
                     stance_help(t, dim, current, relaxed));
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
    const std::string title = scenario_title(v.t, s);
    // Wrapped: "Edited from: <preset> (N changes)" is longer than a phone's or a narrow pane's
    // width, and its change count must stay visible.
    if (v.fonts.heading) ImGui::PushFont(v.fonts.heading);
    text_wrapped(title);
    if (v.fonts.heading) ImGui::PopFont();
    out.rect("title");
    // The honest title may already say "Edited from: …" (persist/edited_from.h), in English or
    // in the reader's language.
    const auto starts_edited = [&title](const text::Strings& lang) {
        const std::string_view edited = lang(Str::builder_edited_from);
        return title.rfind(edited.substr(0, edited.find('{')), 0) == 0;
    };
    if (v.state.modified() && !starts_edited(text::Strings()) && !starts_edited(v.t)) {
        text_colored(color_muted(),
                     v.t.format(Str::builder_edited_from, {{"preset", v.state.loaded_label}}));
    }
    draw_educator_note(v, out);
    // Short tab names when the full ones do not fit side by side (a phone): ImGui would shrink
    // the tabs and cut their names. "###" keeps each tab's id the same either way.
    const text::Strings& t = v.t;
    const std::string kLong[] = {label(t, Str::builder_tab_ceasefire, "ceasefire"),
                                 label(t, Str::builder_tab_political, "political"),
                                 label(t, Str::builder_tab_context, "context")};
    const std::string kShort[] = {label(t, Str::builder_tab_ceasefire_short, "ceasefire"),
                                  label(t, Str::builder_tab_political_short, "political"),
                                  label(t, Str::builder_tab_context_short, "context")};
    const ImGuiStyle& style = ImGui::GetStyle();
    float tabs_w = 0.0f;
    for (const std::string& name : kLong)
        tabs_w += ImGui::CalcTextSize(name.c_str(), nullptr, true).x + 2.0f * style.FramePadding.x +
                  style.ItemInnerSpacing.x;
    const std::string* names = tabs_w <= ImGui::GetContentRegionAvail().x ? kLong : kShort;
    if (ImGui::BeginTabBar("builder_tabs")) {
        if (ImGui::BeginTabItem(names[0].c_str())) {
            out.rect("tab.ceasefire");
            begin_tab_pane(v, "ceasefire");
            text_muted_wrapped(t(Str::builder_ceasefire_intro));
            track(v, out, Track::Ceasefire);
            end_tab_pane(v, out);
            ImGui::EndTabItem();
        } else {
            out.rect("tab.ceasefire");
        }
        if (ImGui::BeginTabItem(names[1].c_str())) {
            out.rect("tab.political");
            begin_tab_pane(v, "political");
            text_muted_wrapped(t(Str::builder_political_intro));
            track(v, out, Track::Political);
            end_tab_pane(v, out);
            ImGui::EndTabItem();
        } else {
            out.rect("tab.political");
        }
        if (ImGui::BeginTabItem(names[2].c_str())) {
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
