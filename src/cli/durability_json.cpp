// durability_json.cpp — see durability_json.h.
#include "cli/durability_json.h"

#include <cmath>

#include "cli/english_text.h"

namespace armistice::cli {

namespace {
void number_or_null(JsonWriter& w, double v) {
    if (std::isnan(v)) w.null();
    else w.value(v);
}
void array(JsonWriter& w, const std::vector<double>& v) {
    w.begin_array();
    for (double x : v) w.value(x);
    w.end_array();
}
}  // namespace

void write_durability_json(JsonWriter& w, const durability::DurabilityResult& r) {
    using namespace durability;
    w.begin_object();
    w.key("applicable");
    w.value(r.applicable);
    if (!r.applicable) {
        w.key("reason");
        w.value(english(r.reason));
    }
    w.key("runs");
    w.value(r.runs);
    w.key("horizon_months");
    w.value(r.horizon_months);
    w.key("seed");
    w.value(r.seed);
    w.key("parameter_sets");
    w.value(r.parameter_sets);
    w.key("p_hold");
    w.begin_object();
    w.key("12");
    number_or_null(w, r.applicable ? r.p_hold_12 : NAN);
    w.key("60");
    number_or_null(w, r.applicable ? r.p_hold_60 : NAN);
    w.key("120");
    number_or_null(w, r.applicable ? r.p_hold_120 : NAN);
    w.end_object();
    w.key("median_months");
    if (r.median_months) w.value(*r.median_months);
    else w.null();
    w.key("survival");
    array(w, r.survival);
    w.key("band_lo");
    array(w, r.band_lo);
    w.key("band_hi");
    array(w, r.band_hi);
    w.key("causes");
    w.begin_object();
    for (std::size_t c = 0; c < kCauseCount; ++c) {
        w.key(cause_id(static_cast<Cause>(c)));
        w.value(r.cause_share[c]);
    }
    w.end_object();
    w.key("scope");  // "interim" (partial, or a fixed term: figures for the term only) or "lasting"
    w.value(r.interim ? "interim" : "lasting");
    if (r.interim) {
        w.key("term_days");  // 0 = open-ended partial deal
        w.value(r.term_days);
        w.key("p_hold_term");
        number_or_null(w, r.applicable ? r.p_hold_term : NAN);
        w.key("p_extended");
        number_or_null(w, r.applicable ? r.p_extended : NAN);
        w.key("violations_per_week");
        w.value(r.violations_per_week);
    }
    w.key("consent");  // false: the terms are imposed on Russia (acceptance model says it would not sign)
    w.value(r.consent);
    w.key("deterrence_score");  // 0-1: automaticity, forces on the ground, nuclear commitment
    w.value(r.deterrence_score);
    w.key("breakdown_share");
    w.value(r.breakdown_share);
    w.key("incidents_per_year");
    w.value(r.incidents_per_year);
    w.key("ledger");
    w.begin_array();
    for (const LedgerRow& l : r.ledger) {
        w.begin_object();
        w.key("obligation");
        w.value(l.obligation);
        w.key("label");
        w.value(english(l.label));
        w.key("violations_per_year");
        w.value(l.violations_per_year);
        w.key("detected_share");
        w.value(l.detected_share);
        w.key("answered_share");
        w.value(l.answered_share);
        w.end_object();
    }
    w.end_array();
    w.key("sensitivity");
    w.begin_array();
    for (const SensitivityItem& s : r.sensitivity) {
        w.begin_object();
        w.key("change");
        w.value(s.change_id);
        w.key("label");
        w.value(english(s.label));
        w.key("p_hold_60");
        number_or_null(w, s.p_hold_60);
        w.key("delta");
        number_or_null(w, s.delta);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace armistice::cli
