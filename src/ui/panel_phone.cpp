// panel_phone.cpp — the phone layout (below 600 px wide): one column with one vertical scroll,
// in reading order: the top bar (its buttons and the page's one-line statement, which scroll
// away with the column so the builder gets the phone's height), the three answers as a
// headline, the agreement builder (its tabs and clauses inline, no child panes), then the cards
// one after another (sign, law, hold), or the timeline / compare view in their place. A tap on
// an answer scrolls to its card.
// Invariants: draws inside the current window (explorer.cpp begins it); nothing is wider than
// the column; every section publishes its rectangle ("section.<id>", what the tour outlines).
#include <string>
#include <vector>

#include "ui/engine_bridge.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

std::vector<std::string> answer_headlines(const text::Strings& t, const Outcome& o) {
    std::vector<std::string> parts;
    if (o.sign.available)
        parts.push_back(t.format(Str::phone_sign, {{"n", std::to_string(o.sign.accepting)},
                                                   {"count", std::to_string(kPartyCount)}}));
    if (o.law.available)
        parts.push_back(
            t.format(Str::phone_lawful, {{"counts", bridge::law_counts_label(t, o.law)}}));
    if (o.hold.available && o.hold.applicable)
        parts.push_back(o.hold.interim
                            ? t.format(Str::phone_holds_term, {{"term", o.hold.term_label(t)},
                                                               {"p", percent(o.hold.p_term)}})
                            : t.format(Str::phone_holds_5y, {{"p", percent(o.hold.p5)}}));
    return parts;
}

namespace {

// One answer of the headline: wrapped in the bold body font, the whole row a button (pressed on
// release, so a swipe that starts on it scrolls instead: widgets.cpp touch_scroll).
bool answer_row(const Fonts& fonts, const std::string& s, int i) {
    if (fonts.strong) ImGui::PushFont(fonts.strong);
    const float w = ImGui::GetContentRegionAvail().x;
    const float pad = ImGui::GetStyle().FramePadding.y;
    const ImVec2 size = ImGui::CalcTextSize(s.c_str(), nullptr, false, w);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(i);
    const bool pressed = ImGui::InvisibleButton("##answer", ImVec2(w, size.y + 2.0f * pad));
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered() || ImGui::IsItemFocused())
        dl->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                          ImGui::GetColorU32(ImGuiCol_HeaderHovered), 4.0f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x, pos.y + pad),
                ImGui::GetColorU32(ImGuiCol_Text), s.c_str(), nullptr, w);
    if (fonts.strong) ImGui::PopFont();
    return pressed;
}

// A card's heading; the column scrolls to it when asked this frame.
void section_heading(const PanelView& v, const char* title, bool scroll_here) {
    ImGui::Spacing();
    ImGui::Separator();
    if (scroll_here) ImGui::SetScrollHereY(0.0f);
    heading(v.fonts.heading, title);
}

}  // namespace

void draw_phone_column(const PanelView& v, PanelOut& out, int scroll_to_card) {
    // [SECTION] The top bar
    ImGui::BeginGroup();
    draw_top_bar(v, out);
    ImGui::EndGroup();
    out.rect("section.topbar");
    ImGui::Spacing();
    ImGui::Separator();

    // [SECTION] The three answers
    static constexpr const char* kKeys[] = {"headline.sign", "headline.law", "headline.hold"};
    const text::Strings& t = v.t;
    const std::vector<std::string> parts = answer_headlines(t, v.outcome);
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < parts.size() && i < 3; ++i) {
        const int card = static_cast<int>(i) + 1;
        if (answer_row(v.fonts, parts[i], card)) {
            out.push(cmd::SetCard{card});
            scroll_to_card = card;
        }
        out.rect(kKeys[i]);
        item_tooltip(t(Str::phone_tap_tip));
    }
    text_muted_wrapped(t(Str::phone_tap_hint));
    ImGui::EndGroup();
    out.rect("section.headline");

    // [SECTION] The builder
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::BeginGroup();
    draw_builder(v, out);
    ImGui::EndGroup();
    out.rect("section.builder");

    // [SECTION] The cards, or the view that replaces them
    if (v.state.prefs.view == View::Timeline) {
        section_heading(v, t(Str::top_timeline), false);
        draw_timeline(v, out);
    } else if (v.state.prefs.view == View::Compare) {
        section_heading(v, t(Str::top_compare), false);
        draw_compare(v, out);
    } else {
        struct Card {
            Str title;
            const char* key;
            void (*draw)(const PanelView&, PanelOut&);
        };
        static constexpr Card kCards[] = {{Str::explorer_sign, "section.sign", draw_sign_card},
                                          {Str::explorer_law, "section.law", draw_law_card},
                                          {Str::explorer_hold, "section.hold", draw_hold_card}};
        for (int i = 0; i < 3; ++i) {
            ImGui::BeginGroup();
            section_heading(v, t(kCards[i].title), scroll_to_card == i + 1);
            ImGui::PushID(i);
            kCards[i].draw(v, out);
            ImGui::PopID();
            ImGui::EndGroup();
            out.rect(kCards[i].key);
        }
    }
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize()));  // room below the last card
    const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    out.rects.push_back({"pane.column", p.x, p.y, p.x + s.x, p.y + s.y});
    // The timeline and compare views call touch_scroll() for the window they draw in (this one).
    if (v.state.prefs.view != View::Timeline && v.state.prefs.view != View::Compare)
        touch_scroll(out);
}

}  // namespace armistice::ui
