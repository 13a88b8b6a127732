// most_durable.cpp — hill-climbing search for the most durable acceptable agreement
// (see most_durable.h).
#include "engine/durability/most_durable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/odds.h"
#include "engine/durability/durability.h"
#include "engine/durability/partial_coverage.h"
#include "engine/legal/legal.h"
#include "engine/scope.h"

namespace armistice::durability {

bool all_parties_accept(const Scenario& s) {
    if (armistice::is_no_agreement(s)) return false;
    for (std::size_t p = 0; p < kPartyCount; ++p)
        if (!evaluate_party(s, static_cast<Party>(p)).accepts) return false;
    for (const auto& [a, b] : hard_contradictions())
        if (s.choice(a.dim) == a.option && s.choice(b.dim) == b.option) return false;
    return true;
}

namespace {

enum class Phase : std::uint8_t { Start, StartScore, List, Screen, Refine, Prune, Final, Done };

struct Scored {
    Choices choices;
    double p = 0;
};

}  // namespace

struct MostDurableSearch::State {
    Scenario draft;
    MostDurableOptions opt;
    Phase phase = Phase::Start;
    MostDurableResult res;
    Choices current{};
    double current_refined = 0;
    std::vector<Scored> neighbours;  // this round's acceptable neighbours
    std::size_t next = 0;            // next neighbour to simulate
    std::vector<Scored> refined;
    AgreementScope scope;        // of the starting agreement; kept by every candidate
    StrandMask strands = 0;      // what a partial deal covers (partial_coverage.h); kept too
    std::size_t list_dim = 0;    // next catalog dimension to list neighbours from (List)
    std::size_t prune_dim = 0;   // next catalog dimension to try reverting (Prune)
    double current_final = -1;   // P(hold) of `current` with final_runs (Prune), -1 = not yet
    double prune_reference = 0;  // P(hold) of the search's winner before pruning (final_runs)
    double start_final = -1;     // P(hold) of the start with final_runs (StartScore), -1 = not yet
    std::optional<Choices> given_start;
    // The simulation in progress (score()); at most one at a time.
    struct Pending {
        Choices choices;
        std::uint32_t runs;
        DurabilityRun run;
    };
    std::optional<Pending> pending;
    // Trajectories simulated per step: a few milliseconds of work at most, even in WebAssembly,
    // so the page's per-frame budget is never overrun by more than a fraction of a frame.
    static constexpr std::uint32_t kStepTrajectories = 1000;

    Scenario with_choices(const Choices& c) const {
        Scenario t = draft;
        t.choices = c;
        return t;
    }
    // A neighbour counts as acceptable when every party's point verdict accepts it and the
    // probability that all accept (acceptance/odds.h) is at least kMinPAllAccept; checked when
    // the neighbour is refined (best-screened first, one per step), not when listed.
    static constexpr double kMinPAllAccept = 0.5;
    // P(hold 60) of `c` with `runs` trajectories, simulated kStepTrajectories at a time: each
    // call advances the pending simulation of (c, runs), starting it if needed, and returns the
    // figure once it is complete (nullopt before). The result equals p_hold_60() in one call
    // (durability.h: chunking never changes a run), so the search's answer does not depend on
    // how it is stepped. Callers redo their checks only when pending_for() is false.
    std::optional<double> score(const Choices& c, std::uint32_t runs) {
        if (!pending_for(c, runs)) {
            Scenario t = with_choices(c);
            if (t.sim.horizon_months > 60) t.sim.horizon_months = 60;  // only P(hold 60) is needed
            t.sim.runs = runs;
            ++res.evaluated;
            pending.reset();
            pending.emplace(Pending{c, runs, DurabilityRun(t)});
        }
        pending->run.advance(kStepTrajectories);
        if (!pending->run.done()) return std::nullopt;
        const DurabilityResult r = pending->run.snapshot();
        pending.reset();
        if (!r.applicable || r.survival.empty()) return -1.0;
        return r.survival[std::min<std::size_t>(60, r.survival.size()) - 1];
    }
    bool pending_for(const Choices& c, std::uint32_t runs) const {
        return pending && pending->runs == runs && pending->choices == c;
    }
    // Same measure as the start: scope, term and, for a partial deal, the strands it covers
    // (dropping the Black Sea from a Black Sea deal would "improve" it by changing the subject).
    bool same_measure(const Scenario& t) const {
        const AgreementScope sc = scope_of(t);  // the process clause can imply a scope too
        return sc.kind == scope.kind && sc.term_days == scope.term_days &&
               partial_strands(t) == strands;
    }
    void begin_listing() {
        neighbours.clear();
        refined.clear();
        next = 0;
        list_dim = 0;
        phase = Phase::List;
    }
    // One dimension's single-option changes per step (keeps each frame's work small).
    void list_one_dimension() {
        const auto& dims = catalog().dimensions;
        if (list_dim >= dims.size()) {
            phase = neighbours.empty() ? Phase::Prune : Phase::Screen;
            return;
        }
        const Dimension& d = dims[list_dim++];
        if (d.dim == Dim::Scope || d.dim == Dim::Term) return;  // they change what is measured
        for (std::size_t o = 0; o < d.options.size(); ++o) {
            if (o == current[static_cast<std::size_t>(d.dim)]) continue;
            Choices c = current;
            c[static_cast<std::size_t>(d.dim)] = static_cast<std::uint8_t>(o);
            const Scenario t = with_choices(c);
            if (same_measure(t) && all_parties_accept(t)) neighbours.push_back({c, 0.0});
        }
    }
    // Prune: put back, one dimension per step, every changed clause whose draft option is still
    // accepted and does not lower P(hold) by more than kPruneTolerance (common random numbers:
    // a clause with no durability effect scores exactly the same). The answer then changes only
    // what acceptance or durability needs, and keeps the rest of the draft's premise.
    static constexpr double kPruneTolerance = 0.002;  // probability; below the final-runs noise
    void prune_one_dimension() {
        const auto& dims = catalog().dimensions;
        if (current_final < 0) {
            if (const auto p = score(current, opt.final_runs)) current_final = prune_reference = *p;
            return;
        }
        while (prune_dim < dims.size()) {
            const std::size_t i = static_cast<std::size_t>(dims[prune_dim].dim);
            if (current[i] == draft.choices[i]) {
                ++prune_dim;
                continue;
            }
            Choices c = current;
            c[i] = draft.choices[i];
            if (!pending_for(c, opt.final_runs)) {  // checked once, before its simulation starts
                const Scenario t = with_choices(c);
                if (!same_measure(t) || !all_parties_accept(t) ||
                    p_all_accept(t) < kMinPAllAccept) {
                    ++prune_dim;
                    return;
                }
            }
            const auto p = score(c, opt.final_runs);
            if (!p) return;
            ++prune_dim;
            if (*p >= prune_reference - kPruneTolerance) {  // never drifts below the search's best
                current = c;
                current_final = *p;
            }
            return;
        }
        phase = Phase::Final;
    }
    // The search starts only from an agreement all four are likely to sign (point verdicts and
    // P(all accept) >= kMinPAllAccept); otherwise it reports that none was found near the draft.
    bool likely_signed(const Choices& c) const {
        const Scenario t = with_choices(c);
        return all_parties_accept(t) && p_all_accept(t) >= kMinPAllAccept;
    }
    void start() {
        if (given_start && likely_signed(*given_start)) {
            current = *given_start;
            res.started_from_draft = *given_start == draft.choices;
        } else if (likely_signed(draft.choices)) {
            current = draft.choices;
            res.started_from_draft = true;
        } else {
            const ClosestAgreement closest = find_closest_agreement(draft);
            if (!closest.has_solution || !likely_signed(closest.choices)) {
                if (!closest.has_solution && !closest.reason.empty()) {
                    res.reason = closest.reason;
                } else if (closest.has_solution) {
                    char p[16];
                    std::snprintf(p, sizeof p, "%.0f", 100.0 * closest.p_all_accept);
                    res.reason = {{"best.none_likely_closest", {{"p", p}}}};
                } else {
                    res.reason = {{"best.none_likely", {}}};
                }
                phase = Phase::Done;
                return;
            }
            current = closest.choices;
        }
        res.found = true;
        scope = scope_of(with_choices(current));
        strands = partial_strands(with_choices(current));
        phase = Phase::StartScore;
    }
    // The starting agreement measured with final_runs, then with refine_runs.
    void score_start() {
        if (start_final < 0) {
            if (const auto p = score(current, opt.final_runs)) start_final = res.p_hold_start = *p;
            return;
        }
        if (const auto p = score(current, opt.refine_runs)) {
            current_refined = *p;
            begin_listing();
        }
    }
    void finish_round() {
        const auto best =
            std::max_element(refined.begin(), refined.end(),
                             [](const Scored& a, const Scored& b) { return a.p < b.p; });
        ++res.rounds;
        if (best != refined.end() && best->p > current_refined && res.rounds < opt.max_rounds) {
            current = best->choices;
            current_refined = best->p;
            begin_listing();
        } else {
            if (best != refined.end() && best->p > current_refined) {
                current = best->choices;
                current_refined = best->p;
            }
            phase = Phase::Prune;
        }
    }
    void step() {
        switch (phase) {
            case Phase::Start:
                start();
                return;
            case Phase::StartScore:
                score_start();
                return;
            case Phase::List:
                list_one_dimension();
                return;
            case Phase::Screen:
                if (next < neighbours.size()) {
                    if (const auto p = score(neighbours[next].choices, opt.screen_runs)) {
                        neighbours[next].p = *p;
                        ++next;
                    }
                    return;
                }
                // Best `beam` by screening score (ties by catalog order: stable sort).
                std::stable_sort(neighbours.begin(), neighbours.end(),
                                 [](const Scored& a, const Scored& b) { return a.p > b.p; });
                next = 0;
                phase = Phase::Refine;
                return;
            case Phase::Refine:
                // Best first, skipping neighbours unlikely to be signed, until `beam` are refined.
                if (next < neighbours.size() && refined.size() < opt.beam) {
                    const Choices& c = neighbours[next].choices;
                    if (!pending_for(c, opt.refine_runs) &&
                        p_all_accept(with_choices(c)) < kMinPAllAccept) {
                        ++next;
                        return;
                    }
                    if (const auto p = score(c, opt.refine_runs)) {
                        refined.push_back({c, *p});
                        ++next;
                    }
                    return;
                }
                finish_round();
                return;
            case Phase::Prune:
                prune_one_dimension();
                return;
            case Phase::Final:
                res.choices = current;
                if (current_final < 0) {
                    if (const auto p = score(current, opt.final_runs)) current_final = *p;
                    return;
                }
                res.p_hold = current_final;
                for (const Dimension& d : catalog().dimensions) {
                    const std::size_t i = static_cast<std::size_t>(d.dim);
                    if (current[i] != draft.choices[i])
                        res.changes.push_back({d.dim, draft.choices[i], current[i]});
                }
                phase = Phase::Done;
                return;
            case Phase::Done:
                return;
        }
    }
};

MostDurableSearch::MostDurableSearch(const Scenario& s, const MostDurableOptions& opt,
                                     const Choices* start)
    : st_(std::make_unique<State>()) {
    st_->draft = s;
    if (start) st_->given_start = *start;
    st_->opt = opt;
    if (st_->opt.beam == 0) st_->opt.beam = 1;
}
MostDurableSearch::~MostDurableSearch() = default;
MostDurableSearch::MostDurableSearch(MostDurableSearch&&) noexcept = default;
MostDurableSearch& MostDurableSearch::operator=(MostDurableSearch&&) noexcept = default;

bool MostDurableSearch::step() {
    st_->step();
    return !done();
}
bool MostDurableSearch::done() const {
    return st_->phase == Phase::Done;
}
MostDurableResult MostDurableSearch::result() const {
    return st_->res;
}
MostDurableProgress MostDurableSearch::progress() const {
    const State& s = *st_;
    MostDurableProgress g;
    g.round = s.res.rounds + 1;
    g.max_rounds = s.opt.max_rounds;
    g.evaluated = s.res.evaluated;
    switch (s.phase) {
        case Phase::Start:
        case Phase::StartScore:
            g.stage = "best.stage.start";
            break;
        case Phase::List:
            g.stage = "best.stage.list";
            g.done = static_cast<std::uint32_t>(s.list_dim);
            g.total = static_cast<std::uint32_t>(catalog().dimensions.size());
            break;
        case Phase::Screen:
            g.stage = "best.stage.screen";
            g.done = static_cast<std::uint32_t>(s.next);
            g.total = static_cast<std::uint32_t>(s.neighbours.size());
            break;
        case Phase::Refine:
            g.stage = "best.stage.refine";
            g.done = static_cast<std::uint32_t>(s.refined.size());
            g.total = s.opt.beam;
            break;
        case Phase::Prune:
        case Phase::Final:
            g.stage = "best.stage.prune";
            g.done = static_cast<std::uint32_t>(s.prune_dim);
            g.total = static_cast<std::uint32_t>(catalog().dimensions.size());
            g.round = s.res.rounds;
            break;
        case Phase::Done:
            g.stage = "best.stage.done";
            g.round = s.res.rounds;
            break;
    }
    return g;
}

MostDurableResult most_durable_acceptable(const Scenario& s, const MostDurableOptions& opt) {
    MostDurableSearch search(s, opt);
    while (search.step()) {
    }
    return search.result();
}

}  // namespace armistice::durability
