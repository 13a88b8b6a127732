// panel_law.cpp — "Is it lawful?": findings against named principles and internal consistency,
// worst first (as the legal checker sorts them).
#include "text/message_text.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

const char* severity_word(const text::Strings& t, Severity s) {
    switch (s) {
        case Severity::Violation:
            return t(text::Str::law_violates);
        case Severity::Conflict:
            return t(text::Str::law_tension);
        case Severity::Note:
            return t(text::Str::law_consistent);
    }
    return "";
}

}  // namespace

void draw_law_card(const PanelView& v, PanelOut& out) {
    (void)out;
    const LawOutcome& o = v.outcome.law;
    if (!o.available) {
        text_muted_wrapped(o.status(v.t));
        return;
    }
    text_wrapped(o.status(v.t));
    int i = 0;
    for (const LawFinding& f : o.findings) {
        ImGui::PushID(i++);
        const ImVec4 c = f.severity == Severity::Violation ? color_bad()
                         : f.severity == Severity::Conflict ? color_warn()
                                                             : color_good();
        ImGui::Separator();
        text_colored(c, severity_word(v.t, f.severity));
        ImGui::SameLine();
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped(text::render(v.t, f.principle));
        if (v.fonts.strong) ImGui::PopFont();
        if (!f.clause.empty()) text_muted_wrapped(text::render(v.t, f.clause));
        text_wrapped(text::render(v.t, f.text));
        ImGui::PopID();
    }
    ImGui::Spacing();
    text_muted_wrapped(v.t(text::Str::law_disclaimer));
}

}  // namespace armistice::ui
