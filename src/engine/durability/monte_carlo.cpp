// monte_carlo.cpp — the trajectory loop and snapshots (see durability.h).
//
// Hot loop: one raw 32-bit uniform per trajectory-month compared with one precomputed threshold
// (the cumulative "any event" one, SetTables::erode, a contiguous array); the per-channel
// thresholds are read only when an event happens (hazard_core.h); state changes (commitment checks,
// erosion events, breakdown) are rare branches. Trajectory i uses parameter set i % K and its own
// stream (seed, i). Accumulators are integers (order-independent), so chunking never changes the
// result.
#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/durability/deterrence.h"
#include "engine/durability/durability.h"
#include "engine/durability/interim.h"
#include "engine/durability/ledger.h"
#include "engine/durability/params.h"
#include "engine/durability/partial_coverage.h"
#include "engine/durability/rng.h"
#include "engine/durability/ru_mapping.h"

namespace armistice::durability {

struct DurabilityRun::State {
    HazardInput input;
    AgreementScope scope;  // interim deals run over their term (interim.h)
    MechanismSet mechanisms;  // for the ledger's obligations
    bool applicable = true;
    std::uint32_t target = 0, horizon = 0, next = 0;
    std::uint64_t seed = 0;
    std::vector<SetTables> tables;  // K
    // Per set: deaths by month [k * horizon + m-1], causes [k * 3 + c], trajectories,
    // alive trajectory-months by state [k * 12 + c * 4 + e].
    std::vector<std::uint32_t> deaths;
    std::vector<std::uint32_t> causes;
    std::vector<std::uint32_t> n;
    std::vector<std::uint64_t> occupancy;

    void init(const HazardInput& in, std::uint32_t runs, std::uint32_t h, std::uint64_t s) {
        input = in;
        mechanisms = in.mechanisms;
        target = runs;
        horizon = h;
        seed = s;
        std::vector<ParamSet> sets(kParameterSets);
        draw_param_sets(seed, kParameterSets, sets.data());
        tables.reserve(kParameterSets);
        for (const ParamSet& p : sets) tables.push_back(build_tables(in, p, h));
        deaths.assign(static_cast<std::size_t>(kParameterSets) * h, 0);
        causes.assign(kParameterSets * kCauseCount, 0);
        n.assign(kParameterSets, 0);
        occupancy.assign(kParameterSets * kCommitLevels * kErosionLevels, 0);
    }

    void run_one(std::uint32_t i) {
        const std::uint32_t k = i % kParameterSets;
        const SetTables& t = tables[k];
        Xoshiro128ss rng(seed, i);
        int c = 0, e = 0;
        std::uint32_t seg_start = 1;
        std::uint64_t* occ = &occupancy[static_cast<std::size_t>(k) * kCommitLevels * kErosionLevels];
        const std::uint32_t* row = t.erode_row(c, e);
        ++n[k];
        // Months are processed in stretches between commitment checks (branch-free in between).
        std::size_t next_check = 0;
        std::uint32_t m = 1;
        while (m <= horizon) {
            const std::uint32_t stop = next_check < t.check_months.size() ? t.check_months[next_check] : horizon + 1;
            if (m == stop) {
                const std::uint8_t kinds = t.check[m - 1];
                int c_new = c;
                for (int kind = 1; kind <= 2; ++kind) {
                    if (!(kinds & kind)) continue;
                    const std::uint32_t u = rng.next();
                    const std::uint32_t drop = kind == 1 ? t.t_us_drop : t.t_eu_drop;
                    if (c_new < kCommitLevels - 1 && u < drop) ++c_new;
                    else if (c_new > 0 && u >= 0xFFFFFFFFu - t.t_recover) --c_new;
                }
                if (c_new != c) {
                    occ[c * kErosionLevels + e] += m - seg_start;
                    seg_start = m;
                    c = c_new;
                    row = t.erode_row(c, e);
                }
                ++next_check;
                continue;  // the month itself is drawn below in the next stretch
            }
            // Hot loop: one draw and one compare per month; everything else is a rare branch.
            const std::uint32_t* th = row + (m - 1);
            const std::uint32_t* th_stop = row + (stop - 1);
            for (; th != th_stop; ++th) {
                const std::uint32_t u = rng.next();
                if (u >= *th) continue;
                m = static_cast<std::uint32_t>(th - row) + 1;
                const MonthThresholds& full = t.row(c, e)[m - 1];  // rare: an event this month
                if (u < full.col) {
                    const Cause cause = u < full.esc   ? Cause::IncidentEscalation
                                        : u < full.del ? Cause::DeliberateOffensive
                                                       : Cause::EnforcementCollapse;
                    ++causes[k * kCauseCount + static_cast<std::size_t>(cause)];
                    ++deaths[static_cast<std::size_t>(k) * horizon + (m - 1)];
                    occ[c * kErosionLevels + e] += m + 1 - seg_start;
                    return;
                }
                // Unanswered serious violation: enforcement credibility erodes one level.
                occ[c * kErosionLevels + e] += m + 1 - seg_start;
                seg_start = m + 1;
                ++e;
                row = t.erode_row(c, e);
                th = row + (m - 1);  // same month in the new state's table; ++th moves on
                th_stop = row + (stop - 1);
            }
            m = stop;
            if (m == stop && stop <= horizon) continue;
        }
        occ[c * kErosionLevels + e] += horizon + 1 - seg_start;
    }
};

DurabilityRun::DurabilityRun(const Scenario& s) : st_(std::make_unique<State>()) {
    if (is_no_agreement(s)) {
        st_->applicable = false;
        st_->target = s.sim.runs;
        st_->horizon = s.sim.horizon_months;
        st_->seed = s.sim.seed;
        return;
    }
    st_->scope = scope_of(s);
    const std::uint32_t horizon = is_interim(st_->scope) ? interim_horizon_months(st_->scope) : s.sim.horizon_months;
    st_->init(map_scenario(s), s.sim.runs, horizon, s.sim.seed);
}

DurabilityRun::DurabilityRun(const HazardInput& in, std::uint32_t runs, std::uint32_t horizon, std::uint64_t seed)
    : st_(std::make_unique<State>()) {
    st_->init(in, runs, horizon, seed);
}

DurabilityRun::~DurabilityRun() = default;
DurabilityRun::DurabilityRun(DurabilityRun&&) noexcept = default;
DurabilityRun& DurabilityRun::operator=(DurabilityRun&&) noexcept = default;

void DurabilityRun::advance(std::uint32_t trajectories) {
    State& s = *st_;
    if (!s.applicable) {
        s.next = s.target;
        return;
    }
    const std::uint32_t end = s.target - s.next < trajectories ? s.target : s.next + trajectories;
    // Group by parameter set so one set's tables stay in cache.
    for (std::uint32_t k = 0; k < kParameterSets; ++k) {
        std::uint32_t i = s.next + ((k + kParameterSets - s.next % kParameterSets) % kParameterSets);
        for (; i < end; i += kParameterSets) s.run_one(i);
    }
    s.next = end;
}

bool DurabilityRun::done() const { return st_->next >= st_->target; }
std::uint32_t DurabilityRun::completed() const { return st_->next; }

namespace {
// Linear-interpolated quantile q of sorted values.
double quantile_sorted(const std::vector<double>& v, double q) {
    if (v.empty()) return 0.0;
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    const std::size_t hi = lo + 1 < v.size() ? lo + 1 : lo;
    const double f = pos - static_cast<double>(lo);
    return v[lo] + (v[hi] - v[lo]) * f;
}
}  // namespace

DurabilityResult DurabilityRun::snapshot() const {
    const State& s = *st_;
    DurabilityResult r;
    r.runs_target = s.target;
    r.horizon_months = s.horizon;
    r.seed = s.seed;
    r.parameter_sets = kParameterSets;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (!s.applicable) {
        r.applicable = false;
        r.reason = Message{"durability.no_agreement", {}};
        r.runs = 0;
        r.p_hold_12 = r.p_hold_60 = r.p_hold_120 = nan;
        r.p_hold_term = r.p_extended = nan;
        return r;
    }
    r.runs = s.next;
    r.consent = s.input.consent;
    r.deterrence_score = s.input.dynamic_layer ? deterrence_profile(s.input.mechanisms, point_params()).score : 0.0;
    const std::uint32_t H = s.horizon;
    r.survival.assign(H, 1.0);
    r.band_lo.assign(H, 1.0);
    r.band_hi.assign(H, 1.0);
    std::uint64_t total_n = 0;
    for (std::uint32_t k = 0; k < kParameterSets; ++k) total_n += s.n[k];
    std::vector<std::uint64_t> cum(kParameterSets, 0);
    std::uint64_t cum_all = 0;
    std::vector<double> per_set;
    per_set.reserve(kParameterSets);
    for (std::uint32_t m = 0; m < H; ++m) {
        per_set.clear();
        for (std::uint32_t k = 0; k < kParameterSets; ++k) {
            const std::uint32_t d = s.deaths[static_cast<std::size_t>(k) * H + m];
            cum[k] += d;
            cum_all += d;
            if (s.n[k] > 0) per_set.push_back(1.0 - static_cast<double>(cum[k]) / static_cast<double>(s.n[k]));
        }
        const double surv = total_n > 0 ? 1.0 - static_cast<double>(cum_all) / static_cast<double>(total_n) : 1.0;
        std::sort(per_set.begin(), per_set.end());
        r.survival[m] = surv;
        r.band_lo[m] = std::min(surv, per_set.empty() ? surv : quantile_sorted(per_set, 0.05));
        r.band_hi[m] = std::max(surv, per_set.empty() ? surv : quantile_sorted(per_set, 0.95));
    }
    auto at = [&](std::uint32_t month) { return month <= H ? r.survival[month - 1] : nan; };
    r.interim = is_interim(s.scope);
    r.term_days = s.scope.term_days;
    if (r.interim) {
        // The 1/5/10-year figures mean nothing for a truce with a term (interim.h).
        r.p_hold_12 = r.p_hold_60 = r.p_hold_120 = nan;
        r.p_hold_term = r.survival.back();
        r.p_extended =
            r.p_hold_term * (s.input.partial_strands
                                 ? partial_extension(s.input.partial_strands, point_params())
                                 : extension_probability(s.scope, point_params()));
    } else {
        r.p_hold_12 = at(12);
        r.p_hold_60 = at(60);
        r.p_hold_120 = at(120);
        r.p_hold_term = r.p_extended = nan;
    }
    double prev = 1.0;
    for (std::uint32_t m = 0; m < H; ++m) {
        if (r.survival[m] <= 0.5) {
            const double drop = prev - r.survival[m];
            const double frac = drop > 0 ? (prev - 0.5) / drop : 1.0;
            r.median_months = static_cast<double>(m) + frac;
            break;
        }
        prev = r.survival[m];
    }
    std::array<std::uint64_t, kCauseCount> cause_n{};
    for (std::uint32_t k = 0; k < kParameterSets; ++k)
        for (std::size_t c = 0; c < kCauseCount; ++c) cause_n[c] += s.causes[k * kCauseCount + c];
    const std::uint64_t broken = cause_n[0] + cause_n[1] + cause_n[2];
    for (std::size_t c = 0; c < kCauseCount; ++c)
        r.cause_share[c] = broken > 0 ? static_cast<double>(cause_n[c]) / static_cast<double>(broken) : 0.0;
    r.breakdown_share = total_n > 0 ? static_cast<double>(broken) / static_cast<double>(total_n) : 0.0;
    const LedgerSummary led = compute_ledger(s.mechanisms, s.tables, s.occupancy);
    r.incidents_per_year = led.incidents_per_year;
    r.violations_per_week = led.incidents_per_year * 7.0 / 365.25;
    r.ledger = led.rows;
    return r;
}

const char* cause_id(Cause c) {
    switch (c) {
        case Cause::DeliberateOffensive: return "deliberate_offensive";
        case Cause::IncidentEscalation: return "escalation_from_incidents";
        case Cause::EnforcementCollapse: return "collapse_of_enforcement";
        default: return "unknown";
    }
}

const char* cause_key(Cause c) {
    switch (c) {
        case Cause::DeliberateOffensive:
            return "durability.cause.deliberate_offensive";
        case Cause::IncidentEscalation:
            return "durability.cause.escalation_from_incidents";
        case Cause::EnforcementCollapse:
            return "durability.cause.collapse_of_enforcement";
        default:
            return "durability.cause.unknown";
    }
}

DurabilityResult simulate_durability(const Scenario& s, const DurabilityOptions& opt) {
    DurabilityRun run(s);
    run.advance(s.sim.runs);
    DurabilityResult r = run.snapshot();
    if (opt.sensitivity && r.applicable) r.sensitivity = durability_sensitivity(s, opt.sensitivity_runs);
    return r;
}

}  // namespace armistice::durability
