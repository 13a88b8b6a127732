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

TextVersion::TextVersion(const std::string& fragment) {
    PresetLibrary presets;
    const auto& entries = presets.entries();
    if (!entries.empty()) {
        const PresetEntry& d = entries[presets.default_index()];
        state_.load_fresh(d.file.scenario, d.file.scenario.name);
    }
    if (!fragment.empty()) link_error_ = apply_link(state_, fragment, &notice_);
    const Clock clock = [] {
        using namespace std::chrono;
        return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
    };
    Evaluator evaluator(/*with_sensitivity=*/false);
    constexpr double kSliceMs = 1000.0;  // one long slice per call: nobody is waiting on frames
    do {
        evaluator.update(state_.scenario, kSliceMs, clock);
    } while (evaluator.busy());
    outcome_ = evaluator.outcome();
}

std::string TextVersion::text(const text::Strings& t) const {
    std::string preface;
    if (link_error_) {
        preface = t.format(text::Str::text_version_fallback, {{"error", *link_error_}}) + "\n";
    } else if (!notice_.empty()) {
        preface = notice_ + "\n";
    }
    const GoalStatus goal = check_goal(t, state_.educator.goal, outcome_);
    return preface + build_summary(t, state_, outcome_, goal, nullptr, MachineIds::Omit);
}

std::string text_version(const text::Strings& t, const std::string& fragment) {
    return TextVersion(fragment).text(t);
}

}  // namespace armistice::ui
