// panel_context.cpp — context levers (sliders with units and sources), the lens, and red lines
// a user can relax ("what if Russia dropped this demand?").
#include <cstdio>
#include <string>
#include <string_view>

#include "engine/context.h"
#include "engine/describe.h"
#include "engine/lens.h"
#include "engine/red_lines.h"
#include "text/message_text.h"
#include "ui/data_text.h"
#include "ui/panels.h"
#include "ui/party_text.h"
#include "ui/widgets.h"

namespace armistice::ui {

using text::Str;

namespace {

void lever_row(const PanelView& v, PanelOut& out, Lever l) {
    const LeverInfo& info = lever_info(l);
    const double value = v.state.scenario.context.get(l);
    ImGui::PushID(static_cast<int>(l));
    const text::Strings& t = v.t;
    text(lever_label(t, info));
    std::string tip =
        t.format(Str::context_lever_unit, {{"unit", std::string(lever_unit(t, info))},
                                           {"default", lever_value(t, l, info.default_value)}}) +
        "\n" +
        (std::string_view(info.unit).substr(0, 5) == "index"
             ? std::string(t(Str::context_index_note)) + "\n"
             : std::string()) +
        t.format(Str::context_lever_source,
                 {{"source", std::string(source_info(info.source).reader_name)},
                  {"note", std::string(lever_note(t, info))}});
    help_marker(tip);
    float f = static_cast<float>(value);
    ImGui::SetNextItemWidth(-1.0f);
    const std::string shown = lever_value(t, l, value);
    // The displayed text is data, not a format: escape '%' for ImGui's printf-style display.
    std::string fmt;
    for (char c : shown) {
        fmt += c;
        if (c == '%') fmt += '%';
    }
    const bool pushed = push_touch_slider(v.coarse);
    const bool changed = ImGui::SliderFloat("##lever", &f, static_cast<float>(info.min),
                                            static_cast<float>(info.max), fmt.c_str(),
                                            ImGuiSliderFlags_AlwaysClamp);
    if (pushed) ImGui::PopStyleVar();
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
    const text::Strings& t = v.t;
    text_muted_wrapped(t(Str::context_intro));
    for (std::size_t i = 0; i < kLeverCount; ++i) lever_row(v, out, static_cast<Lever>(i));

    ImGui::Spacing();
    heading(v.fonts.strong, t(Str::context_lens_heading));
    help_marker(t(Str::context_lens_help));
    const Lens& current = lens(s.lens);
    ImGui::SetNextItemWidth(-1.0f);
    const std::string preview(lens_label(t, current));
    // Tall enough for every lens at a finger's row height (the regular height fits eight lines
    // of text: on a touch screen the last lens was hidden under a scroll).
    if (ImGui::BeginCombo("##lens", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (std::size_t i = 0; i < kLensCount; ++i) {
            const Lens& l = lens(static_cast<LensId>(i));
            const std::string label(lens_label(t, l));
            if (ImGui::Selectable(label.c_str(), l.id == s.lens, 0,
                                  touch_selectable_size(label.c_str(), v.coarse)))
                out.push(cmd::SetLens{l.id});
            out.rect("option.lens." + std::string(l.key));
            item_tooltip(lens_description(t, l));
        }
        ImGui::EndCombo();
    } else {
        out.rect("lens");
    }
    text_muted_wrapped(lens_description(t, current));

    ImGui::Spacing();
    heading(v.fonts.strong, t(Str::context_red_lines_heading));
    help_marker(t(Str::context_red_lines_help));
    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const RedLine& r = table[i];
        ImGui::PushID(static_cast<int>(i));
        bool relaxed = s.is_relaxed(i);
        const std::string label =
            t.format(Str::context_red_line, {{"party", party_name(t, r.party)},
                                             {"red_line", text::render(t, red_line_key(r))}});
        if (ImGui::Checkbox("##relax", &relaxed)) out.push(cmd::SetRedLineRelaxed{i, relaxed});
        out.rect("redline." + std::string(r.id));
        ImGui::SameLine();
        text_wrapped(label);
        if (!in_force(r, s.as_of)) {
            text_muted_wrapped(
                t.format(s.as_of == 0 ? Str::context_dated_undated : Str::context_dated_later,
                         {{"dates", red_line_dates(r)}}));
        }
        ImGui::PopID();
    }
    text_muted_wrapped(t(Str::context_ticked));
}

}  // namespace armistice::ui
