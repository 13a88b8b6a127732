// panel_sign.cpp — "Will they sign?": a margin bar per party against its alternative to a deal,
// the red lines crossed, the clauses that cost each party most, and the closest agreement that
// every party accepts (one button applies it; undo brings the draft back).
#include <cstdio>
#include <string>

#include "text/message_text.h"
#include "text/sentence_text.h"
#include "ui/charts/bar_chart.h"
#include "ui/panels.h"
#include "ui/party_text.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

// "Apply it (N changes)", in the reader's grammar for N (the hold card uses it too).
std::string apply_label(const text::Strings& t, int changes) {
    return t.format(
        t.plural(changes, Str::sign_apply_one, Str::sign_apply_few, Str::sign_apply_many),
        {{"n", std::to_string(changes)}});
}

void draw_sign_card(const PanelView& v, PanelOut& out) {
    const SignOutcome& o = v.outcome.sign;
    const text::Strings& t = v.t;
    if (!o.available) {
        text_muted_wrapped(text::render(t, o.status));
        return;
    }
    text_wrapped(text::render(t, o.status));
    charts::MarginChartSpec spec;
    spec.t = t;
    spec.unit = t(Str::sign_unit);  // utility points, explained under the chart
    spec.value_name = t(Str::sign_value_name);
    spec.negative_caption = t(Str::sign_caption_rejects);
    spec.positive_caption = t(Str::sign_caption_accepts);
    const SignOutcome* cmp = v.compare_outcome ? &v.compare_outcome->sign : nullptr;
    for (const PartyVerdict& p : o.parties) {
        charts::MarginBar bar;
        bar.label = party_name(t, p.party);
        bar.value = p.margin;
        if (cmp && cmp->available) bar.compare = cmp->parties[static_cast<std::size_t>(p.party)].margin;
        for (const Message& r : p.red_lines_crossed)
            bar.note +=
                t.format(Str::sign_note_red_line, {{"red_line", text::render(t, r)}}) + "\n";
        for (const Message& r : p.core_issues_failed)
            bar.note += t.format(Str::sign_note_core_issue, {{"issue", text::render(t, r)}}) + "\n";
        spec.bars.push_back(std::move(bar));
    }
    if (cmp) spec.compare_name = "B";
    charts::draw_margin_chart("margins", spec, ImVec2(-1.0f, 0.0f));
    out.rect("chart.margins");
    text_muted_wrapped(t(Str::sign_chart_note));
    ImGui::Spacing();
    heading(v.fonts.strong, t(Str::sign_closest_heading));
    if (v.state.educator.suggestions_hidden) {
        text_muted_wrapped(t(Str::sign_suggestion_hidden));
    } else if (o.closest) {
        const std::string apply = apply_label(t, o.closest_changes) + "###closest";
        if (button(apply.c_str())) out.push(cmd::ApplyScenario{*o.closest});
        out.rect("btn.closest");
        item_tooltip(t(Str::sign_apply_tip));
    }
    if (!v.state.educator.suggestions_hidden) text_wrapped(o.closest_text(t));
    ImGui::Spacing();
    if (!o.needs_consent.empty()) {
        heading(v.fonts.strong, t(Str::sign_also_needs));
        for (const Sentence& line : o.needs_consent) text_wrapped(text::render(t, line));
        text_muted_wrapped(t(Str::sign_consent_note));
        ImGui::Spacing();
    }
    if (!o.outside_the_text.empty()) {
        heading(v.fonts.strong, t(Str::sign_outside_text));
        for (const Message& line : o.outside_the_text) text_wrapped(text::render(t, line));
        ImGui::Spacing();
    }

    for (const PartyVerdict& p : o.parties) {
        ImGui::PushID(static_cast<int>(p.party));
        const std::string party(party_name(t, p.party));
        char margin[32], p_accept[32];
        std::snprintf(margin, sizeof margin, "%+.1f", p.margin);
        std::snprintf(p_accept, sizeof p_accept, "%.0f%%", 100.0 * p.p_accept);
        const std::string detail = t.format(
            Str::sign_detail,
            {{"margin", margin}, {"p", p_accept}, {"verdict", text::render(t, p.verdict)}});
        // One line when it fits the card; on a phone the figures go on a wrapped line below.
        std::string head = t.format(p.accepts ? Str::sign_party_accepts : Str::sign_party_rejects,
                                    {{"party", party}, {"detail", detail}});
        const bool fits =
            ImGui::GetTreeNodeToLabelSpacing() + ImGui::CalcTextSize(head.c_str()).x <=
            ImGui::GetContentRegionAvail().x;
        if (!fits)
            head =
                t.format(p.accepts ? Str::sign_party_accepts_short : Str::sign_party_rejects_short,
                         {{"party", party}});
        head += "###party";
        ImGui::PushStyleColor(ImGuiCol_Text, p.accepts ? color_good() : color_bad());
        const bool open = ImGui::TreeNodeEx(
            head.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth | touch_tree_flags(v.coarse));
        ImGui::PopStyleColor();
        out.rect("party." + std::to_string(static_cast<int>(p.party)));
        if (!fits) {
            ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
            text_muted_wrapped(detail);
            ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
        }
        if (open) {
            const auto one_decimal = [](double x) {
                char b[32];
                std::snprintf(b, sizeof b, "%.1f", x);
                return std::string(b);
            };
            if (p.interim) {
                text_wrapped(
                    t.format(Str::sign_interim_line, {{"value", one_decimal(p.deal_utility)}}));
            } else {
                text_wrapped(
                    t.format(Str::sign_deal_line, {{"deal", one_decimal(p.deal_utility)},
                                                   {"alternative", one_decimal(p.alternative)}}));
            }
            char assumed[32];
            std::snprintf(assumed, sizeof assumed, "%.0f%%", 100.0 * p.assumed_share);
            text_wrapped(t.format(Str::sign_p_line, {{"p", p_accept}, {"assumed", assumed}}));
            for (const Message& r : p.red_lines_crossed) {
                text_colored(color_bad(), std::string(t(Str::sign_red_line_crossed)) + " ");
                ImGui::SameLine(0, 0);
                text_wrapped(text::render(t, r));
            }
            for (const Message& r : p.core_issues_failed) {
                text_colored(color_bad(), std::string(t(Str::sign_core_issue_failed)) + " ");
                ImGui::SameLine(0, 0);
                text_wrapped(text::render(t, r));
            }
            if (!p.costliest.empty()) {
                text_colored(color_muted(), t(Str::sign_costliest));
                for (const Message& c : p.costliest) {
                    text("  • ");
                    ImGui::SameLine(0, 0);
                    text_wrapped(text::render(t, c));
                }
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

}  // namespace armistice::ui
