// most_durable.h — the most durable agreement that all four parties accept.
//
// Purpose: beyond the closest acceptable agreement (acceptance/closest.h), search the agreements
// every party accepts for the highest P(hold 60 months) (for an interim deal, P(hold its term)).
// Method: start from the draft if all accept it, else from the closest acceptable agreement; then
// hill-climb over single-clause changes that keep every party accepting, keep the probability that
// all four accept (acceptance/odds.h p_all_accept) at 0.5 or more, and contain no outright
// contradiction (legal.h hard_contradictions). Each round screens every such neighbour with few
// trajectories, refines the best `beam` with more, and moves only if the refined winner beats the
// current agreement; the answer is finally measured with `final_runs`. All simulations use the
// scenario's seed (common random numbers), so comparisons are effects, not sampling noise.
// The scope and term are never changed (they change what is measured; a process clause that
// implies another scope is skipped too), nor what a partial deal covers (partial_coverage.h), nor
// is "no agreement" proposed. Finally every changed clause whose draft option is still accepted
// and scores no worse (within 0.2 points, same random numbers) is put back, so the answer
// changes only what acceptance or durability needs and keeps the rest of the draft.
// Progressive: MostDurableSearch::step() does one bounded piece of work (at most 1,000 more
// trajectories of one candidate's simulation, or one dimension's neighbours); the page runs
// steps within a per-frame time budget and shows progress(); most_durable_acceptable() runs it
// to the end. Both give the same answer (a simulation's result never depends on its chunking).
// Invariants: deterministic in the scenario; the result's choices are accepted by all parties.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/acceptance/closest.h"
#include "engine/scenario.h"

namespace armistice::durability {

struct MostDurableOptions {
    std::uint32_t screen_runs = 500;   // trajectories per neighbour in the screening pass
    std::uint32_t refine_runs = 4000;  // trajectories for the `beam` best neighbours
    std::uint32_t final_runs = 10000;  // trajectories for the answer and the starting point
    std::uint32_t beam = 4;            // neighbours refined per round
    std::uint32_t max_rounds = 6;      // hill-climbing rounds at most
};

struct MostDurableResult {
    bool found = false;
    Sentence reason;                    // why, when !found (keys best.*, closest.*)
    Choices choices{};                  // the agreement (valid when found)
    std::vector<ClauseChange> changes;  // dimensions changed from the draft, in catalog order
    double p_hold = 0;                  // P(hold 60 months), or of its term if interim (final_runs)
    double p_hold_start = 0;            // the same for the starting agreement
    bool started_from_draft = false;    // true: the draft itself is accepted by all
    std::uint32_t evaluated = 0;        // candidate agreements simulated
    std::uint32_t rounds = 0;
};

// Where a running search is, in plain words for the page (never part of the answer).
struct MostDurableProgress {
    const char* stage = "";             // string-table key, e.g. "best.stage.screen"
    std::uint32_t round = 1;            // hill-climbing round (1-based)
    std::uint32_t max_rounds = 0;       // rounds at most
    std::uint32_t done = 0, total = 0;  // items of this stage done / in all (0 total: no count)
    std::uint32_t evaluated = 0;        // candidate agreements simulated so far
};

class MostDurableSearch {
public:
    // `start`: an agreement all parties accept to start from (the page passes the closest
    // agreement it already has); nullptr: the draft if all accept it, else the closest search.
    explicit MostDurableSearch(const Scenario& s, const MostDurableOptions& opt = {},
                               const Choices* start = nullptr);
    ~MostDurableSearch();
    MostDurableSearch(MostDurableSearch&&) noexcept;
    MostDurableSearch& operator=(MostDurableSearch&&) noexcept;

    // One bounded piece of work: the start, or one candidate's simulation. False when done.
    bool step();
    bool done() const;
    MostDurableResult result() const;  // final once done()
    MostDurableProgress progress() const;

private:
    struct State;
    std::unique_ptr<State> st_;
};

MostDurableResult most_durable_acceptable(const Scenario& s, const MostDurableOptions& opt = {});

// True when all four parties accept `s` and it contains no outright contradiction.
bool all_parties_accept(const Scenario& s);

}  // namespace armistice::durability
