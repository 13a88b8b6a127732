// diff_effects.cpp — see diff_effects.h. One reduced-size simulation per differing clause.
#include "engine/diff/diff_effects.h"

#include <algorithm>
#include <limits>

#include "engine/acceptance/acceptance.h"
#include "engine/durability/durability.h"

namespace armistice {
namespace {

struct Hold {
    bool applicable;
    double p60;  // NaN when not applicable
};

Hold hold_60(const Scenario& s) {
    durability::DurabilityOptions opt;
    opt.sensitivity = false;
    const durability::DurabilityResult r = durability::simulate_durability(s, opt);
    if (!r.applicable) return {false, std::numeric_limits<double>::quiet_NaN()};
    return {true, r.p_hold_60};
}

bool same_finding(const LegalFinding& x, const LegalFinding& y) {
    return x.rule == y.rule && x.clause == y.clause && x.related_clause == y.related_clause &&
           x.status == y.status;
}

}  // namespace

PartyMargins party_margins(const Scenario& s) {
    PartyMargins m;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        const PartyAcceptance pa = evaluate_party(s, static_cast<Party>(p));
        m.applicable = pa.applicable;
        m.margin[p] = pa.margin;
        m.accepts[p] = pa.accepts;
    }
    return m;
}

std::vector<LegalFinding> findings_missing_from(const std::vector<LegalFinding>& from,
                                                const std::vector<LegalFinding>& in) {
    std::vector<LegalFinding> out;
    for (const LegalFinding& f : from) {
        bool found = false;
        for (const LegalFinding& g : in) found = found || same_finding(f, g);
        if (!found) out.push_back(f);
    }
    return out;
}

std::vector<Scenario> effect_scenarios(const Scenario& a, const Scenario& b,
                                       const ScenarioDiff& diff, std::uint32_t runs) {
    // The reduced, shared settings: A's seed, fewer runs, 60 months.
    Scenario base = a;
    base.sim.runs = std::clamp(runs, SimSettings::kMinRuns, SimSettings::kMaxRuns);
    base.sim.horizon_months = kEffectHorizonMonths;
    std::vector<Scenario> out{base};
    for (const ClauseDifference& c : diff.clauses) {
        Scenario variant = base;
        variant.set_choice(c.dim, c.option_b);
        out.push_back(std::move(variant));
    }
    Scenario other = b;
    other.sim = base.sim;
    out.push_back(std::move(other));
    return out;
}

DiffEffects diff_effects(const Scenario& a, const Scenario& b, const ScenarioDiff& diff,
                         const EffectOptions& options) {
    const std::vector<Scenario> scenarios = effect_scenarios(a, b, diff, options.runs);
    const Scenario& base = scenarios.front();
    const Scenario& other = scenarios.back();
    DiffEffects out;
    out.runs = base.sim.runs;
    out.horizon_months = kEffectHorizonMonths;
    out.seed = a.sim.seed;

    const Hold ha = hold_60(base);
    const Hold hb = hold_60(other);
    out.a_applicable = ha.applicable;
    out.b_applicable = hb.applicable;
    out.p_hold_60_a = ha.p60;
    out.p_hold_60_b = hb.p60;
    out.acceptance_a = party_margins(base);
    out.acceptance_b = party_margins(other);
    out.legal_a = check_legal(base);
    out.legal_b = check_legal(other);

    out.clauses.reserve(diff.clauses.size());
    for (std::size_t i = 0; i < diff.clauses.size(); ++i) {
        const Scenario& variant = scenarios[i + 1];
        const Hold hv = hold_60(variant);
        ClauseEffect e;
        e.clause = diff.clauses[i];
        e.durability_applicable = hv.applicable;
        e.p_hold_60 = hv.p60;
        e.delta_p_hold_60 = (ha.applicable && hv.applicable)
                                ? hv.p60 - ha.p60
                                : std::numeric_limits<double>::quiet_NaN();
        e.acceptance = party_margins(variant);
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            e.delta_margin[p] = e.acceptance.margin[p] - out.acceptance_a.margin[p];
        }
        const std::vector<LegalFinding> lv = check_legal(variant);
        e.legal_added = findings_missing_from(lv, out.legal_a);
        e.legal_removed = findings_missing_from(out.legal_a, lv);
        out.clauses.push_back(e);
    }
    return out;
}

}  // namespace armistice
