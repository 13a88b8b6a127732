// durability_report.cpp — text report of a DurabilityResult (see durability_report.h).
#include "cli/durability_report.h"

#include <cmath>
#include <cstdio>

#include "cli/english_text.h"

namespace armistice::cli {

using namespace durability;

namespace {
std::string pct(double p) {
    if (std::isnan(p)) return "n/a";
    char b[16];
    std::snprintf(b, sizeof b, "%.0f%%", 100.0 * p);
    return b;
}
}  // namespace

std::string durability_text_report(const DurabilityResult& r) {
    std::string o = "Will it hold?\n";
    if (!r.applicable) {
        o += "  Not applicable: " + english(r.reason) + "\n";
        return o;
    }
    char b[256];
    auto band = [&](std::uint32_t m) {
        if (m > r.survival.size()) return std::string();
        return " (90% band " + pct(r.band_lo[m - 1]) + "-" + pct(r.band_hi[m - 1]) + ")";
    };
    o += "  P(holds 1 year):   " + pct(r.p_hold_12) + band(12) + "\n";
    o += "  P(holds 5 years):  " + pct(r.p_hold_60) + band(60) + "\n";
    o += "  P(holds 10 years): " + pct(r.p_hold_120) + band(120) + "\n";
    if (r.median_months) {
        std::snprintf(b, sizeof b, "  Median time to breakdown: %.0f months\n", *r.median_months);
        o += b;
    } else {
        std::snprintf(b, sizeof b, "  Median time to breakdown: beyond the %u-month horizon\n",
                      r.horizon_months);
        o += b;
    }
    o += "  Causes of breakdown:";
    for (std::size_t c = 0; c < kCauseCount; ++c) {
        o += std::string(c ? ", " : " ") + english(cause_key(static_cast<Cause>(c))) + " " +
             pct(r.cause_share[c]);
    }
    o += "\n";
    std::snprintf(b, sizeof b, "  Incidents along the line: about %.0f a year\n",
                  r.incidents_per_year);
    o += b;
    o += "  Compliance ledger (violations/year, detected, answered):\n";
    for (const LedgerRow& l : r.ledger) {
        std::snprintf(b, sizeof b, "    %-48s %6.2f  %4s  %4s\n", english(l.label).c_str(),
                      l.violations_per_year, pct(l.detected_share).c_str(),
                      pct(l.answered_share).c_str());
        o += b;
    }
    if (!r.sensitivity.empty()) {
        o += "  What moves P(holds 5 years) most:\n";
        for (const SensitivityItem& s : r.sensitivity) {
            std::snprintf(b, sizeof b, "    %+5.1f pts  %s\n", 100.0 * s.delta,
                          english(s.label).c_str());
            o += b;
        }
    }
    std::snprintf(b, sizeof b,
                  "  (%u runs, %u parameter sets, seed %llu; see `armistice model-card`)\n", r.runs,
                  r.parameter_sets, static_cast<unsigned long long>(r.seed));
    o += b;
    return o;
}

}  // namespace armistice::cli
