// compare_effects.h — keeps the compare view's clause-by-clause effects in step with A and B.
//
// Purpose: when A or B changes, a new bridge::EffectsJob starts (or a recently finished result
// for the same pair is reused); it then advances within the time the frame has left, so the page
// keeps its frame rate while the (2 + clauses) simulations run. Also renders the finished
// effects as plain text (accessible summary) and as JSON (window.armistice.compareEffects).
// Invariants: effects() always describes the current (A, B) pair (started = false before any);
// revision() increases whenever effects() changes. No global state; ImGui-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/scenario.h"
#include "text/strings.h"
#include "ui/engine_bridge.h"
#include "ui/evaluator.h"
#include "ui/outcome.h"

namespace armistice::ui {

class CompareEffectsTracker {
public:
    static constexpr std::uint32_t kRuns = 2000;   // as `armistice diff` (EffectOptions default)
    static constexpr std::uint32_t kChunk = 250;   // trajectories between clock checks
    static constexpr std::size_t kCacheSize = 6;   // finished pairs kept for undo / swap

    // Restarts if (a, b) changed, then advances for at most ~budget_ms (nothing if ≤ 0).
    void update(const Scenario& a, const Scenario& b, double budget_ms, const Clock& clock);
    const CompareEffects& effects() const { return effects_; }
    bool busy() const { return job_ && !job_->done(); }
    std::uint64_t revision() const { return revision_; }

private:
    struct Entry {
        Scenario a, b;
        CompareEffects effects;
    };
    std::optional<Scenario> a_, b_;
    std::unique_ptr<bridge::EffectsJob> job_;
    CompareEffects effects_;
    std::vector<Entry> cache_;  // most recent last
    std::uint64_t revision_ = 0;
};

// Pieces shared by the compare panel and the text summary (plain words, language `t`):
// "Russia +3.1 pts (now accepts)"; "violates UN Charter art. 2(4) (Territory: de jure)";
// "43% (+2.0 points against A)" or "no ceasefire to hold".
std::string party_shift_text(const text::Strings& t, const PartyShift& s);
std::string law_change_text(const text::Strings& t, const LawFinding& f);
std::string hold_change_text(const text::Strings& t, const ClauseEffectView& e);

// "Effects of B's clauses on A, one at a time: …" — one line per clause, or "computing…".
std::string compare_effects_text(const text::Strings& t, const CompareEffects& fx);
// {"done":true,"runs":2000,"pHold60A":0.41,"pHold60B":…,"clauses":[{"dim":"alignment",
//  "optionB":"…","deltaMargin":[…4],"accepts":[…4],"acceptsA":[…4],"legalAdded":n,
//  "legalRemoved":n,"pHold60":…,"deltaPHold60":…}]} — NaN as null; parties in Party order.
std::string compare_effects_json(const CompareEffects& fx);

}  // namespace armistice::ui
