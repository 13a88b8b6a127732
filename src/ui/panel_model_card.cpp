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
#include "engine/durability/model_card.h"
#include "engine/lens.h"
#include "ui/charts/calibration_chart.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

std::string fixed3(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    return buf;
}

// The backtest figures, computed by the Explorer from the embedded data/backtest/cases_dev.csv
// with the engine functions `armistice backtest` uses (bridge::backtest_figures).
void draw_backtest(const PanelView& v) {
    if (!ImGui::CollapsingHeader("Backtest: how the model ranks past ceasefires",
                                 ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (!v.backtest) {
        text_muted_wrapped("computing…");
        return;
    }
    const BacktestFigures& b = *v.backtest;
    if (!b.available) {
        text_muted_wrapped(b.status);
        return;
    }
    if (ImGui::BeginTable("backtest", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn("How to read it", ImGuiTableColumnFlags_WidthStretch, 3.2f);
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
        row("Historical cases", std::to_string(b.cases), "Armistices and ceasefires since 1949, each "
            "with the months until war resumed or until it was last observed holding.");
        row("Harrell's C, with censoring", fixed3(b.c_index), "Share of comparable pairs of cases "
            "the model orders correctly by risk: 0.5 is chance, 1 a perfect ranking.");
        row("Brier score at 60 months", fixed3(b.brier_60), "Mean squared error of P(war resumes "
            "within 5 years) over the " + std::to_string(b.brier_cases) + " cases whose status at "
            "60 months is known: 0 is perfect, 0.25 is always saying 50%.");
        row("Baseline C: number of provisions", fixed3(b.baseline_c_index), "The same ranking "
            "score for simply counting the protective provisions in each agreement.");
        ImGui::EndTable();
    }
    if (!b.calibration.empty()) {
        text_wrapped("Calibration: the cases split into three equal groups by predicted risk. In "
                     "each group, the mean predicted chance that war resumed within 5 years stands "
                     "beside the share of those cases where it did. Equal bars would be perfect "
                     "calibration; with about five cases a group, each observed share is coarse.");
        charts::draw_calibration_chart("##calibration", b.calibration);
        static constexpr const char* kNames[] = {"lowest-risk", "middle", "highest-risk"};
        std::string lines;
        for (std::size_t i = 0; i < b.calibration.size() && i < 3; ++i) {
            const charts::CalibrationPoint& c = b.calibration[i];
            lines += std::string(i ? "; " : "") + kNames[i] + " third: predicted " + percent(c.predicted) +
                     ", observed " + percent(c.observed) + " (" + std::to_string(c.cases) + " cases)";
        }
        text_muted_wrapped(lines + ".");
    }
    text_wrapped("These are on the " + std::to_string(b.cases) + " development cases the priors "
                 "were checked against; a held-out set is scored separately. Small samples mean "
                 "wide uncertainty, and none of this is a forecast.");
    text_muted_wrapped("Same computation as `armistice backtest data/backtest/cases_dev.csv`.");
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
    if (ImGui::Begin("Model card###model_card", &open, ImGuiWindowFlags_NoCollapse)) {
        // Escape closes the card, as it closes dialogs (unless a text field is being edited).
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::GetIO().WantTextInput) open = false;
        ImGui::PushStyleColor(ImGuiCol_Text, color_warn());
        if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
        text_wrapped("This is an exploratory model, not a forecast. It turns stated positions and "
                     "thin historical evidence into numbers so you can see how assumptions "
                     "matter; the bands are wide on purpose. Do not read any figure as a prediction.");
        if (v.fonts.strong) ImGui::PopFont();
        ImGui::PopStyleColor();

        // The plain-words page first; the technical tables on the second tab.
        if (ImGui::BeginTabBar("model_card_pages")) {
            if (ImGui::BeginTabItem("In plain words")) {
                out.rect("model_card.plain");
                draw_plain_words(v);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Technical details")) {
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
        heading(v.fonts.strong, w.term);
        text_wrapped(w.text);
        ImGui::Spacing();
    }
    text_muted_wrapped(
        "The technical details tab lists every parameter with its range and "
        "source, the lenses, the sources and the backtest.");
}

void draw_technical(const PanelView& v) {
    draw_backtest(v);
    if (ImGui::CollapsingHeader("Will it hold? — how the simulation works",
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        for (std::string_view p : durability::model_card_paragraphs()) {
            text_wrapped(p);
            ImGui::Spacing();
        }
    }
    if (ImGui::CollapsingHeader("Durability parameters, ranges and sources")) {
        if (ImGui::BeginTable("params", 4,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Parameter", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn("Value (range)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn("Unit", ImGuiTableColumnFlags_WidthStretch, 0.9f);
            ImGui::TableSetupColumn("Source or assumption", ImGuiTableColumnFlags_WidthStretch,
                                    3.2f);
            ImGui::TableHeadersRow();
            for (const auto& r : durability::model_card_rows()) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                text_wrapped(r.name);
                ImGui::TableSetColumnIndex(1);
                ImGui::Text("%g (%g–%g)", r.value, r.low, r.high);
                ImGui::TableSetColumnIndex(2);
                text_wrapped(r.unit);
                ImGui::TableSetColumnIndex(3);
                text_wrapped(r.source);
            }
            ImGui::EndTable();
        }
    }
    if (ImGui::CollapsingHeader("Context levers: defaults and sources")) {
        for (std::size_t i = 0; i < kLeverCount; ++i) {
            const LeverInfo& l = lever_info(static_cast<Lever>(i));
            if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
            text_wrapped(std::string(l.label) + " — default " +
                         format_lever(l.lever, l.default_value));
            if (v.fonts.strong) ImGui::PopFont();
            text_muted_wrapped(std::string(source_info(l.source).reader_name) + ": " +
                               std::string(l.source_note));
        }
    }
    if (ImGui::CollapsingHeader("Lenses: assumptions on which the sources disagree")) {
        for (std::size_t i = 0; i < kLensCount; ++i) {
            const Lens& l = lens(static_cast<LensId>(i));
            if (v.fonts.strong) ImGui::PushFont(v.fonts.strong);
            text_wrapped(l.label);
            if (v.fonts.strong) ImGui::PopFont();
            text_muted_wrapped(l.description);
        }
    }
    if (ImGui::CollapsingHeader("Sources")) {
        for (std::size_t i = 0; i < static_cast<std::size_t>(SourceId::Count); ++i) {
            const SourceInfo& s = source_info(static_cast<SourceId>(i));
            text_wrapped(std::string(s.citation));
        }
        text_muted_wrapped("The articles are paraphrased and cited, never quoted.");
    }
}

}  // namespace

}  // namespace armistice::ui
