// panel_sign.cpp — "Will they sign?": a margin bar per party against its alternative to a deal,
// the red lines crossed, the clauses that cost each party most, and the closest agreement that
// every party accepts (one button applies it; undo brings the draft back).
#include <cstdio>
#include <cstring>
#include <string>

#include "ui/charts/bar_chart.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

void draw_sign_card(const PanelView& v, PanelOut& out) {
    const SignOutcome& o = v.outcome.sign;
    if (!o.available) {
        text_muted_wrapped(o.status);
        return;
    }
    text_wrapped(o.status);
    charts::MarginChartSpec spec;
    spec.unit = "points";  // utility points, explained under the chart
    spec.value_name = "Deal minus alternative";
    const SignOutcome* cmp = v.compare_outcome ? &v.compare_outcome->sign : nullptr;
    for (const PartyVerdict& p : o.parties) {
        charts::MarginBar bar;
        bar.label = std::string(party_label(p.party));
        bar.value = p.margin;
        if (cmp && cmp->available) bar.compare = cmp->parties[static_cast<std::size_t>(p.party)].margin;
        for (const std::string& r : p.red_lines_crossed) bar.note += "Red line: " + r + "\n";
        for (const std::string& r : p.core_issues_failed) bar.note += "Core issue: " + r + "\n";
        spec.bars.push_back(std::move(bar));
    }
    if (cmp) spec.compare_name = "B";
    charts::draw_margin_chart("margins", spec, ImVec2(-1.0f, 0.0f));
    out.rect("chart.margins");
    text_muted_wrapped(
        "Each bar: how much better (right) or worse (left) the deal is for that "
        "party than carrying on the war under this context. Points are the "
        "model's scale of what a party wants: +100 would be its ideal answer to "
        "every question in the deal, −100 the worst; 0 on a bar means the deal "
        "and going on fighting are worth the same to it.");
    ImGui::Spacing();
    heading(v.fonts.strong, "Closest agreement all four accept");
    if (v.state.educator.suggestions_hidden) {
        text_muted_wrapped(
            "Hidden for this assignment: your teacher would like you to find it yourself.");
    } else if (o.closest) {
        char label[96];
        std::snprintf(label, sizeof label, "Apply it (%d change%s)", o.closest_changes,
                      o.closest_changes == 1 ? "" : "s");
        if (button(label)) out.push(cmd::ApplyScenario{*o.closest});
        out.rect("btn.closest");
        item_tooltip("Changes only the clauses listed below. Undo (Ctrl+Z) brings your draft back.");
    }
    if (!v.state.educator.suggestions_hidden) text_wrapped(o.closest_summary);
    ImGui::Spacing();
    if (!o.needs_consent.empty()) {
        heading(v.fonts.strong, "Also needs");
        for (const std::string& line : o.needs_consent) text_wrapped(line);
        text_muted_wrapped(
            "Only these bodies can deliver the clause; their consent is part of "
            "P(all four accept) above.");
        ImGui::Spacing();
    }
    if (!o.outside_the_text.empty()) {
        heading(v.fonts.strong, "Not terms anyone signs");
        for (const std::string& line : o.outside_the_text) text_wrapped(line);
        ImGui::Spacing();
    }

    for (const PartyVerdict& p : o.parties) {
        ImGui::PushID(static_cast<int>(p.party));
        const std::string party(party_label(p.party));
        const char* stance = p.accepts ? "accepts" : "would not sign";
        char detail[128];
        std::snprintf(detail, sizeof detail, "%+.1f points · P(accepts) %.0f%%, %s", p.margin,
                      100.0 * p.p_accept, p.verdict.c_str());
        // One line when it fits the card; on a phone the figures go on a wrapped line below.
        char head[192];
        std::snprintf(head, sizeof head, "%s — %s (%s)", party.c_str(), stance, detail);
        const bool fits = ImGui::GetTreeNodeToLabelSpacing() + ImGui::CalcTextSize(head).x <=
                          ImGui::GetContentRegionAvail().x;
        if (!fits) std::snprintf(head, sizeof head, "%s — %s", party.c_str(), stance);
        std::strncat(head, "###party", sizeof head - std::strlen(head) - 1);
        ImGui::PushStyleColor(ImGuiCol_Text, p.accepts ? color_good() : color_bad());
        const bool open = ImGui::TreeNodeEx(head, ImGuiTreeNodeFlags_SpanAvailWidth);
        ImGui::PopStyleColor();
        if (!fits) {
            ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
            text_muted_wrapped(detail);
            ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
        }
        if (open) {
            char line[256];
            if (p.interim) {
                std::snprintf(
                    line, sizeof line,
                    "Interim text: worth %.1f points against the war going on without it.",
                    p.deal_utility);
            } else {
                std::snprintf(line, sizeof line,
                              "Deal %.1f points vs going on fighting %.1f points.", p.deal_utility,
                              p.alternative);
            }
            text_wrapped(line);
            std::snprintf(line, sizeof line,
                          "P(accepts) %.0f%% over seeded draws of every value's range; %.0f%% of "
                          "the margin rests on assumed values.",
                          100.0 * p.p_accept, 100.0 * p.assumed_share);
            text_wrapped(line);
            for (const std::string& r : p.red_lines_crossed) {
                text_colored(color_bad(), "Red line crossed: ");
                ImGui::SameLine(0, 0);
                text_wrapped(r);
            }
            for (const std::string& r : p.core_issues_failed) {
                text_colored(color_bad(), "Core issue not met: ");
                ImGui::SameLine(0, 0);
                text_wrapped(r);
            }
            if (!p.costliest.empty()) {
                text_colored(color_muted(), "Clauses that cost it most:");
                for (const std::string& c : p.costliest) {
                    text("  • ");
                    ImGui::SameLine(0, 0);
                    text_wrapped(c);
                }
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

}  // namespace armistice::ui
