// engine_bridge_backtest.cpp — the model card's backtest figures: the durability model scored on
// a case file with exactly the engine calls `armistice backtest` makes (src/cli/backtest_command.cpp):
// parse_backtest_csv, then run_backtest. Nothing is typed in; the page and the CLI agree by
// construction (tests/ui/backtest_card_test.cpp checks it on data/backtest/cases_dev.csv).
#include "engine/durability/backtest.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

BacktestFigures backtest_figures(std::string_view csv) {
    BacktestFigures f;
    const durability::BacktestParse parsed = durability::parse_backtest_csv(csv);
    if (!parsed.ok) {
        f.error_line = parsed.error_line;
        f.error_message = parsed.error_message;
        return f;
    }
    const durability::BacktestReport rep = durability::run_backtest(parsed.cases);
    f.available = true;
    f.cases = parsed.cases.size();
    f.c_index = rep.c_index;
    f.brier_60 = rep.brier_60;
    f.brier_cases = rep.brier_cases;
    f.baseline_c_index = rep.baseline_c_index;
    for (const durability::CalibrationBin& b : rep.calibration)
        f.calibration.push_back({b.predicted, b.observed, b.cases});
    return f;
}

}  // namespace armistice::ui::bridge
