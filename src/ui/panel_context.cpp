// panel_context.cpp — context levers (sliders with units and sources), the lens, and red lines
// a user can relax ("what if Russia dropped this demand?").
#include <cstdio>
#include <string>
#include <string_view>

#include "engine/context.h"
#include "engine/describe.h"
#include "engine/lens.h"
#include "engine/red_lines.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

void lever_row(const PanelView& v, PanelOut& out, Lever l) {
    const LeverInfo& info = lever_info(l);
    const double value = v.state.scenario.context.get(l);
    ImGui::PushID(static_cast<int>(l));
    text(info.label);
    std::string tip = "Unit: " + std::string(info.unit) + ". Default " +
                      format_lever(l, info.default_value) + ".\n" +
                      (std::string_view(info.unit).substr(0, 5) == "index"
                           ? "An index is a relative scale, not a measurement: 0 is the weakest "
                             "level the model considers and the top of the range the strongest; "
                             "the steps between are an assumption.\n"
                           : "") +
                      std::string(source_info(info.source).reader_name) + ": " +
                      std::string(info.source_note);
    help_marker(tip);
    float f = static_cast<float>(value);
    ImGui::SetNextItemWidth(-1.0f);
    const std::string shown = format_lever(l, value);
    // The displayed text is data, not a format: escape '%' for ImGui's printf-style display.
    std::string fmt;
    for (char c : shown) {
        fmt += c;
        if (c == '%') fmt += '%';
    }
    const bool changed = ImGui::SliderFloat("##lever", &f, static_cast<float>(info.min),
                                            static_cast<float>(info.max), fmt.c_str(),
                                            ImGuiSliderFlags_AlwaysClamp);
    out.rect("lever." + std::string(info.id));
    if (changed) {
        // While the slider is held, successive values merge into one undo step.
        out.push(cmd::SetLever{l, static_cast<double>(f), !ImGui::IsItemActivated()});
    }
    ImGui::PopID();
}

}  // namespace

void draw_context(const PanelView& v, PanelOut& out) {
    const Scenario& s = v.state.scenario;
    text_muted_wrapped("The leverage around the deal: it changes each party's alternative to a "
                       "deal and the pressures on a ceasefire once signed.");
    for (std::size_t i = 0; i < kLeverCount; ++i) lever_row(v, out, static_cast<Lever>(i));

    ImGui::Spacing();
    heading(v.fonts.strong, "Lens: which assumptions the model uses");
    help_marker(
        "The source articles disagree on why Russia fights and on what makes a deal "
        "work. A lens is a named set of model assumptions taken from one side of that "
        "disagreement; switch lenses to see how much the answers depend on it.");
    const Lens& current = lens(s.lens);
    ImGui::SetNextItemWidth(-1.0f);
    const std::string preview(current.label);
    if (ImGui::BeginCombo("##lens", preview.c_str())) {
        for (std::size_t i = 0; i < kLensCount; ++i) {
            const Lens& l = lens(static_cast<LensId>(i));
            const std::string label(l.label);
            if (ImGui::Selectable(label.c_str(), l.id == s.lens)) out.push(cmd::SetLens{l.id});
            out.rect("option.lens." + std::string(l.key));
            item_tooltip(l.description);
        }
        ImGui::EndCombo();
    } else {
        out.rect("lens");
    }
    text_muted_wrapped(current.description);

    ImGui::Spacing();
    heading(v.fonts.strong, "Red lines");
    help_marker("Positions a party says it will never sign. Tick one to ask \"what if this party "
                "dropped it?\"; the card then treats it as negotiable.");
    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const RedLine& r = table[i];
        ImGui::PushID(static_cast<int>(i));
        bool relaxed = s.is_relaxed(i);
        const std::string label = std::string(party_label(r.party)) + ": " + std::string(r.label);
        if (ImGui::Checkbox("##relax", &relaxed)) out.push(cmd::SetRedLineRelaxed{i, relaxed});
        out.rect("redline." + std::string(r.id));
        ImGui::SameLine();
        text_wrapped(label);
        if (!in_force(r, s.as_of)) {
            text_muted_wrapped(
                s.as_of == 0
                    ? "Dated " + red_line_dates(r) + ": not applied to an undated text."
                    : "Dated " + red_line_dates(r) + ": stated after this text, so not applied.");
        }
        ImGui::PopID();
    }
    text_muted_wrapped("Ticked = relaxed for this what-if.");
}

}  // namespace armistice::ui
