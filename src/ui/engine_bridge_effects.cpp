// engine_bridge_effects.cpp — the compare view's clause-by-clause effects, one simulation at a
// time so they can be spread over frames.
//
// engine/diff/diff_effects.cpp computes everything in one call ((2 + clauses) simulations of
// 2000 runs): too long for one frame in the page. This job uses the engine's own pieces
// (effect_scenarios, party_margins, findings_missing_from) and DurabilityRun, whose final
// snapshot does not depend on the chunking, one simulation per step;
// tests/ui/compare_effects_test.cpp checks that both give identical numbers.
#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include "engine/acceptance/acceptance.h"
#include "engine/diff/diff.h"
#include "engine/diff/diff_effects.h"
#include "engine/durability/durability.h"
#include "engine/legal/legal.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Findings of `from` that `in` lacks, in `from`'s order (worst first), in plain words.
std::vector<LawFinding> missing_from(const std::vector<armistice::LegalFinding>& from,
                                     const std::vector<armistice::LegalFinding>& in) {
    std::vector<LawFinding> out;
    for (const armistice::LegalFinding& f : armistice::findings_missing_from(from, in)) {
        out.push_back(law_finding(f));
    }
    return out;
}

// One scenario to evaluate: A (index 0), a one-clause variant, or B (last).
struct Item {
    explicit Item(Scenario s) : scenario(std::move(s)) {}
    Scenario scenario;
    bool evaluated = false;  // margins and findings computed
    PartyMargins margins;
    std::vector<armistice::LegalFinding> legal;
    bool finished = false;  // simulation done
    bool applicable = false;
    double p60 = kNaN;
};

}  // namespace

struct EffectsJob::Impl {
    ScenarioDiff diff;
    std::uint32_t runs = 0;
    std::vector<Item> items;  // A, variants in diff.clauses order, B
    std::size_t current = 0;
    std::optional<durability::DurabilityRun> run;
};

EffectsJob::EffectsJob(const Scenario& a, const Scenario& b, std::uint32_t runs)
    : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    m.diff = diff_scenarios(a, b);
    for (Scenario& sc : effect_scenarios(a, b, m.diff, runs)) m.items.emplace_back(std::move(sc));
    m.runs = m.items.front().scenario.sim.runs;
}

EffectsJob::~EffectsJob() = default;

void EffectsJob::advance(std::uint32_t trajectories) {
    Impl& m = *impl_;
    if (m.current >= m.items.size()) return;
    Item& it = m.items[m.current];
    if (!it.evaluated) {
        it.margins = party_margins(it.scenario);
        it.legal = check_legal(it.scenario);
        it.evaluated = true;
    }
    if (!m.run) m.run.emplace(it.scenario);
    m.run->advance(trajectories);
    if (!m.run->done()) return;
    const durability::DurabilityResult r = m.run->snapshot();
    it.applicable = r.applicable;
    it.p60 = r.applicable ? r.p_hold_60 : kNaN;
    it.finished = true;
    m.run.reset();
    ++m.current;
}

bool EffectsJob::done() const { return impl_->current >= impl_->items.size(); }

CompareEffects EffectsJob::snapshot() const {
    const Impl& m = *impl_;
    CompareEffects out;
    out.started = true;
    out.done = done();
    out.runs = m.runs;
    out.simulations_total = m.items.size();
    out.simulations_done = m.current;
    const Item& a = m.items.front();
    const Item& b = m.items.back();
    out.a_applicable = a.finished && a.applicable;
    out.p_hold_60_a = a.finished ? a.p60 : kNaN;
    out.b_ready = b.finished;
    out.b_applicable = b.finished && b.applicable;
    out.p_hold_60_b = b.finished ? b.p60 : kNaN;
    for (std::size_t i = 0; i < m.diff.clauses.size(); ++i) {
        const ClauseDifference& c = m.diff.clauses[i];
        const Item& v = m.items[i + 1];
        ClauseEffectView e;
        e.dimension_id = std::string(c.dimension_id);
        e.dimension = std::string(c.dimension_label);
        e.option_a = std::string(c.option_a_label);
        e.option_b = std::string(c.option_b_label);
        e.option_b_id = std::string(c.option_b_id);
        e.ready = a.finished && v.finished;
        if (e.ready) {
            e.acceptance_applicable = v.margins.applicable;
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                PartyShift& s = e.parties[p];
                s.party = static_cast<Party>(p);
                s.margin_a = a.margins.margin[p];
                s.margin = v.margins.margin[p];
                s.delta = v.margins.margin[p] - a.margins.margin[p];
                s.accepts_a = a.margins.accepts[p];
                s.accepts = v.margins.accepts[p];
            }
            e.legal_added = missing_from(v.legal, a.legal);
            e.legal_removed = missing_from(a.legal, v.legal);
            e.hold_applicable = v.applicable;
            e.p_hold_60 = v.p60;
            e.delta_p_hold_60 = a.applicable && v.applicable ? v.p60 - a.p60 : kNaN;
        }
        out.clauses.push_back(std::move(e));
    }
    return out;
}

}  // namespace armistice::ui::bridge
