// panel_tour.cpp — the first-visit guided tour: four steps, each loading a preset that teaches
// one of the three questions and where the evidence comes from. Skippable at every step; once
// finished or skipped it is never shown again (remembered in local storage by the shell).
#include <algorithm>
#include <string>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace armistice::ui {

namespace {

struct Step {
    const char* title;
    const char* preset;  // preset id loaded when the step opens
    int card;            // outcome card to show (1 sign, 2 law, 3 hold)
    const char* body;
};

constexpr Step kSteps[] = {
    {"Assemble an armistice", "enforced_armistice", 1,
     "Pick clauses on the left — ceasefire terms and a political settlement — and the cards "
     "answer three questions at once: will they sign, is it lawful, will it hold? This is the "
     "enforced armistice argued in seed 000 (Lviv Herald). Every clause has a (?) with its "
     "plain-words meaning and which article argues for or against it."},
    {"Will they sign?", "russia_june_2024", 1,
     "Each bar compares the deal with that party's alternative: carrying on the war under the "
     "context you set. Russia's June 2024 demands (seed 001) suit Russia but cross Ukraine's "
     "red lines. Open a party to see the clauses that cost it most; the button under the bars "
     "applies the closest agreement all four would accept."},
    {"Is it lawful?", "istanbul_neutrality", 2,
     "The legal card checks the terms against the UN Charter, the Helsinki Final Act, the "
     "Budapest Memorandum and more, and against the deal's own consistency. Findings are listed "
     "worst first. This is the Istanbul-2022 neutrality pattern (seed 001)."},
    {"Will it hold?", "two_track_ceasefire", 3,
     "A simulation runs the ceasefire month by month thousands of times. The curve is the share "
     "still holding, the shaded band the range across model assumptions, the dashed line a bare "
     "ceasefire for comparison. The evidence is thin (a few dozen historical ceasefires): the "
     "model card lists every number and its source. Explore, don't forecast."},
};
constexpr int kStepCount = static_cast<int>(sizeof kSteps / sizeof kSteps[0]);

void go_to(const PanelView& v, PanelOut& out, int step) {
    out.push(cmd::TourStep{step});
    if (auto i = v.presets.find_by_id(kSteps[step].preset)) out.push(cmd::LoadPreset{*i});
    out.push(cmd::SetCard{kSteps[step].card});
}

}  // namespace

void draw_tour(const PanelView& v, PanelOut& out) {
    const int step = v.state.tour.step;
    if (step < 0 || step >= kStepCount) return;
    const Step& s = kSteps[step];
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(460.0f, vp->WorkSize.x - 32.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - w - 16.0f,
                                   vp->WorkPos.y + vp->WorkSize.y - 16.0f),
                            ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f), ImGuiCond_Always);
    const std::string title = "Guided tour — step " + std::to_string(step + 1) + " of " +
                              std::to_string(kStepCount) + "###tour";
    if (ImGui::Begin(title.c_str(), nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) out.push(cmd::TourStep{-1});  // as Skip
        heading(v.fonts.heading, s.title);
        text_wrapped(s.body);
        ImGui::Spacing();
        if (button("Back", step > 0)) go_to(v, out, step - 1);
        out.rect("tour.back");
        ImGui::SameLine();
        if (step + 1 < kStepCount) {
            if (ImGui::Button("Next")) go_to(v, out, step + 1);
            out.rect("tour.next");
            ImGui::SameLine();
            if (ImGui::Button("Skip the tour")) out.push(cmd::TourStep{-1});
            out.rect("tour.skip");
        } else {
            if (ImGui::Button("Start exploring")) out.push(cmd::TourStep{-1});
            out.rect("tour.skip");
        }
    }
    ImGui::End();
}

// The first step also needs its preset: the shell calls this when the tour starts.
Command tour_first_preset(const PresetLibrary& presets) {
    if (auto i = presets.find_by_id(kSteps[0].preset)) return cmd::LoadPreset{*i};
    return cmd::SetCard{1};
}

}  // namespace armistice::ui
