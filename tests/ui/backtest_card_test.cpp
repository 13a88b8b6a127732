// backtest_card_test.cpp — the model card's backtest figures come from the embedded
// data/backtest/cases_dev.csv and agree exactly with what `armistice backtest` computes on that
// file (src/cli/backtest_command.cpp: parse_backtest_csv, then run_backtest).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "engine/durability/backtest.h"
#include "ui/backtest_data.h"
#include "ui/engine_bridge.h"

namespace {

using namespace armistice;

std::string read_file(const std::string& rel) {
    std::ifstream in(std::string(ARMISTICE_SOURCE_DIR) + "/" + rel, std::ios::binary);
    EXPECT_TRUE(in.good()) << rel;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(BacktestCard, EmbeddedCsvIsTheRepositoryFile) {
    const std::string file = read_file("data/backtest/cases_dev.csv");
    EXPECT_EQ(std::string(ui::data::backtest_cases_dev_csv()), file)
        << "rebuild: the embedded copy is stale";
    // The engine tests' copy is the same file.
    EXPECT_EQ(read_file("tests/engine/data/durability_cases_ok.csv"), file);
}

TEST(BacktestCard, FiguresEqualTheCliCodePathOnTheSameFile) {
    const ui::BacktestFigures card = ui::bridge::backtest_figures(ui::data::backtest_cases_dev_csv());
    // What `armistice backtest data/backtest/cases_dev.csv` does.
    const durability::BacktestParse parsed = durability::parse_backtest_csv(read_file("data/backtest/cases_dev.csv"));
    ASSERT_TRUE(parsed.ok) << parsed.error_line << ": " << parsed.error_message;
    const durability::BacktestReport cli = durability::run_backtest(parsed.cases);

    ASSERT_TRUE(card.available) << card.error_message;
    EXPECT_EQ(card.cases, parsed.cases.size());
    EXPECT_EQ(card.cases, 15u);
    EXPECT_EQ(card.c_index, cli.c_index);  // bit-identical, not merely close
    EXPECT_EQ(card.brier_60, cli.brier_60);
    EXPECT_EQ(card.brier_cases, cli.brier_cases);
    EXPECT_EQ(card.baseline_c_index, cli.baseline_c_index);
    for (double x : {card.c_index, card.brier_60, card.baseline_c_index}) {
        EXPECT_GE(x, 0.0);
        EXPECT_LE(x, 1.0);
    }
    EXPECT_GT(card.brier_cases, 0u);
}

TEST(BacktestCard, MalformedCsvIsReportedNotInvented) {
    const ui::BacktestFigures f = ui::bridge::backtest_figures("case_id,name\nX,broken\n");
    EXPECT_FALSE(f.available);
    EXPECT_GT(f.error_line, 0) << f.error_message;
    EXPECT_FALSE(f.error_message.empty());
}

}  // namespace
