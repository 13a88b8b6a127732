// diff_effects.cpp — see diff_effects.h. One reduced-size simulation per differing clause.
#include "engine/diff/diff_effects.h"

#include <algorithm>
#include <limits>

#include "engine/acceptance/acceptance.h"
#include "engine/durability/durability.h"

namespace armistice {
namespace {

constexpr std::uint32_t kEffectHorizon = 60;  // months: enough for P(hold 60)

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

PartyMargins margins(const Scenario& s) {
    PartyMargins m;
    for (std::size_t p = 0; p < kPartyCount; ++p) {
        const PartyAcceptance pa = evaluate_party(s, static_cast<Party>(p));
        m.applicable = pa.applicable;
        m.margin[p] = pa.margin;
        m.accepts[p] = pa.accepts;
    }
    return m;
}

bool same_finding(const LegalFinding& x, const LegalFinding& y) {
    return x.rule == y.rule && x.clause == y.clause && x.related_clause == y.related_clause &&
           x.status == y.status;
}

// Findings of `from` that `in` lacks, in `from`'s order (worst first).
std::vector<LegalFinding> missing_from(const std::vector<LegalFinding>& from,
                                       const std::vector<LegalFinding>& in) {
    std::vector<LegalFinding> out;
    for (const LegalFinding& f : from) {
        bool found = false;
        for (const LegalFinding& g : in) found = found || same_finding(f, g);
        if (!found) out.push_back(f);
    }
    return out;
}

}  // namespace

DiffEffects diff_effects(const Scenario& a, const Scenario& b, const ScenarioDiff& diff,
                         const EffectOptions& options) {
    DiffEffects out;
    out.runs = std::clamp(options.runs, SimSettings::kMinRuns, SimSettings::kMaxRuns);
    out.horizon_months = kEffectHorizon;
    out.seed = a.sim.seed;

    // The reduced, shared settings: A's seed, fewer runs, 60 months.
    Scenario base = a;
    base.sim.runs = out.runs;
    base.sim.horizon_months = kEffectHorizon;

    Scenario other = b;
    other.sim = base.sim;

    const Hold ha = hold_60(base);
    const Hold hb = hold_60(other);
    out.a_applicable = ha.applicable;
    out.b_applicable = hb.applicable;
    out.p_hold_60_a = ha.p60;
    out.p_hold_60_b = hb.p60;
    out.acceptance_a = margins(base);
    out.acceptance_b = margins(other);
    out.legal_a = check_legal(base);
    out.legal_b = check_legal(other);

    out.clauses.reserve(diff.clauses.size());
    for (const ClauseDifference& c : diff.clauses) {
        Scenario variant = base;
        variant.set_choice(c.dim, c.option_b);
        const Hold hv = hold_60(variant);
        ClauseEffect e;
        e.clause = c;
        e.durability_applicable = hv.applicable;
        e.p_hold_60 = hv.p60;
        e.delta_p_hold_60 = (ha.applicable && hv.applicable)
                                ? hv.p60 - ha.p60
                                : std::numeric_limits<double>::quiet_NaN();
        e.acceptance = margins(variant);
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            e.delta_margin[p] = e.acceptance.margin[p] - out.acceptance_a.margin[p];
        }
        const std::vector<LegalFinding> lv = check_legal(variant);
        e.legal_added = missing_from(lv, out.legal_a);
        e.legal_removed = missing_from(out.legal_a, lv);
        out.clauses.push_back(e);
    }
    return out;
}

}  // namespace armistice
