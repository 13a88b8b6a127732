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

BacktestParse parse_backtest_csv(std::string_view text);

struct CaseScore {
    std::string case_id;
    double p_breakdown_60;  // predicted P(war resumes within 60 months), 0–1
    double risk;            // −ln P(hold 60): expected breakdown "pressure", ≥ 0
};

struct BacktestReport {
    std::vector<CaseScore> cases;
    double c_index = 0;           // Harrell's C of `risk`, 0–1 (0.5 = chance)
    double brier_60 = 0;          // mean squared error at 60 months over usable cases
    std::uint32_t brier_cases = 0;
    double baseline_c_index = 0;  // C of the baseline score: number of mechanisms present
};

HazardInput case_input(const BacktestCase& c);
BacktestReport run_backtest(const std::vector<BacktestCase>& cases);

// Harrell's C for event times (months), event flags and risk scores (higher = earlier breakdown).
// Returns 0.5 when no pair is comparable.
double harrell_c(const std::vector<double>& time, const std::vector<bool>& event, const std::vector<double>& risk);
// Brier score at `horizon` months; `used` receives the number of usable cases.
double brier_at(const std::vector<double>& time, const std::vector<bool>& event, const std::vector<double>& p_event,
                double horizon, std::uint32_t* used);

}  // namespace armistice::durability
