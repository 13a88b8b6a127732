// panel_model_card.cpp — the model card window. Its first page says in plain words what the
// page computes and what the technical terms mean; the second holds what the models assume, every
// durability parameter with its range and source, the context levers' sources, the lenses, the
// source articles, the backtest figures on the development cases (computed from the embedded CSV,
// as `armistice backtest` does), and a plain statement that this is an exploratory model, not a
// forecast.
#include <algorithm>
#include <cstdio>
#include <string>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/describe.h"
#include "engine/durability/mechanism_effects.h"
#include "engine/durability/model_card.h"
#include "engine/lens.h"
#include "text/message_text.h"
#include "ui/charts/calibration_chart.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

using text::Str;

std::string fixed3(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    return buf;
}

// The backtest figures, computed by the Explorer from the embedded data/backtest/cases_dev.csv
// with the engine functions `armistice backtest` uses (bridge::backtest_figures).
void draw_backtest(const PanelView& v) {
    const text::Strings& t = v.t;
    if (!ImGui::CollapsingHeader(label(t, Str::model_card_panel_backtest, "backtest").c_str(),
                                 ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (!v.backtest) {
        text_muted_wrapped(t(Str::model_card_panel_computing));
        return;
    }
    const BacktestFigures& b = *v.backtest;
    if (!b.available) {
        text_muted_wrapped(
            t.format(Str::model_card_panel_parse_error,
                     {{"line", std::to_string(b.error_line)}, {"message", b.error_message}}));
        return;
    }
    if (ImGui::BeginTable("backtest", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(t(Str::model_card_panel_col_figure),
                                ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(t(Str::model_card_panel_col_value),
                                ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn(t(Str::model_card_panel_col_how),
                                ImGuiTableColumnFlags_WidthStretch, 3.2f);
        ImGui::TableHeadersRow();
        auto row = [](const std::string& name, const std::string& value, const std::string& note) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            text_wrapped(name);
            ImGui::TableSetColumnIndex(1);
            text(value);
            ImGui::TableSetColumnIndex(2);
            text_muted_wrapped(note);
        };
        row(t(Str::model_card_panel_cases), std::to_string(b.cases),
            t(Str::model_card_panel_cases_note));
        row(t(Str::model_card_panel_c_index), fixed3(b.c_index),
            t(Str::model_card_panel_c_index_note));
        row(t(Str::model_card_panel_brier), fixed3(b.brier_60),
            t.format(Str::model_card_panel_brier_note, {{"n", std::to_string(b.brier_cases)}}));
        row(t(Str::model_card_panel_baseline), fixed3(b.baseline_c_index),
            t(Str::model_card_panel_baseline_note));
        ImGui::EndTable();
    }
    if (!b.calibration.empty()) {
        text_wrapped(t(Str::model_card_panel_calibration));
        charts::draw_calibration_chart("##calibration", b.calibration);
        static constexpr Str kThirds[] = {Str::model_card_panel_third_low,
                                          Str::model_card_panel_third_middle,
                                          Str::model_card_panel_third_high};
        std::string lines;
        for (std::size_t i = 0; i < b.calibration.size() && i < 3; ++i) {
            const charts::CalibrationPoint& c = b.calibration[i];
            lines += std::string(i ? "; " : "") +
                     t.format(kThirds[i], {{"predicted", percent(c.predicted)},
                                           {"observed", percent(c.observed)},
                                           {"n", std::to_string(c.cases)}});
        }
        text_muted_wrapped(lines + ".");
    }
    text_wrapped(t.format(Str::model_card_panel_dev_cases, {{"n", std::to_string(b.cases)}}));
    text_muted_wrapped(t(Str::model_card_panel_same_as_cli));
}

void draw_plain_words(const PanelView& v);
void draw_technical(const PanelView& v);

}  // namespace

void draw_model_card(const PanelView& v, PanelOut& out) {
    if (!v.state.prefs.model_card_open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(vp->WorkSize.x - 40.0f, 820.0f);
    const float h = vp->WorkSize.y - 80.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - w) * 0.5f,
                                   std::max(vp->WorkPos.y + 60.0f, v.top_y + 8.0f)),
                            ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Appearing);
    bool open = true;
    const text::Strings& t = v.t;
    if (ImGui::Begin(label(t, Str::model_card_panel_window, "model_card").c_str(), &open,
                     ImGuiWindowFlags_NoCollapse)) {
        // Escape closes the card, as it closes dialogs (unless a text field is being edited).
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::GetIO().WantTextInput) open = false;
        ImGui::PushStyleColor(ImGuiCol_Text, color_warn());
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped(t(Str::model_card_panel_warning));
        if (v.fonts.strong) ImGui::PopFont();
        ImGui::PopStyleColor();

        // The plain-words page first; the technical tables on the second tab.
        if (ImGui::BeginTabBar("model_card_pages")) {
            const bool plain =
                ImGui::BeginTabItem(label(t, Str::model_card_panel_tab_plain, "plain").c_str());
            out.rect("model_card.tab_plain");  // the tab itself, open or not
            if (plain) {
                out.rect("model_card.plain");
                draw_plain_words(v);
                ImGui::EndTabItem();
            }
            const bool technical = ImGui::BeginTabItem(
                label(t, Str::model_card_panel_tab_technical, "technical").c_str());
            out.rect("model_card.tab_technical");
            if (technical) {
                out.rect("model_card.technical");
                draw_technical(v);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        touch_scroll(out);
    }
    ImGui::End();
    if (!open) out.push(cmd::ShowModelCard{false});
}

namespace {

void draw_plain_words(const PanelView& v) {
    for (const durability::PlainWords& w : durability::model_card_plain_words()) {
        heading(v.fonts.strong, text::render(v.t, w.term));
        text_wrapped(text::render(v.t, w.text));
        ImGui::Spacing();
    }
    text_muted_wrapped(v.t(Str::model_card_panel_plain_footer));
}

void draw_technical(const PanelView& v) {
    const text::Strings& t = v.t;
    draw_backtest(v);
    if (ImGui::CollapsingHeader(
            label(t, Str::model_card_panel_how_it_works, "how_it_works").c_str(),
            ImGuiTreeNodeFlags_DefaultOpen)) {
        for (std::string_view p : durability::model_card_paragraphs()) {
            text_wrapped(text::render(t, p));
            ImGui::Spacing();
        }
    }
    if (ImGui::CollapsingHeader(label(t, Str::model_card_panel_mechanisms, "mechanisms").c_str())) {
        // Each mechanism by its public id (the parameter names it cites are ids too), then where
        // the model reads it or why it has no durability effect.
        for (const durability::MechanismEffect& e : durability::mechanism_effects()) {
            if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
            text_wrapped(mechanism_name(e.mechanism));
            if (v.fonts.strong) ImGui::PopFont();
            text_muted_wrapped(e.reads.empty()
                                   ? t.format(Str::model_card_panel_no_effect,
                                              {{"reason", text::render(t, e.no_effect_reason)}})
                                   : text::render(t, e.reads));
        }
    }
    if (ImGui::CollapsingHeader(label(t, Str::model_card_panel_params, "params").c_str())) {
        if (ImGui::BeginTable("params", 4,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn(t(Str::model_card_panel_col_parameter),
                                    ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn(t(Str::model_card_panel_col_range),
                                    ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn(t(Str::model_card_panel_col_unit),
                                    ImGuiTableColumnFlags_WidthStretch, 0.9f);
            ImGui::TableSetupColumn(t(Str::model_card_panel_col_source),
                                    ImGuiTableColumnFlags_WidthStretch, 3.2f);
            ImGui::TableHeadersRow();
            for (const auto& r : durability::model_card_rows()) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                text_wrapped(text::render(t, r.label));
                text_muted_wrapped(r.name);  // the public id the sources and the CLI use
                ImGui::TableSetColumnIndex(1);
                ImGui::Text("%g (%g–%g)", r.value, r.low, r.high);
                ImGui::TableSetColumnIndex(2);
                text_wrapped(text::render(t, r.unit));
                ImGui::TableSetColumnIndex(3);
                text_wrapped(text::render(t, r.source));
            }
            ImGui::EndTable();
        }
    }
    if (ImGui::CollapsingHeader(label(t, Str::model_card_panel_levers, "levers").c_str())) {
        for (std::size_t i = 0; i < kLeverCount; ++i) {
            const LeverInfo& l = lever_info(static_cast<Lever>(i));
            if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
            text_wrapped(t.format(Str::model_card_panel_lever,
                                  {{"lever", std::string(l.label)},
                                   {"value", format_lever(l.lever, l.default_value)}}));
            if (v.fonts.strong) ImGui::PopFont();
            text_muted_wrapped(std::string(source_info(l.source).reader_name) + ": " +
                               std::string(l.source_note));
        }
    }
    if (ImGui::CollapsingHeader(label(t, Str::model_card_panel_lenses, "lenses").c_str())) {
        for (std::size_t i = 0; i < kLensCount; ++i) {
            const Lens& l = lens(static_cast<LensId>(i));
            if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
            text_wrapped(l.label);
            if (v.fonts.strong) ImGui::PopFont();
            text_muted_wrapped(l.description);
        }
    }
    if (ImGui::CollapsingHeader(label(t, Str::model_card_panel_sources, "sources").c_str())) {
        for (std::size_t i = 0; i < static_cast<std::size_t>(SourceId::Count); ++i) {
            const SourceInfo& s = source_info(static_cast<SourceId>(i));
            text_wrapped(std::string(s.citation));
        }
        text_muted_wrapped(t(Str::model_card_panel_paraphrased));
    }
}

}  // namespace

}  // namespace armistice::ui
