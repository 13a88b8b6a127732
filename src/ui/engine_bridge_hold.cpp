// engine_bridge_hold.cpp — "Will it hold?": durability::DurabilityRun → HoldOutcome.
#include <algorithm>
#include <cmath>

#include "engine/durability/durability.h"
#include "engine/durability/interim.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

namespace {

// Prepends month 0 (the day of signing: everything still holds) for the charts' indexing.
std::vector<double> from_month_zero(const std::vector<double>& v) {
    std::vector<double> out;
    out.reserve(v.size() + 1);
    out.push_back(1.0);
    out.insert(out.end(), v.begin(), v.end());
    return out;
}

HoldOutcome convert(const durability::DurabilityResult& r) {
    HoldOutcome h;
    h.available = true;
    h.applicable = r.applicable;
    h.runs_done = r.runs;
    h.runs_target = r.runs_target;
    if (!r.applicable) {
        h.status = r.reason.empty() ? Message{"hold.no_ceasefire", {}} : r.reason;
        return h;
    }
    h.survival = from_month_zero(r.survival);
    h.band_lo = from_month_zero(r.band_lo);
    h.band_hi = from_month_zero(r.band_hi);
    h.p1 = r.p_hold_12;
    h.p5 = r.p_hold_60;
    h.p10 = r.p_hold_120;
    h.consent = r.consent;
    h.interim = r.interim;
    h.term_days = r.term_days;
    h.p_term = r.p_hold_term;
    h.p_extended = r.p_extended;
    h.violations_per_week = r.violations_per_week;
    h.deterrence = r.deterrence_score;
    for (std::size_t c = 0; c < durability::kCauseCount; ++c) {
        h.causes.push_back({Message{durability::cause_key(static_cast<durability::Cause>(c)), {}},
                            r.cause_share[c]});
    }
    std::stable_sort(h.causes.begin(), h.causes.end(),
                     [](const Share& a, const Share& b) { return a.value > b.value; });
    for (const auto& row : r.ledger) {
        h.ledger.push_back({Message{row.label, {}}, row.violations_per_year, row.detected_share,
                            row.answered_share});
    }
    std::stable_sort(h.ledger.begin(), h.ledger.end(),
                     [](const LedgerLine& a, const LedgerLine& b) {
                         return a.violations_per_year > b.violations_per_year;
                     });
    return h;
}

}  // namespace

}  // namespace armistice::ui::bridge

namespace armistice::ui {

std::string HoldOutcome::term_label(const text::Strings& t) const {
    using text::Str;
    if (term_days > 0) return t.format(Str::hold_term_days, {{"days", std::to_string(term_days)}});
    const long long months = durability::kOpenPartialHorizonMonths;
    return t.format(t.plural(months, Str::hold_term_months_one, Str::hold_term_months_few,
                             Str::hold_term_months_many),
                    {{"months", std::to_string(months)}});
}

}  // namespace armistice::ui

namespace armistice::ui::bridge {

struct HoldJob::Impl {
    durability::DurabilityRun run;
    explicit Impl(const Scenario& s) : run(s) {}
};

HoldJob::HoldJob(const Scenario& s) : impl_(std::make_unique<Impl>(s)) {}
HoldJob::~HoldJob() = default;

void HoldJob::advance(std::uint32_t trajectories) { impl_->run.advance(trajectories); }
bool HoldJob::done() const { return impl_->run.done(); }
std::uint32_t HoldJob::completed() const { return impl_->run.completed(); }
HoldOutcome HoldJob::snapshot() const { return convert(impl_->run.snapshot()); }

Scenario bare_ceasefire(const Scenario& s) {
    Scenario b;
    b.name = "Bare ceasefire on the current line";
    b.context = s.context;
    b.lens = s.lens;
    b.sim = s.sim;
    return b;
}

}  // namespace armistice::ui::bridge
