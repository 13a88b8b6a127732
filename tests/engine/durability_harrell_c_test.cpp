// durability_harrell_c_test.cpp — issue #17 defect 2: Harrell's C is O(n log n) and equals the
// textbook double loop (the definition in backtest.h) exactly, on random data with many ties in
// time and in risk; and the backtest row cap is enforced with a message naming it.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/durability/backtest.h"

namespace armistice::durability {
namespace {

// The definition, pair by pair: the oracle (this is what backtest_metrics.cpp used to run).
double harrell_c_pairs(const std::vector<double>& time, const std::vector<bool>& event,
                       const std::vector<double>& risk) {
    double num = 0.0, den = 0.0;
    for (std::size_t i = 0; i < time.size(); ++i) {
        if (!event[i]) continue;
        for (std::size_t j = 0; j < time.size(); ++j) {
            if (j == i) continue;
            if (!(time[i] < time[j] || (time[i] == time[j] && !event[j]))) continue;
            den += 1.0;
            if (risk[i] > risk[j])
                num += 1.0;
            else if (risk[i] == risk[j])
                num += 0.5;
        }
    }
    return den > 0 ? num / den : 0.5;
}

std::uint64_t next(std::uint64_t& s) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return s >> 33;
}

TEST(HarrellC, EqualsThePairwiseDefinitionExactly) {
    std::uint64_t rng = 17;
    for (int trial = 0; trial < 300; ++trial) {
        const std::size_t n = next(rng) % 60;
        const std::uint64_t time_levels = 1 + next(rng) % 12, risk_levels = 1 + next(rng) % 12;
        std::vector<double> t(n), r(n);
        std::vector<bool> e(n);
        for (std::size_t i = 0; i < n; ++i) {
            t[i] = static_cast<double>(next(rng) % time_levels) * 6.0;
            r[i] = static_cast<double>(next(rng) % risk_levels) * 0.25 - 1.0;
            e[i] = next(rng) % 3 != 0;
        }
        SCOPED_TRACE("trial " + std::to_string(trial) + ", n = " + std::to_string(n));
        EXPECT_EQ(harrell_c(t, e, r), harrell_c_pairs(t, e, r));
    }
}

TEST(HarrellC, KnownSmallCases) {
    // Perfect ordering, reversed ordering, no comparable pair.
    EXPECT_EQ(harrell_c({1, 2, 3}, {true, true, true}, {3, 2, 1}), 1.0);
    EXPECT_EQ(harrell_c({1, 2, 3}, {true, true, true}, {1, 2, 3}), 0.0);
    EXPECT_EQ(harrell_c({1, 2}, {false, false}, {1, 2}), 0.5);
    EXPECT_EQ(harrell_c({}, {}, {}), 0.5);
    // Equal times: an event against a censored case is comparable, two events are not.
    EXPECT_EQ(harrell_c({5, 5}, {true, false}, {2, 1}), 1.0);
    EXPECT_EQ(harrell_c({5, 5}, {true, true}, {2, 1}), 0.5);
}

std::string cases_csv(std::size_t rows) {
    std::string csv =
        "case_id,name,signed,months,ended,withdrawal,dmz,peacekeeping,peacekeeper_provider,"
        "guarantee,joint_commission,specificity,arms_limits,economic_linkage,"
        "territory_unresolved,great_power_party,decisive_victory,sources\n";
    for (std::size_t i = 0; i < rows; ++i) {
        csv += "c" + std::to_string(i) + ",Case,1990-01-01," + std::to_string(i % 200) + "," +
               (i % 2 ? "yes" : "no") + ",1,0,observers,neutral,0,1,medium,0,0,1,0,0,test\n";
    }
    return csv;
}

TEST(Backtest, RowCapIsNamed) {
    const BacktestParse at_cap = parse_backtest_csv(cases_csv(kMaxBacktestCases));
    ASSERT_TRUE(at_cap.ok) << at_cap.error_line << ": " << at_cap.error_message;
    EXPECT_EQ(at_cap.cases.size(), kMaxBacktestCases);
    const BacktestParse over = parse_backtest_csv(cases_csv(kMaxBacktestCases + 1));
    ASSERT_FALSE(over.ok);
    EXPECT_EQ(over.error_line, static_cast<int>(kMaxBacktestCases) + 2);  // header + cap rows + 1
    EXPECT_NE(over.error_message.find("at most " + std::to_string(kMaxBacktestCases)),
              std::string::npos)
        << over.error_message;
    EXPECT_TRUE(over.cases.empty());
}

}  // namespace
}  // namespace armistice::durability
