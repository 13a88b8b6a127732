// result.h — DurabilityResult: the immutable snapshot the "Will it hold?" engine returns.
//
// Purpose: everything the UI and the CLI show about durability; plain data, read-only.
// Invariants (tested): survival has horizon_months entries, non-increasing, each in [0, 1];
// band_lo[m] <= survival[m] <= band_hi[m]; cause shares sum to 1 when any breakdown occurred
// (all 0 otherwise); p_hold_* equal survival at that month (NaN when beyond the horizon).
// When `applicable` is false ("no agreement"), every vector is empty and `reason` says why.
// Texts are string-table keys or Messages (engine/message.h), never English sentences.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"

namespace armistice::durability {

enum class Cause : std::uint8_t { DeliberateOffensive, IncidentEscalation, EnforcementCollapse, Count };
constexpr std::size_t kCauseCount = 3;
const char* cause_id(Cause c);     // "deliberate_offensive", "escalation_from_incidents", "collapse_of_enforcement"
// String-table key of its plain words ("durability.cause.<id>",
// data/strings/en/engine_durability.csv).
const char* cause_key(Cause c);

struct LedgerRow {
    std::string obligation;      // stable id, e.g. "ceasefire_line", "force_limits"
    std::string_view label;      // string-table key of its plain words ("durability.ledger.<id>")
    double violations_per_year;  // expected violations per year while the ceasefire holds
    double detected_share;       // share of violations detected and attributed, 0–1
    double answered_share;       // share of violations answered (enforcement response), 0–1
};

struct SensitivityItem {
    std::string change_id;  // "dimension.option" or "lever:<id>:up|down"
    Message label;          // its plain words (engine/message.h), in the reader's language
    double p_hold_60;       // P(hold 60 months) with this single change, 0–1
    double delta;           // p_hold_60 − baseline P(hold 60), −1..1
};

struct DurabilityResult {
    bool applicable = true;
    Message reason;  // why not applicable (empty otherwise)

    std::uint32_t runs = 0;            // trajectories simulated so far
    std::uint32_t runs_target = 0;     // trajectories requested
    std::uint32_t horizon_months = 0;  // months
    std::uint64_t seed = 0;
    std::uint32_t parameter_sets = 0;  // K parameter sets drawn for the band

    std::vector<double> survival;  // P(still holding at end of month m+1), 0–1
    std::vector<double> band_lo;   // 5th percentile across parameter sets, 0–1
    std::vector<double> band_hi;   // 95th percentile across parameter sets, 0–1
    double p_hold_12 = 0, p_hold_60 = 0, p_hold_120 = 0;  // probabilities (NaN beyond horizon)
    std::optional<double> median_months;                  // months; empty if beyond the horizon

    std::array<double, kCauseCount> cause_share{};  // indexed by Cause, shares of breakdowns
    double breakdown_share = 0;                     // share of runs broken by the horizon, 0–1
    double incidents_per_year = 0;                  // minor incidents along the line, expected
    std::vector<LedgerRow> ledger;
    std::vector<SensitivityItem> sensitivity;  // empty unless computed (durability_sensitivity)

    // Model inputs shown with the result (Russia–Ukraine layer; defaults for historical inputs).
    bool consent = true;          // Russia would sign these terms (acceptance model); false: imposed
    double deterrence_score = 0;  // 0–1, at the parameters' point values (deterrence.h)

    // Interim and partial deals (interim.h): simulated over their term only; p_hold_12/60/120
    // are then NaN and these carry the figures.
    bool interim = false;           // false: "lasting"
    std::uint32_t term_days = 0;    // days; 0 = open-ended (partial deals)
    double p_hold_term = 0;         // P(holds its term), 0–1 (NaN when not interim)
    double p_extended = 0;          // P(extended into a lasting ceasefire), 0–1 (NaN when not interim)
    double violations_per_week = 0; // expected minor violations along the line per week
};

}  // namespace armistice::durability
