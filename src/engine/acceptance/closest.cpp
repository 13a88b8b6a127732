// closest.cpp — exact branch-and-bound search for the closest acceptable agreement (closest.h).
#include "engine/acceptance/closest.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

#include "engine/acceptance/consent.h"
#include "engine/acceptance/odds.h"
#include "engine/acceptance/value_table.h"
#include "engine/red_lines.h"
#include "engine/sentence.h"
#include "engine/text_keys.h"

namespace armistice {

namespace {

using namespace acceptance_detail;

constexpr std::size_t kSubsets = (1u << kPartyCount) - 1;  // non-empty subsets of parties
constexpr std::size_t kN = kDimensionCount;
constexpr double kEps = 1e-9;      // points: slack so bounds never cut a feasible agreement
constexpr double kNegInf = -1e300;
constexpr double kTargetPAll = 0.5;  // probability: the P(all accept) the search aims for
constexpr int kTargetRounds = 3;     // searches with raised floors before giving up the target

enum class Mode { Feasibility, Nash };

// Which clauses needing a veto player's consent (consent.h) one search may use.
enum class Consent { Allow, AvoidAdded, AvoidAll };

// One search problem: a value table, a draft and a change budget.
class Search {
public:
    Search(const ValueTable& t, const Choices& draft, std::uint64_t& nodes, std::uint64_t budget,
           std::uint32_t frozen)
        : t_(t), draft_(draft), nodes_(nodes), budget_(budget), frozen_(frozen) {
        prepare();
    }

    // False when some dimension has no allowed option or a subset bound fails at the root with
    // an unlimited budget: then no agreement exists (proof without search).
    bool root_possible() const { return root_possible_; }
    // Runs one depth-first search with at most `max_changes` changes. Returns true when a
    // feasible agreement was found (best_ holds it). Sets aborted() when the budget ran out.
    bool run(std::size_t max_changes, Mode mode) {
        max_changes_ = max_changes;
        mode_ = mode;
        found_ = false;
        best_product_ = -1.0;
        current_ = draft_;
        partial_.fill(0.0);
        if (root_possible_) dfs(0, 0);
        return found_;
    }

    bool aborted() const { return aborted_; }
    const Choices& best() const { return best_; }
    double best_product() const { return best_product_; }
    const std::array<double, kPartyCount>& best_margins() const { return best_margins_; }

private:
    double subset_value(std::size_t s, std::size_t d, std::uint8_t o) const {
        double v = 0.0;
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            if (((s + 1) >> p) & 1u) v += t_.value[p][d][o];
        }
        return v;
    }

    void prepare() {
        // Allowed options per dimension and dimension order (largest spread of values first).
        std::array<double, kN> spread{};
        for (std::size_t d = 0; d < kN; ++d) {
            allowed_[d] = 0;
            for (std::uint8_t o = 0; o < t_.option_count[d]; ++o) {
                const OptionMask bit = static_cast<OptionMask>(1u << o);
                if (!(t_.proposable[d] & bit)) continue;  // only negotiable terms are proposed
                if (t_.avoided[d] & bit) continue;
                if (!((t_.forbidden[d] | t_.not_a_deal[d] | t_.core_blocked[d]) & bit)) {
                    allowed_[d] |= bit;
                }
            }
            if ((frozen_ >> d) & 1u) allowed_[d] &= static_cast<OptionMask>(1u << draft_[d]);
            if (allowed_[d] == 0) root_possible_ = false;
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                double lo = 1e300, hi = -1e300;
                for (std::uint8_t o = 0; o < t_.option_count[d]; ++o) {
                    lo = std::min(lo, t_.value[p][d][o]);
                    hi = std::max(hi, t_.value[p][d][o]);
                }
                spread[d] += hi - lo;
            }
        }
        for (std::size_t i = 0; i < kN; ++i) order_[i] = static_cast<std::uint8_t>(i);
        std::stable_sort(order_.begin(), order_.end(),
                         [&](std::uint8_t a, std::uint8_t b) { return spread[a] > spread[b]; });

        // Candidate options per position: keep the draft first, then others by total value.
        for (std::size_t i = 0; i < kN; ++i) {
            const std::size_t d = order_[i];
            std::uint8_t n = 0;
            const std::uint8_t keep = draft_[d];
            if (allowed_[d] & (1u << keep)) cand_[i][n++] = keep;
            std::array<std::uint8_t, kMaxOptions> others{};
            std::uint8_t m = 0;
            for (std::uint8_t o = 0; o < t_.option_count[d]; ++o) {
                if (o != keep && (allowed_[d] & (1u << o))) others[m++] = o;
            }
            std::stable_sort(others.begin(), others.begin() + m, [&](std::uint8_t a, std::uint8_t b) {
                return subset_value(kSubsets - 1, d, a) > subset_value(kSubsets - 1, d, b);
            });
            for (std::uint8_t j = 0; j < m; ++j) cand_[i][n++] = others[j];
            cand_n_[i] = n;
        }

        // Suffix bounds: bound_[s][i][k] = best possible Σ_{p∈s} value over positions i..N-1
        // with at most k changes (kNegInf when the forced changes exceed k).
        for (std::size_t s = 0; s < kSubsets; ++s) {
            alt_sum_[s] = 0.0;
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                if (((s + 1) >> p) & 1u) alt_sum_[s] += t_.alternative[p];
            }
            // Per position: the subset's value of keeping the draft and of the best change.
            std::array<double, kN> keep_value{}, change_value{};
            for (std::size_t j = 0; j < kN; ++j) {
                const std::size_t d = order_[j];
                change_value[j] = kNegInf;
                for (std::uint8_t o = 0; o < t_.option_count[d]; ++o) {
                    if (o != draft_[d] && (allowed_[d] & (1u << o))) {
                        change_value[j] = std::max(change_value[j], subset_value(s, d, o));
                    }
                }
                keep_value[j] = subset_value(s, d, draft_[d]);
            }
            for (std::size_t i = 0; i <= kN; ++i) {
                double base = 0.0;
                std::size_t forced = 0;
                std::array<double, kN> gains{};
                std::size_t ng = 0;
                bool impossible = false;
                for (std::size_t j = i; j < kN; ++j) {
                    const std::size_t d = order_[j];
                    const std::uint8_t keep = draft_[d];
                    const double change = change_value[j];
                    if (allowed_[d] & (1u << keep)) {
                        const double kv = keep_value[j];
                        base += kv;
                        gains[ng++] = change > kv ? change - kv : 0.0;
                    } else if (change > kNegInf) {
                        base += change;
                        ++forced;
                    } else {
                        impossible = true;
                    }
                }
                std::sort(gains.begin(), gains.begin() + ng, std::greater<double>());
                double acc = base;
                std::size_t used = 0;
                for (std::size_t k = 0; k <= kN; ++k) {
                    if (impossible || k < forced) {
                        bound_[s][i][k] = kNegInf;
                        continue;
                    }
                    while (used < ng && used < k - forced) acc += gains[used++];
                    bound_[s][i][k] = acc;
                }
            }
            if (bound_[s][0][kN] < alt_sum_[s] - kEps) root_possible_ = false;
        }
    }

    // Whether option o of dimension d contradicts a clause already fixed at positions < pos.
    bool conflicts(std::size_t pos, std::size_t d, std::uint8_t o) const {
        if (!(t_.has_conflict[d] & (1u << o))) return false;
        for (std::size_t j = 0; j < pos; ++j) {
            const std::size_t d2 = order_[j];
            if (t_.conflict[d][o][d2] & (1u << current_[d2])) return true;
        }
        return false;
    }

    void dfs(std::size_t pos, std::size_t used) {
        if (aborted_ || (mode_ == Mode::Feasibility && found_)) return;
        if (++nodes_ > budget_) {
            aborted_ = true;
            return;
        }
        const std::size_t k_left = max_changes_ - used;
        for (std::size_t s = 0; s < kSubsets; ++s) {
            double partial = 0.0;
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                if (((s + 1) >> p) & 1u) partial += partial_[p];
            }
            if (partial + bound_[s][pos][k_left] < alt_sum_[s] - kEps) return;
        }
        if (mode_ == Mode::Nash && found_) {
            double product = 1.0;
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                const double m = partial_[p] + bound_[(1u << p) - 1][pos][k_left] -
                                 t_.alternative[p] + kEps;
                product *= m > 0.0 ? m : 0.0;
            }
            if (product <= best_product_) return;
        }
        if (pos == kN) {
            std::array<double, kPartyCount> margins{};
            if (!all_accept(t_, current_, &margins)) return;
            double product = 1.0;
            for (double m : margins) product *= m;
            if (!found_ || product > best_product_) {
                found_ = true;
                best_ = current_;
                best_product_ = product;
                best_margins_ = margins;
            }
            return;
        }
        const std::size_t d = order_[pos];
        for (std::uint8_t j = 0; j < cand_n_[pos]; ++j) {
            const std::uint8_t o = cand_[pos][j];
            const std::size_t cost = (o != draft_[d]) ? 1 : 0;
            if (used + cost > max_changes_) continue;
            if (conflicts(pos, d, o)) continue;
            current_[d] = o;
            for (std::size_t p = 0; p < kPartyCount; ++p) partial_[p] += t_.value[p][d][o];
            dfs(pos + 1, used + cost);
            for (std::size_t p = 0; p < kPartyCount; ++p) partial_[p] -= t_.value[p][d][o];
            current_[d] = draft_[d];
            if (aborted_ || (mode_ == Mode::Feasibility && found_)) return;
        }
    }

    const ValueTable& t_;
    Choices draft_;
    std::uint64_t& nodes_;
    std::uint64_t budget_;
    std::uint32_t frozen_;
    bool root_possible_ = true;
    bool aborted_ = false;
    std::array<OptionMask, kN> allowed_{};
    std::array<std::uint8_t, kN> order_{};
    std::array<std::array<std::uint8_t, kMaxOptions>, kN> cand_{};
    std::array<std::uint8_t, kN> cand_n_{};
    // bound_[s][i][k]; on the heap (≈70 KB would overflow the 64 KB wasm stack).
    std::vector<std::array<std::array<double, kN + 1>, kN + 1>> bound_ =
        std::vector<std::array<std::array<double, kN + 1>, kN + 1>>(kSubsets);
    std::array<double, kSubsets> alt_sum_{};

    std::size_t max_changes_ = 0;
    Mode mode_ = Mode::Feasibility;
    Choices current_{};
    std::array<double, kPartyCount> partial_{};
    bool found_ = false;
    Choices best_{};
    double best_product_ = -1.0;
    std::array<double, kPartyCount> best_margins_{};
};

// Result of a plain feasibility question under one relaxation mask.
enum class Feasible { Yes, No, Unknown };

Feasible feasible_with(const Scenario& s, std::uint64_t mask, std::uint64_t& nodes,
                       const SearchLimits& limits) {
    const ValueTable t = make_value_table(s, mask);
    Search search(t, s.choices, nodes, limits.node_budget, limits.frozen_dimensions);
    if (!search.root_possible()) return Feasible::No;
    if (search.run(kN, Mode::Feasibility)) return Feasible::Yes;
    return search.aborted() ? Feasible::Unknown : Feasible::No;
}

// The parties of `subset` as the list {parties}: "Russia, the United States and Europe".
MessageList party_list(unsigned subset) {
    MessageList list{"parties", {}, "list.comma", "list.and"};
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        if ((subset >> p) & 1u) {
            list.items.push_back({"list.party", {}, {{"party", party_key(static_cast<Party>(p))}}});
        }
    }
    return list;
}

// The red lines `ids` as the list {red_lines}: "Russia: No NATO membership for Ukraine; …".
MessageList red_line_list(const std::vector<std::size_t>& ids) {
    MessageList list{"red_lines", {}, "list.semicolon"};
    for (std::size_t id : ids) {
        const RedLine& rl = red_lines()[id];
        list.items.push_back({"list.party_red_line",
                              {},
                              {{"party", party_key(rl.party)}, {"red_line", red_line_key(rl)}}});
    }
    return list;
}

// Fills reason / blocking_* of a NoneExists result.
void explain_none(const Scenario& s, ClosestAgreement& r, std::uint64_t& nodes,
                  const SearchLimits& limits) {
    const ValueTable t = make_value_table(s, s.relaxed_red_lines);
    // (a) A dimension in which every option crosses some red line.
    for (std::size_t d = 0; d < kN; ++d) {
        const bool frozen = (limits.frozen_dimensions >> d) & 1u;
        const OptionMask all = frozen ? static_cast<OptionMask>(1u << s.choices[d])
                                      : static_cast<OptionMask>((1u << t.option_count[d]) - 1u);
        if (((t.forbidden[d] | t.not_a_deal[d] | t.core_blocked[d]) & all) != all) continue;
        std::vector<std::size_t> ids;
        for (std::uint8_t o = 0; o < t.option_count[d]; ++o) {
            if (!((all >> o) & 1u)) continue;
            for (std::size_t id : red_lines_forbidding(static_cast<Dim>(d), o)) {
                if (!s.is_relaxed(id) && in_force(red_lines()[id], s.as_of) &&
                    std::find(ids.begin(), ids.end(), id) == ids.end()) {
                    ids.push_back(id);
                }
            }
        }
        r.blocking_red_lines = ids;
        if (ids.empty()) {
            r.reason = {{"closest.none.core_issue_everywhere",
                         {},
                         {{"dimension", dimension_key(static_cast<Dim>(d))}}}};
        } else {
            r.reason = {{"closest.none.red_line_everywhere",
                         {},
                         {{"dimension", dimension_key(static_cast<Dim>(d))}}},
                        {red_line_list(ids)}};
        }
        return;
    }
    std::vector<std::size_t> unrelaxed;
    for (std::size_t i = 0; i < red_lines().size(); ++i) {
        if (!s.is_relaxed(i) && in_force(red_lines()[i], s.as_of)) unrelaxed.push_back(i);
    }
    std::uint64_t all_mask = s.relaxed_red_lines;
    for (std::size_t i : unrelaxed) all_mask |= (std::uint64_t{1} << i);
    const Feasible with_all = feasible_with(s, all_mask, nodes, limits);
    if (with_all == Feasible::Yes) {
        // (b) Every single red line whose relaxation suffices (all of them, so that no party's
        // red line is named as the obstacle when another party's would do as well), else an
        // irreducible set by deletion.
        std::vector<std::size_t> singles;
        for (std::size_t i : unrelaxed) {
            if (feasible_with(s, s.relaxed_red_lines | (std::uint64_t{1} << i), nodes, limits) ==
                Feasible::Yes) {
                singles.push_back(i);
            }
        }
        if (!singles.empty()) {
            r.blocking_red_lines = singles;
            r.reason = {
                {singles.size() == 1 ? "closest.none.relax_one" : "closest.none.relax_any", {}},
                {red_line_list(singles)}};
            return;
        }
        std::uint64_t mask = all_mask;
        std::vector<std::size_t> needed;
        for (std::size_t i : unrelaxed) {
            const std::uint64_t without = mask & ~(std::uint64_t{1} << i);
            if (feasible_with(s, without, nodes, limits) == Feasible::Yes) {
                mask = without;
            } else {
                needed.push_back(i);
            }
        }
        r.blocking_red_lines = needed;
        r.reason = {{"closest.none.relax_all", {}}, {red_line_list(needed)}};
        return;
    }
    // (c) The parties' alternatives cannot be met jointly even without red lines.
    const ValueTable relaxed = make_value_table(s, all_mask);
    unsigned subset = 0;
    for (unsigned size = 1; size <= kPartyCount && subset == 0; ++size) {
        for (unsigned m = 1; m <= kSubsets; ++m) {
            unsigned bits = 0;
            for (std::size_t p = 0; p < kPartyCount; ++p) bits += (m >> p) & 1u;
            if (bits != size) continue;
            // This subset's optimistic bound: each dimension at its best for the subset.
            double best = 0.0, alt = 0.0;
            for (std::size_t d = 0; d < kN; ++d) {
                double hi = kNegInf;
                for (std::uint8_t o = 0; o < relaxed.option_count[d]; ++o) {
                    if ((relaxed.not_a_deal[d] | relaxed.core_blocked[d]) & (1u << o)) continue;
                    if (((limits.frozen_dimensions >> d) & 1u) && o != s.choices[d]) continue;
                    double v = 0.0;
                    for (std::size_t p = 0; p < kPartyCount; ++p) {
                        if ((m >> p) & 1u) v += relaxed.value[p][d][o];
                    }
                    hi = std::max(hi, v);
                }
                best += hi;
            }
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                if ((m >> p) & 1u) alt += relaxed.alternative[p];
            }
            if (best < alt - kEps) {
                subset = m;
                break;
            }
        }
    }
    if (subset == 0) subset = (1u << kPartyCount) - 1u;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        if ((subset >> p) & 1u) r.blocking_parties.push_back(static_cast<Party>(p));
    }
    // One key per number of parties and per whether the check itself hit the budget.
    const bool one = r.blocking_parties.size() == 1;
    const bool budget = with_all == Feasible::Unknown;
    r.reason = {
        {one ? (budget ? "closest.none.alternatives_one_budget" : "closest.none.alternatives_one")
             : (budget ? "closest.none.alternatives_many_budget"
                       : "closest.none.alternatives_many"),
         {}},
        {party_list(subset)}};
}

// One exact search in which party p must clear its alternative by floors[p] points.
// Clauses whose veto players' consent is doubtful (consent.h doubtful_consent): Consent::AvoidAdded
// does not propose them unless the draft already has them; Consent::AvoidAll replaces the
// draft's too.
ClosestAgreement closest_with(const Scenario& s, const SearchLimits& limits,
                              const std::array<double, kPartyCount>& floors, std::uint64_t& nodes,
                              Consent consent) {
    ClosestAgreement r;
    const ValueTable plain = make_value_table(s, s.relaxed_red_lines);
    ValueTable t = plain;
    for (std::size_t p = 0; p < kPartyCount; ++p) t.alternative[p] += floors[p];
    if (consent != Consent::Allow) {
        for (std::size_t d = 0; d < kN; ++d) {
            for (std::uint8_t o = 0; o < t.option_count[d]; ++o) {
                const bool drafted = o == s.choices[d] && consent == Consent::AvoidAdded;
                if (!drafted && doubtful_consent(static_cast<Dim>(d), o)) {
                    t.avoided[d] |= static_cast<OptionMask>(1u << o);
                }
            }
        }
    }
    Search search(t, s.choices, nodes, limits.node_budget, limits.frozen_dimensions);

    bool any = false;
    if (search.root_possible()) any = search.run(kN, Mode::Feasibility);
    if (!any) {
        if (search.aborted()) {
            r.status = ClosestStatus::BudgetExhausted;
            r.reason = {{"closest.budget.none", {}}};
        } else {
            r.status = ClosestStatus::NoneExists;
            bool floored = false;
            for (double f : floors) floored = floored || f > 0.0;
            if (!floored && consent == Consent::Allow) explain_none(s, r, nodes, limits);
        }
        r.nodes = nodes;
        return r;
    }
    // Upper bound on the number of changes from the first feasible agreement found.
    std::size_t upper = 0;
    Choices best = search.best();
    for (std::size_t d = 0; d < kN; ++d) upper += best[d] != s.choices[d];
    std::array<double, kPartyCount> margins = search.best_margins();
    double product = search.best_product();
    r.status = ClosestStatus::Found;
    for (std::size_t k = 0; k <= upper; ++k) {
        const bool found = search.run(k, Mode::Nash);
        if (found) {
            best = search.best();
            margins = search.best_margins();
            product = search.best_product();
        }
        if (search.aborted()) {
            r.status = ClosestStatus::BudgetExhausted;
            r.reason = {{"closest.budget.found", {}}};
            break;
        }
        if (found) break;
    }
    r.has_solution = true;
    r.choices = best;
    all_accept(plain, best, &margins);  // report true margins, not margins above the floors
    r.margins = margins;
    r.nash_product = product;
    for (std::size_t d = 0; d < kN; ++d) {
        if (best[d] != s.choices[d]) r.changes.push_back({static_cast<Dim>(d), s.choices[d], best[d]});
    }
    r.nodes = nodes;
    return r;
}

// The search of closest.h under one consent setting, with the dimensions in `lock`
// kept as in the draft: floors raised until P(all accept) reaches the target, else the plain
// margins ≥ 0.
ClosestAgreement closest_targeted(const Scenario& s, const SearchLimits& limits,
                                  std::uint64_t& nodes, Consent consent, std::uint32_t lock) {
    SearchLimits locked = limits;
    locked.frozen_dimensions |= lock;
    ClosestAgreement r;
    std::array<double, kPartyCount> floors{};
    if (limits.safety_sigmas > 0.0 && !limits.frozen_dimensions) {
        // Floors from the draft's margin spreads; a deal whose own spreads are wider raises them
        // (at most kTargetRounds searches), until P(all accept) reaches kTargetPAll.
        AcceptanceOdds odds = acceptance_odds(s);
        for (int round = 0; round < kTargetRounds; ++round) {
            bool raised = false;
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                const double f = limits.safety_sigmas * odds.parties[p].margin_sd;
                if (f > floors[p] + kEps) {
                    floors[p] = f;
                    raised = true;
                }
            }
            if (!raised && round > 0) break;
            ClosestAgreement attempt = closest_with(s, locked, floors, nodes, consent);
            if (!attempt.has_solution) break;
            Scenario deal = s;
            deal.choices = attempt.choices;
            odds = acceptance_odds(deal);
            attempt.p_all_accept = odds.p_all_accept;
            attempt.target_met = odds.p_all_accept >= kTargetPAll;
            if (!r.has_solution || attempt.p_all_accept > r.p_all_accept) r = attempt;
            if (r.target_met) break;
        }
    }
    if (!r.has_solution && r.status != ClosestStatus::BudgetExhausted) {
        r = closest_with(s, locked, std::array<double, kPartyCount>{}, nodes, consent);
        r.target_met = false;
        if (r.has_solution) {
            Scenario deal = s;
            deal.choices = r.choices;
            r.p_all_accept = p_all_accept(deal);
            r.target_met = r.p_all_accept >= kTargetPAll;
        }
    }
    return r;
}

// The consent settings in turn (closest.h): first adding no clause that needs a veto player's
// consent; when that misses the target, also replacing the draft's own such clauses; then with
// every clause allowed. Keeps whichever has the highest P(all accept) (consent included).
ClosestAgreement closest_locked(const Scenario& s, const SearchLimits& limits, std::uint64_t& nodes,
                                std::uint32_t lock) {
    if (!limits.avoid_consent) return closest_targeted(s, limits, nodes, Consent::Allow, lock);
    ClosestAgreement r = closest_targeted(s, limits, nodes, Consent::AvoidAdded, lock);
    bool drafted = false;  // the draft has a clause whose consent is doubtful
    for (std::size_t d = 0; d < kN; ++d) {
        drafted = drafted || doubtful_consent(static_cast<Dim>(d), s.choices[d]);
    }
    for (Consent c : {Consent::AvoidAll, Consent::Allow}) {
        if (r.target_met || r.status == ClosestStatus::BudgetExhausted) break;
        if (c == Consent::AvoidAll && !drafted) continue;  // the same search as AvoidAdded
        ClosestAgreement next = closest_targeted(s, limits, nodes, c, lock);
        const bool better =
            next.has_solution && (!r.has_solution || next.p_all_accept > r.p_all_accept);
        if (better || (!r.has_solution && c == Consent::Allow)) r = std::move(next);
    }
    return r;
}

// The premise's clauses as the list {clauses}: "\"Alignment: NATO membership\" and …".
MessageList premise_clauses(const Scenario& s, std::uint32_t premise) {
    MessageList list{"clauses", {}, "list.and"};
    for (std::size_t d = 0; d < kN; ++d) {
        if (!((premise >> d) & 1u)) continue;
        const Dim dim = static_cast<Dim>(d);
        list.items.push_back(
            {"closest.premise_clause",
             {},
             {{"dimension", dimension_key(dim)}, {"option", option_key(dim, s.choices[d])}}});
    }
    return list;
}

}  // namespace

ClosestAgreement find_closest_agreement(const Scenario& s, const SearchLimits& limits) {
    std::uint64_t nodes = 0;
    const std::uint32_t premise = limits.premise_dimensions & ~limits.frozen_dimensions;
    ClosestAgreement r;
    if (premise) {
        r = closest_locked(s, limits, nodes, premise);
        if (!r.has_solution && r.status == ClosestStatus::NoneExists) {
            // Nothing keeps the premise: say what blocks it, then search without it. One key per
            // obstacle (red lines, one party, several parties, none named) and per outcome.
            ClosestAgreement open = closest_locked(s, limits, nodes, 0);
            const bool drops = open.has_solution;
            Sentence note{{"", {}}, {premise_clauses(s, premise)}};
            if (!r.blocking_red_lines.empty()) {
                note.message.key =
                    drops ? "closest.premise.red_lines_drops" : "closest.premise.red_lines_none";
                note.lists.push_back(red_line_list(r.blocking_red_lines));
            } else if (!r.blocking_parties.empty()) {
                unsigned subset = 0;
                for (Party p : r.blocking_parties) subset |= 1u << static_cast<unsigned>(p);
                const bool one = r.blocking_parties.size() == 1;
                note.message.key =
                    one ? (drops ? "closest.premise.party_drops" : "closest.premise.party_none")
                        : (drops ? "closest.premise.parties_drops"
                                 : "closest.premise.parties_none");
                note.lists.push_back(party_list(subset));
            } else {
                note.message.key = drops ? "closest.premise.every_party_drops"
                                         : "closest.premise.every_party_none";
            }
            open.premise_kept = false;
            open.premise_note = std::move(note);
            r = std::move(open);
        }
    } else {
        r = closest_locked(s, limits, nodes, 0);
    }
    r.premise = premise;
    r.nodes = nodes;
    return r;
}

}  // namespace armistice
