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

using text::Str;

namespace {

void indent_label(const char* label) {
    ImGui::Indent();
    text_colored(color_muted(), label);
    ImGui::SameLine();
}

void draw_sign_line(const text::Strings& t, const ClauseEffectView& e) {
    indent_label(t(Str::effects_sign));
    if (!e.acceptance_applicable) {
        text_wrapped(t(Str::effects_no_agreement));
        ImGui::Unindent();
        return;
    }
    for (std::size_t p = 0; p < e.parties.size(); ++p) {
        const PartyShift& s = e.parties[p];
        const std::string line = party_shift_text(t, s) + (p + 1 < e.parties.size() ? " ·" : "");
        // Wrap by hand: keep each party's figure in one piece.
        if (p > 0) {
            const float w = ImGui::CalcTextSize(line.c_str()).x;
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        if (s.accepts != s.accepts_a)
            text_colored(s.accepts ? color_good() : color_bad(), line);
        else
            text(line);
    }
    ImGui::Unindent();
}

void draw_law_lines(const text::Strings& t, const ClauseEffectView& e) {
    indent_label(t(Str::effects_law));
    if (e.legal_added.empty() && e.legal_removed.empty()) {
        text_wrapped(t(Str::effects_no_finding));
        ImGui::Unindent();
        return;
    }
    const float column = ImGui::GetCursorPosX();  // after "Law:", where every line starts
    bool first = true;
    auto line = [&](const char* verb, const LawFinding& f, const ImVec4& c) {
        if (!first) ImGui::SetCursorPosX(column);
        text_colored(c, verb);
        ImGui::SameLine();
        text_wrapped(law_change_text(t, f));
        first = false;
    };
    for (const LawFinding& f : e.legal_added)
        line(t(Str::effects_adds), f, f.severity == Severity::Note ? color_good() : color_bad());
    for (const LawFinding& f : e.legal_removed)
        line(t(Str::effects_removes), f,
             f.severity == Severity::Note ? color_warn() : color_good());
    ImGui::Unindent();
}

void draw_hold_line(const text::Strings& t, const ClauseEffectView& e) {
    indent_label(t(Str::effects_hold));
    const bool up = std::isfinite(e.delta_p_hold_60) && e.delta_p_hold_60 > 0.005;
    const bool down = std::isfinite(e.delta_p_hold_60) && e.delta_p_hold_60 < -0.005;
    const std::string change = hold_change_text(t, e);
    if (up)
        text_colored(color_good(), change);
    else if (down)
        text_colored(color_bad(), change);
    else
        text_wrapped(change);
    ImGui::Unindent();
}

}  // namespace

void draw_compare_effects(const PanelView& v, PanelOut& out) {
    (void)out;
    if (!v.compare_effects || !v.compare_effects->started) return;
    const CompareEffects& fx = *v.compare_effects;
    if (fx.clauses.empty()) return;
    const text::Strings& t = v.t;
    text_muted_wrapped(t.format(Str::effects_intro, {{"runs", std::to_string(fx.runs)}}));
    if (!fx.done) {
        text_colored(color_warn(), t.format(Str::effects_computing_n,
                                            {{"done", std::to_string(fx.simulations_done)},
                                             {"total", std::to_string(fx.simulations_total)}}));
    } else {
        const std::string none(t(Str::effects_no_ceasefire));
        text_wrapped(t.format(Str::effects_hold_ab,
                              {{"a", fx.a_applicable ? percent(fx.p_hold_60_a) : none},
                               {"b", fx.b_applicable ? percent(fx.p_hold_60_b) : none}}));
    }
    int i = 0;
    for (const ClauseEffectView& e : fx.clauses) {
        ImGui::PushID(i++);
        ImGui::Separator();
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped(e.dimension);
        if (v.fonts.strong) ImGui::PopFont();
        text_wrapped(t.format(Str::effects_ab, {{"a", e.option_a}, {"b", e.option_b}}));
        if (!e.ready) {
            ImGui::Indent();
            text_muted_wrapped(t(Str::effects_computing));
            ImGui::Unindent();
        } else {
            draw_sign_line(t, e);
            draw_law_lines(t, e);
            draw_hold_line(t, e);
        }
        ImGui::PopID();
    }
    ImGui::Separator();
}

}  // namespace armistice::ui
