// panel_compare_effects.cpp — the compare view's clause-by-clause differences with their effects:
// for each clause where B differs, what B's choice does to A on its own — each party's margin
// and verdict, the legal findings it adds or removes, and P(hold 60 months) — computed across
// frames (compare_effects.h); a clause shows "computing…" until its simulation has run.
#include <cmath>
#include <string>

#include "ui/compare_effects.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

void indent_label(const char* label) {
    ImGui::Indent();
    text_colored(color_muted(), label);
    ImGui::SameLine();
}

void draw_sign_line(const ClauseEffectView& e) {
    indent_label("Sign:");
    if (!e.acceptance_applicable) {
        text_wrapped("no agreement to sign");
        ImGui::Unindent();
        return;
    }
    for (std::size_t p = 0; p < e.parties.size(); ++p) {
        const PartyShift& s = e.parties[p];
        const std::string t =
            party_shift_text(text::Strings(), s) + (p + 1 < e.parties.size() ? " ·" : "");
        // Wrap by hand: keep each party's figure in one piece.
        if (p > 0) {
            const float w = ImGui::CalcTextSize(t.c_str()).x;
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        if (s.accepts != s.accepts_a) text_colored(s.accepts ? color_good() : color_bad(), t);
        else text(t);
    }
    ImGui::Unindent();
}

void draw_law_lines(const ClauseEffectView& e) {
    indent_label("Law:");
    if (e.legal_added.empty() && e.legal_removed.empty()) {
        text_wrapped("no finding added or removed");
        ImGui::Unindent();
        return;
    }
    const float column = ImGui::GetCursorPosX();  // after "Law:", where every line starts
    bool first = true;
    auto line = [&](const char* verb, const LawFinding& f, const ImVec4& c) {
        if (!first) ImGui::SetCursorPosX(column);
        text_colored(c, verb);
        ImGui::SameLine();
        text_wrapped(law_change_text(text::Strings(), f));
        first = false;
    };
    for (const LawFinding& f : e.legal_added)
        line("adds", f, f.severity == Severity::Note ? color_good() : color_bad());
    for (const LawFinding& f : e.legal_removed)
        line("removes", f, f.severity == Severity::Note ? color_warn() : color_good());
    ImGui::Unindent();
}

void draw_hold_line(const ClauseEffectView& e) {
    indent_label("Holds 60 months:");
    const bool up = std::isfinite(e.delta_p_hold_60) && e.delta_p_hold_60 > 0.005;
    const bool down = std::isfinite(e.delta_p_hold_60) && e.delta_p_hold_60 < -0.005;
    const std::string t = hold_change_text(text::Strings(), e);
    if (up) text_colored(color_good(), t);
    else if (down) text_colored(color_bad(), t);
    else text_wrapped(t);
    ImGui::Unindent();
}

}  // namespace

void draw_compare_effects(const PanelView& v, PanelOut& out) {
    (void)out;
    if (!v.compare_effects || !v.compare_effects->started) return;
    const CompareEffects& fx = *v.compare_effects;
    if (fx.clauses.empty()) return;
    text_muted_wrapped("Each of B's clauses applied to A on its own (" + std::to_string(fx.runs) +
                       " simulated runs each, A's random seed, so differences are effects and not "
                       "noise). Clauses interact: the effects do not add up to the A–B difference.");
    if (!fx.done) {
        text_colored(color_warn(), "computing… " + std::to_string(fx.simulations_done) + " of " +
                                       std::to_string(fx.simulations_total) + " simulations");
    } else {
        text_wrapped("Holds 60 months at these settings: A " +
                     (fx.a_applicable ? percent(fx.p_hold_60_a) : std::string("no ceasefire")) + ", B " +
                     (fx.b_applicable ? percent(fx.p_hold_60_b) : std::string("no ceasefire")) + ".");
    }
    int i = 0;
    for (const ClauseEffectView& e : fx.clauses) {
        ImGui::PushID(i++);
        ImGui::Separator();
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped(e.dimension);
        if (v.fonts.strong) ImGui::PopFont();
        text_wrapped("A " + e.option_a + " — B " + e.option_b);
        if (!e.ready) {
            ImGui::Indent();
            text_muted_wrapped("computing…");
            ImGui::Unindent();
        } else {
            draw_sign_line(e);
            draw_law_lines(e);
            draw_hold_line(e);
        }
        ImGui::PopID();
    }
    ImGui::Separator();
}

}  // namespace armistice::ui
