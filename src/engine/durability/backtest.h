// backtest.h — scoring historical ceasefires with the generic hazard core.
//
// Purpose: reads the case format of shared/backtest/README.md, predicts for each case the
// probability that war resumes within 60 months (generic core only, no Russia–Ukraine layer,
// averaged over the K parameter sets), and measures discrimination (Harrell's C with censoring)
// and calibration (Brier score at 60 months).
// Censoring: a pair (i, j) is comparable when case i ended (war resumed) at T_i and T_j > T_i
// (or T_j == T_i with j censored). Brier at 60: outcome 1 if war resumed by month 60, 0 if the
// case was observed beyond 60 months without resumption by then; cases censored before month 60
// (status at 60 unknown) are excluded — documented rather than reweighted, since the sets are small.
// Invariants: parsing never throws; any malformed row yields an error with its 1-based line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/durability/hazard_core.h"

namespace armistice::durability {

struct BacktestCase {
    std::string case_id;
    std::string name;
    double months = 0;  // months observed (until resumption or censoring)
    bool ended = false; // true: war resumed at `months`
    MechanismSet mechanisms;
    int mechanism_count = 0;  // protective provisions present (baseline score)
    int line = 0;             // 1-based line in the file
};

struct BacktestParse {
    std::vector<BacktestCase> cases;
    bool ok = true;
    int error_line = 0;         // 1-based; 0 when ok
    std::string error_message;  // plain words
};

// Limits on what the backtest reads (the historical datasets it is meant for hold dozens to a few
// hundred ceasefires): more rows are refused with a message naming the limit, so run time and
// memory stay bounded. The CLI also caps the file size (kMaxBacktestFileBytes).
constexpr std::size_t kMaxBacktestCases = 10000;
constexpr std::size_t kMaxBacktestFileBytes = 4 * 1024 * 1024;

BacktestParse parse_backtest_csv(std::string_view text);

struct CaseScore {
    std::string case_id;
    double p_breakdown_60;  // predicted P(war resumes within 60 months), 0–1
    double risk;            // −ln P(hold 60): expected breakdown "pressure", ≥ 0
};

// One risk tercile of the cases usable at 60 months (same rule as the Brier score).
struct CalibrationBin {
    double predicted = 0;     // mean predicted P(war resumes within 60 months), 0–1
    double observed = 0;      // share of these cases where war resumed within 60 months, 0–1
    std::uint32_t cases = 0;  // cases in the tercile
};

struct BacktestReport {
    std::vector<CaseScore> cases;
    double c_index = 0;           // Harrell's C of `risk`, 0–1 (0.5 = chance)
    double brier_60 = 0;          // mean squared error at 60 months over usable cases
    std::uint32_t brier_cases = 0;
    double baseline_c_index = 0;  // C of the baseline score: number of mechanisms present
    std::vector<CalibrationBin> calibration;  // 3 bins by predicted risk, lowest first (empty if < 3 usable)
};

// `ru_layer`: also switch on the Russia–Ukraine dynamic layer (commitment drift, regeneration,
// enforcement erosion, consent; default levers and lens), simulated by Monte Carlo
// (kRuLayerRuns trajectories per case) instead of the exact static survival. It shows what the
// layer adds on cases it was not written for.
constexpr std::uint32_t kRuLayerRuns = 8000;
HazardInput case_input(const BacktestCase& c, bool ru_layer = false);
BacktestReport run_backtest(const std::vector<BacktestCase>& cases, bool ru_layer = false);

// Harrell's C for event times (months), event flags and risk scores (higher = earlier breakdown).
// Returns 0.5 when no pair is comparable. O(n log n) (harrell_c.cpp): counts over the comparable
// pairs above with a Fenwick tree over risk ranks; ties in risk count one half. Inputs finite.
double harrell_c(const std::vector<double>& time, const std::vector<bool>& event, const std::vector<double>& risk);
// Brier score at `horizon` months; `used` receives the number of usable cases.
double brier_at(const std::vector<double>& time, const std::vector<bool>& event, const std::vector<double>& p_event,
                double horizon, std::uint32_t* used);
// Predicted against observed by tercile of p_event, over the cases usable at `horizon` (sorted
// by p_event, ties by input order; sizes differ by at most one, larger bins at the high end).
std::vector<CalibrationBin> calibration_terciles(const std::vector<double>& time, const std::vector<bool>& event,
                                                 const std::vector<double>& p_event, double horizon);

}  // namespace armistice::durability
