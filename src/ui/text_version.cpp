// text_version.cpp — see text_version.h.
#include "ui/text_version.h"

#include <chrono>

#include "ui/app_state.h"
#include "ui/evaluator.h"
#include "ui/goal.h"
#include "ui/link_sync.h"
#include "ui/preset_library.h"
#include "ui/summary.h"

namespace armistice::ui {

std::string text_version(const text::Strings& t, const std::string& fragment) {
    AppState state;
    PresetLibrary presets;
    const auto& entries = presets.entries();
    if (!entries.empty()) {
        const PresetEntry& d = entries[presets.default_index()];
        state.load_fresh(d.file.scenario, d.file.scenario.name);
    }
    std::string preface;
    if (!fragment.empty()) {
        std::string notice;
        if (auto err = apply_link(state, fragment, &notice)) {
            preface = t.format(text::Str::text_version_fallback, {{"error", *err}}) + "\n";
        } else if (!notice.empty()) {
            preface = notice + "\n";
        }
    }
    const Clock clock = [] {
        using namespace std::chrono;
        return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
    };
    Evaluator evaluator(/*with_sensitivity=*/false);
    constexpr double kSliceMs = 1000.0;  // one long slice per call: nobody is waiting on frames
    do {
        evaluator.update(state.scenario, kSliceMs, clock);
    } while (evaluator.busy());
    const GoalStatus goal = check_goal(t, state.educator.goal, evaluator.outcome());
    return preface + build_summary(t, state, evaluator.outcome(), goal, nullptr, MachineIds::Omit);
}

}  // namespace armistice::ui
