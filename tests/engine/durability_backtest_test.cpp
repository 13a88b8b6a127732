// durability_backtest_test.cpp — backtest parser errors (line numbers), Harrell's C on
// hand-computed examples, Brier censoring rule, calibration terciles, and the development-set
// figures (issue #12 targets; with and without the Russia–Ukraine layer).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/durability/backtest.h"

namespace {

using namespace armistice::durability;

const char* kHeader =
    "case_id,name,signed,months,ended,withdrawal,dmz,peacekeeping,peacekeeper_provider,guarantee,joint_commission,"
    "specificity,arms_limits,economic_linkage,territory_unresolved,great_power_party,decisive_victory,sources\n";
const char* kGood = "A1,Alpha,1990-01-01,12.5,yes,1,0,observers,neutral,0,1,high,0,0,1,0,0,\"src, with comma\"\n";

// The development cases as the project embeds them (path relative to the source tree).
BacktestParse parse_file(const char* relative) {
    std::ifstream f(std::string(ARMISTICE_SOURCE_DIR) + relative);
    std::stringstream ss;
    ss << f.rdbuf();
    return parse_backtest_csv(ss.str());
}

TEST(DurabilityBacktest, ParsesAGoodFile) {
    const std::string text = std::string(kHeader) + kGood + "B2,Beta,1991-02-03,300,no,0,1,armed,party,1,0,low,1,1,0,1,1,x\n";
    const BacktestParse p = parse_backtest_csv(text);
    ASSERT_TRUE(p.ok) << p.error_message;
    ASSERT_EQ(p.cases.size(), 2u);
    EXPECT_EQ(p.cases[0].case_id, "A1");
    EXPECT_DOUBLE_EQ(p.cases[0].months, 12.5);
    EXPECT_TRUE(p.cases[0].ended);
    EXPECT_TRUE(has(p.cases[0].mechanisms, armistice::Mechanism::ObserversNeutral));
    EXPECT_TRUE(has(p.cases[1].mechanisms, armistice::Mechanism::ForceWithParty));
    EXPECT_TRUE(has(p.cases[1].mechanisms, armistice::Mechanism::SpecificityLow));
    EXPECT_EQ(p.cases[0].mechanism_count, 4);  // withdrawal, observers, joint commission, high specificity
}

struct BadRow {
    const char* row;
    const char* expect;  // fragment of the message
};

TEST(DurabilityBacktest, MalformedRowsReportTheirLine) {
    const BadRow rows[] = {
        {"C3,Gamma,1990-01-01,12,maybe,1,0,none,none,0,0,low,0,0,1,0,0,s", "ended"},
        {"C3,Gamma,1990-01-01,-4,yes,1,0,none,none,0,0,low,0,0,1,0,0,s", "months"},
        {"C3,Gamma,1990-01-01,abc,yes,1,0,none,none,0,0,low,0,0,1,0,0,s", "months"},
        {"C3,Gamma,1990-01-01,12,yes,2,0,none,none,0,0,low,0,0,1,0,0,s", "withdrawal"},
        {"C3,Gamma,1990-01-01,12,yes,1,0,blue,none,0,0,low,0,0,1,0,0,s", "peacekeeping"},
        {"C3,Gamma,1990-01-01,12,yes,1,0,armed,martian,0,0,low,0,0,1,0,0,s", "peacekeeper_provider"},
        {"C3,Gamma,1990-01-01,12,yes,1,0,none,neutral,0,0,low,0,0,1,0,0,s", "peacekeeping is none"},
        {"C3,Gamma,1990-01-01,12,yes,1,0,none,none,0,0,huge,0,0,1,0,0,s", "specificity"},
        {"C3,Gamma,1990-13-01,12,yes,1,0,none,none,0,0,low,0,0,1,0,0,s", "signed"},
        {"C3,Gamma,1990-01-01,12,yes,1,0,none,none,0,0,low,0,0,1,0,0", "fields"},
        {"C3,\"Gamma,1990-01-01,12,yes,1,0,none,none,0,0,low,0,0,1,0,0,s", "quoted"},
        {"A1,Dup,1990-01-01,12,yes,1,0,none,none,0,0,low,0,0,1,0,0,s", "duplicate"},
        {",Empty,1990-01-01,12,yes,1,0,none,none,0,0,low,0,0,1,0,0,s", "case_id"},
    };
    for (const BadRow& b : rows) {
        const std::string text = std::string(kHeader) + kGood + "\n" + b.row + "\n";
        const BacktestParse p = parse_backtest_csv(text);
        EXPECT_FALSE(p.ok) << b.row;
        EXPECT_EQ(p.error_line, 4) << b.row;  // header, good row, blank line, bad row
        EXPECT_NE(p.error_message.find(b.expect), std::string::npos) << b.row << " -> " << p.error_message;
        EXPECT_TRUE(p.cases.empty());
    }
    const BacktestParse no_col = parse_backtest_csv("case_id,name\nA,B\n");
    EXPECT_FALSE(no_col.ok);
    EXPECT_EQ(no_col.error_line, 1);
    EXPECT_FALSE(parse_backtest_csv("").ok);
}

TEST(DurabilityBacktest, HarrellCOnHandComputedExamples) {
    // Times 1 (event), 2 (event), 3 (censored). Comparable pairs: (1,2), (1,3), (2,3).
    const std::vector<double> t = {1, 2, 3};
    const std::vector<bool> e = {true, true, false};
    EXPECT_DOUBLE_EQ(harrell_c(t, e, {3, 2, 1}), 1.0);   // all concordant
    EXPECT_DOUBLE_EQ(harrell_c(t, e, {1, 2, 3}), 0.0);   // all discordant
    EXPECT_DOUBLE_EQ(harrell_c(t, e, {2, 3, 1}), 2.0 / 3.0);  // (1,2) discordant, (1,3) and (2,3) concordant
    EXPECT_DOUBLE_EQ(harrell_c(t, e, {1, 1, 1}), 0.5);   // ties count one half
    // A censored case earlier than an event is not comparable with it.
    EXPECT_DOUBLE_EQ(harrell_c({1, 2}, {false, true}, {0, 1}), 0.5);  // no comparable pair
    // Same time: event vs censored is comparable (the censored one survived at least as long).
    EXPECT_DOUBLE_EQ(harrell_c({5, 5}, {true, false}, {2, 1}), 1.0);
}

TEST(DurabilityBacktest, BrierExcludesCasesCensoredBeforeTheHorizon) {
    std::uint32_t used = 0;
    // event at 10 (y=1, p=0.8), censored at 30 (excluded), event at 90 (y=0 at 60, p=0.3), censored at 100 (y=0, p=0.1)
    const double b = brier_at({10, 30, 90, 100}, {true, false, true, false}, {0.8, 0.5, 0.3, 0.1}, 60.0, &used);
    EXPECT_EQ(used, 3u);
    EXPECT_NEAR(b, (0.04 + 0.09 + 0.01) / 3.0, 1e-15);
}

TEST(DurabilityBacktest, DevelopmentSetBeatsTheBaseline) {
    const BacktestParse p = parse_file("/tests/engine/data/durability_cases_ok.csv");
    ASSERT_TRUE(p.ok) << p.error_line << ": " << p.error_message;
    ASSERT_EQ(p.cases.size(), 15u);
    const BacktestReport r = run_backtest(p.cases);
    // Issue #12 targets on the development set (general parameters only, no per-case fitting).
    EXPECT_GE(r.c_index, 0.80);
    EXPECT_LE(r.brier_60, 0.12);
    EXPECT_GT(r.c_index, r.baseline_c_index);
    for (const CaseScore& c : r.cases) {
        EXPECT_GT(c.p_breakdown_60, 0.0);
        EXPECT_LT(c.p_breakdown_60, 1.0);
    }
}

TEST(DurabilityBacktest, CalibrationTercilesCoverTheUsableCases) {
    // 6 usable cases (one censored before 60 months is left out), sorted by prediction.
    const std::vector<CalibrationBin> bins = calibration_terciles(
        {10, 80, 90, 20, 100, 30, 40}, {true, false, false, true, false, false, true}, {0.9, 0.1, 0.2, 0.7, 0.3, 0.5, 0.6},
        60.0);
    ASSERT_EQ(bins.size(), 3u);
    EXPECT_EQ(bins[0].cases + bins[1].cases + bins[2].cases, 6u);
    EXPECT_NEAR(bins[0].predicted, 0.15, 1e-12);  // 0.1, 0.2
    EXPECT_EQ(bins[0].observed, 0.0);
    EXPECT_NEAR(bins[1].predicted, 0.45, 1e-12);  // 0.3, 0.6
    EXPECT_EQ(bins[1].observed, 0.5);
    EXPECT_NEAR(bins[2].predicted, 0.8, 1e-12);   // 0.7, 0.9
    EXPECT_EQ(bins[2].observed, 1.0);
    EXPECT_TRUE(calibration_terciles({10, 20}, {true, true}, {0.5, 0.6}, 60.0).empty());
}

TEST(DurabilityBacktest, RussiaUkraineLayerVariantScoresEveryCase) {
    const BacktestParse p = parse_file("/data/backtest/cases_dev.csv");
    ASSERT_TRUE(p.ok) << p.error_line << ": " << p.error_message;
    const BacktestReport plain = run_backtest(p.cases);
    const BacktestReport layer = run_backtest(p.cases, true);
    ASSERT_EQ(layer.cases.size(), p.cases.size());
    for (std::size_t i = 0; i < layer.cases.size(); ++i) {
        EXPECT_GT(layer.cases[i].p_breakdown_60, 0.0);
        EXPECT_LT(layer.cases[i].p_breakdown_60, 1.0);
        EXPECT_NE(layer.cases[i].p_breakdown_60, plain.cases[i].p_breakdown_60) << layer.cases[i].case_id;
    }
    EXPECT_GT(layer.c_index, 0.5);
}

}  // namespace
