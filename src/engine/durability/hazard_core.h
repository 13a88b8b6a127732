// hazard_core.h — the generic hazard core: model input → per-month threshold tables.
//
// Purpose: the core speaks only of generic mechanisms (mechanisms.h) plus an optional dynamic
// layer (Western commitment drift, rearmament, enforcement erosion) used for Russia–Ukraine.
// Three competing channels make up the monthly hazard of breakdown:
//   escalation of incidents, deliberate offensive, collapse of enforcement.
// Each channel = baseline Weibull hazard (per month) × channel share × capped agreement multiplier
// for that channel × context multipliers (× the dynamic layer's multipliers).
// Invariants: every HR enters with a non-negative exponent, so a protective mechanism (HR <= 1)
// never raises any channel (monotonicity, tested); thresholds are cumulative and < 2^32.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/durability/params.h"
#include "engine/mechanisms.h"

namespace armistice::durability {

enum class Channel : std::uint8_t { Escalation, Deliberate, Collapse, Count };
constexpr std::size_t kChannelCount = 3;

enum class LensWeight : std::uint8_t {
    Revisionism,
    Concession,
    WesternPresence,
    Deterrence,
    Institution,
    Leverage,
    Count
};
constexpr std::size_t kLensWeightCount = static_cast<std::size_t>(LensWeight::Count);
// Levers that press on Russia's deliberate choice (ru_mapping.cpp), each with a params.h weight.
enum class LeverWeight : std::uint8_t {
    Aid,
    Sanctions,
    OutsideSupport,
    Trend,
    Inflation,
    Casualties,
    Count
};
constexpr std::size_t kLeverWeightCount = static_cast<std::size_t>(LeverWeight::Count);

// Everything the core needs; built by ru_mapping (Scenario) or backtest (CSV row).
struct HazardInput {
    MechanismSet mechanisms;
    bool dynamic_layer = false;  // Russia–Ukraine layer (commitment, regeneration, erosion)
    bool stakes = false;         // contiguity and existential stakes (hr_stakes)
    // Lens weights (dimensionless, 1 = evidence) as rows of the parameter table, in LensWeight
    // order, so the draws carry them; empty = every weight 1 (evidence lens, historical cases).
    std::optional<std::array<ParamId, kLensWeightCount>> lens_rows;
    // Lever deviations from the default context, each a signed share (−1..1) of the lever's range,
    // in LeverWeight order; lever_pressure() weighs them with params.h lever_weight_*.
    std::array<double, kLeverWeightCount> lever_deviation{};
    double us_reliability = 0.5;      // probability 0–1
    double european_readiness = 0.4;  // index 0–1
    // Dynamic layer: did Russia, whose deliberate offensive the model follows, agree to the
    // terms? false = an imposed or unilateral arrangement (no consent benefit; the deliberate
    // hazard rises as deterrence thins). Historical cases are signed agreements.
    bool consent = true;
    // Share of the front the separation measures (withdrawal, DMZ) cover, as a parameter of
    // params.h (sector_shares.h); empty = the whole front.
    std::optional<ParamId> separation_share;
    // Partial deals (partial_coverage.h): bit mask of the strands covered; 0 = not partial.
    // Scales the baseline hazard and sets the violation rate from the strands' own rows.
    std::uint8_t partial_strands = 0;
};

// Cumulative thresholds compared with one raw 32-bit uniform per trajectory-month:
// u < esc → escalation; u < del → deliberate; u < col → collapse; u < erode → erosion event.
struct MonthThresholds {
    std::uint32_t esc, del, col, erode;
};

constexpr int kCommitLevels = 3;   // 0 full, 1 wavering, 2 lapsed
constexpr int kErosionLevels = 4;  // unanswered serious violations so far (capped)

struct SetTables {
    std::uint32_t horizon = 0;  // months
    int n_commit = 1;           // 1 (static) or kCommitLevels
    int n_erosion = 1;          // 1 (static) or kErosionLevels
    std::vector<MonthThresholds> thr;  // index ((c * n_erosion) + e) * horizon + (month - 1)
    // thr[i].erode again, contiguous: the only field the Monte Carlo's hot loop reads (a quarter
    // of the memory traffic; the other thresholds are read only after an event).
    std::vector<std::uint32_t> erode;
    std::vector<std::uint8_t> check;   // per month (index month-1): bit 1 US election, bit 2 EU review
    std::vector<std::uint32_t> check_months;  // months (1-based, ascending) with check != 0
    std::uint32_t t_us_drop = 0, t_eu_drop = 0, t_recover = 0;  // thresholds per check
    // Expected-value rates for the ledger and incidents (per month, given state).
    double incidents_per_month = 0;   // minor incidents along the line
    double serious_per_month = 0;     // serious violations of the ceasefire line
    double obligation_rate = 0;       // per other obligation
    double detection = 0;             // share of violations attributed
    std::array<double, kCommitLevels> answer_given_detected{};  // political path, per commitment
    double auto_answer = 0;           // automatic path

    const MonthThresholds* row(int c, int e) const {
        return thr.data() + (static_cast<std::size_t>(c) * n_erosion + e) * horizon;
    }
    const std::uint32_t* erode_row(int c, int e) const {
        return erode.data() + (static_cast<std::size_t>(c) * n_erosion + e) * horizon;
    }
};

// A lens weight under parameter set p (1 when in.lens_rows is empty).
double lens_weight(const struct HazardInput& in, const ParamSet& p, LensWeight w);
// Signed lever pressure on Russia's deliberate hazard (positive = more incentive to resume):
// less Western aid, weaker sanctions, more outside support, a trend in Russia's favour, lower
// Russian inflation and casualties; each deviation times its lever_weight_* row.
double lever_pressure(const struct HazardInput& in, const ParamSet& p);

// Builds one parameter set's tables.
SetTables build_tables(const HazardInput& in, const ParamSet& p, std::uint32_t horizon);

// Monthly channel hazards (probability/month) for state (c, e) at month m (1-based); used by the
// table builder, the backtest's exact survival, and tests.
std::array<double, kChannelCount> channel_hazards(const HazardInput& in, const ParamSet& p,
                                                  std::uint32_t month, int c, int e);

// Exact survival S(months) of the static model (no dynamic state), product of (1 - h).
double static_survival(const HazardInput& in, const ParamSet& p, std::uint32_t months);

}  // namespace armistice::durability
