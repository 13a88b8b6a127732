// acceptance.cpp — per-party verdicts and clause costs (see acceptance.h).
#include "engine/acceptance/acceptance.h"

#include <algorithm>

#include "engine/acceptance/core_issues.h"
#include "engine/acceptance/party_model.h"
#include "engine/acceptance/valuation.h"
#include "engine/acceptance/value_table.h"
#include "engine/red_lines.h"

namespace armistice {

bool is_no_agreement(const Scenario& s) {
    static const Catalog::Ref none = option_ref("process.no_agreement");
    return s.choice(none.dim) == none.option;
}

PartyAcceptance evaluate_party(const Scenario& s, Party p) {
    PartyAcceptance a;
    a.party = p;
    const DealFrame frame = deal_frame(s);
    a.interim = frame.interim;
    if (!frame.interim) a.alternative = alternative_to_deal(p, s.context, s.lens);
    if (is_no_agreement(s)) return a;  // not applicable: nothing to sign
    a.applicable = true;
    a.halt_value = halt_value(p, s, frame);
    a.deal_utility = a.halt_value;

    const Catalog& cat = catalog();
    std::vector<bool> red_dim(kDimensionCount, false);
    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const RedLine& rl = table[i];
        if (rl.party != p || !in_force(rl, s.as_of)) continue;  // dated after the text
        RedLineHit hit{i, rl.id, rl.label, {}, s.is_relaxed(i)};
        for (std::string_view q : rl.forbidden) {
            const Catalog::Ref r = option_ref(q);
            if (s.choice(r.dim) == r.option) {
                hit.clauses.push_back(r.dim);
                if (!hit.relaxed) red_dim[static_cast<std::size_t>(r.dim)] = true;
            }
        }
        if (!hit.clauses.empty()) a.red_lines_crossed.push_back(std::move(hit));
    }

    std::vector<bool> core_dim(kDimensionCount, false);
    const auto& cores = core_issues();
    for (std::size_t i = 0; i < cores.size(); ++i) {
        const CoreIssue& c = cores[i];
        const std::uint8_t o = s.choice(c.dim);
        if (c.party != p || !fails_core_issue(c, o)) continue;
        a.core_issues_failed.push_back(
            {i, c.id, c.label, c.dim, o, option_utility(p, c.dim, o), c.threshold});
        core_dim[static_cast<std::size_t>(c.dim)] = true;
    }

    std::vector<ClauseCost> costs;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Dim dim = static_cast<Dim>(d);
        const std::uint8_t chosen = s.choices[d];
        const double v = clause_value(p, dim, chosen, s.lens, frame);
        a.deal_utility += v;
        double best = v;
        for (std::uint8_t o = 0; o < cat.dimensions[d].options.size(); ++o) {
            if (dim == Dim::Process && cat.dimensions[d].options[o].id == "no_agreement") continue;
            if (cat.dimensions[d].options[o].kind != ClauseKind::Negotiable) continue;
            best = std::max(best, clause_value(p, dim, o, s.lens, frame));
        }
        const double dflt = clause_value(p, dim, cat.dimensions[d].default_option, s.lens, frame);
        // An interim text that leaves a question open gives nothing up on it (valuation.h).
        if (frame.interim && cat.dimensions[d].options[chosen].kind == ClauseKind::LeftOpen)
            continue;
        const ClauseCost c{dim, chosen, best - v, dflt - v, red_dim[d], core_dim[d]};
        if (c.crosses_red_line || c.fails_core_issue || c.cost_vs_best > 1e-9) costs.push_back(c);
    }
    std::stable_sort(costs.begin(), costs.end(), [](const ClauseCost& x, const ClauseCost& y) {
        if (x.crosses_red_line != y.crosses_red_line) return x.crosses_red_line;
        if (x.fails_core_issue != y.fails_core_issue) return x.fails_core_issue;
        return x.cost_vs_best > y.cost_vs_best;
    });
    if (costs.size() > kMaxCostliestClauses) costs.resize(kMaxCostliestClauses);
    a.costliest_clauses = std::move(costs);

    a.margin = a.deal_utility - a.alternative.value;
    bool blocked = false;
    for (const RedLineHit& h : a.red_lines_crossed) blocked = blocked || !h.relaxed;
    a.accepts = !blocked && a.core_issues_failed.empty() && a.margin >= 0.0;
    return a;
}

AcceptanceResult evaluate_acceptance(const Scenario& s, const SearchLimits& limits) {
    AcceptanceResult r;
    r.is_agreement = !is_no_agreement(s);
    bool all = r.is_agreement;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        r.parties[p] = evaluate_party(s, static_cast<Party>(p));
        all = all && r.parties[p].accepts;
    }
    r.all_accept = all;
    r.odds = acceptance_odds(s);
    r.closest = find_closest_agreement(s, limits);
    if (r.all_accept && r.closest.status == ClosestStatus::Found && !r.closest.changes.empty()) {
        r.closest.reason = {{"closest.inconsistent_draft", {}}};
    }
    return r;
}

}  // namespace armistice
