// backtest_command.cpp — `armistice backtest CASES.csv [--json]`: scores historical ceasefires
// with the durability model's generic core (engine/durability/backtest.h).
// Exit codes: 0 ok; 1 file unreadable; 2 usage error, a directory/pipe/device, a file over
// kMaxBacktestFileBytes, more than kMaxBacktestCases rows, or a malformed row (message with line
// number). CASES.csv may be '-' for standard input.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/json_writer.h"
#include "engine/durability/backtest.h"
#include "persist/file_read.h"
#include "persist/scenario_file.h"
#include "persist/text_util.h"

namespace armistice::cli {

void help_backtest(std::FILE* out) {
    std::fprintf(
        out,
        "usage: armistice backtest CASES.csv [--json]\n"
        "CASES.csv may be '-' for standard input; at most %zu bytes and %zu cases.\n"
        "Scores each historical case (format: shared/backtest/README.md): predicted probability\n"
        "that war resumes within 60 months and a risk score; then Harrell's C (with censoring)\n"
        "and the Brier score at 60 months, next to a baseline counting the provisions present,\n"
        "and the same two figures with the Russia-Ukraine dynamic layer switched on.\n",
        durability::kMaxBacktestFileBytes, durability::kMaxBacktestCases);
}

int cmd_backtest(int argc, char** argv) {
    std::string path;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json") json = true;
        else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "armistice backtest: unknown option '%s'\n",
                         persist::printable_name(a, 64).c_str());
            return kExitUsage;
        } else if (path.empty()) path = a;
        else {
            std::fprintf(stderr, "armistice backtest: only one CASES.csv may be given\n");
            return kExitUsage;
        }
    }
    if (path.empty()) {
        std::fprintf(stderr, "usage: armistice backtest CASES.csv [--json]\n");
        return kExitUsage;
    }
    const std::string name = path == persist::kStdinName ? std::string(persist::kStdinLabel)
                                                         : persist::printable_name(path);
    const persist::FileRead read = persist::read_capped(path, durability::kMaxBacktestFileBytes);
    if (read.status != persist::ReadStatus::Ok) {
        std::fprintf(stderr, "armistice backtest: '%s' %s\n", name.c_str(), read.message.c_str());
        const bool unreadable = read.status == persist::ReadStatus::Failed ||
                                read.status == persist::ReadStatus::NotFound;
        return unreadable ? kExitFailure : kExitUsage;
    }
    const durability::BacktestParse parsed = durability::parse_backtest_csv(read.text);
    if (!parsed.ok) {
        std::fprintf(stderr, "%s:%d: %s\n", name.c_str(), parsed.error_line,
                     persist::printable_name(parsed.error_message, 400).c_str());
        return kExitUsage;
    }
    const durability::BacktestReport rep = durability::run_backtest(parsed.cases);
    const durability::BacktestReport layer = durability::run_backtest(parsed.cases, true);
    if (json) {
        std::string out;
        JsonWriter w(out);
        w.begin_object();
        w.key("cases");
        w.begin_array();
        for (const auto& c : rep.cases) {
            w.begin_object();
            w.key("case_id");
            w.value(c.case_id);
            w.key("p_breakdown_60");
            w.value(c.p_breakdown_60);
            w.key("risk");
            w.value(c.risk);
            w.end_object();
        }
        w.end_array();
        w.key("c_index");
        w.value(rep.c_index);
        w.key("brier_60");
        w.value(rep.brier_60);
        w.key("brier_cases");
        w.value(rep.brier_cases);
        w.key("baseline_c_index");
        w.value(rep.baseline_c_index);
        w.key("calibration");  // by risk tercile, lowest first
        w.begin_array();
        for (const auto& b : rep.calibration) {
            w.begin_object();
            w.key("predicted");
            w.value(b.predicted);
            w.key("observed");
            w.value(b.observed);
            w.key("cases");
            w.value(b.cases);
            w.end_object();
        }
        w.end_array();
        w.key("ru_layer");  // the same cases with the Russia–Ukraine dynamic layer switched on
        w.begin_object();
        w.key("c_index");
        w.value(layer.c_index);
        w.key("brier_60");
        w.value(layer.brier_60);
        w.end_object();
        w.end_object();
        std::printf("%s\n", out.c_str());
        return kExitOk;
    }
    std::printf("%-10s %16s %8s\n", "case_id", "P(war by 60 mo)", "risk");
    for (const auto& c : rep.cases) std::printf("%-10s %15.1f%% %8.3f\n", c.case_id.c_str(), 100.0 * c.p_breakdown_60, c.risk);
    std::printf("\nHarrell's C (censored):   %.3f   (baseline, number of provisions: %.3f)\n", rep.c_index,
                rep.baseline_c_index);
    std::printf("Brier score at 60 months: %.3f   (%u cases; cases censored before 60 months excluded)\n", rep.brier_60,
                rep.brier_cases);
    std::printf("With the Russia-Ukraine layer switched on: C %.3f, Brier %.3f\n", layer.c_index, layer.brier_60);
    static const char* kTercile[] = {"lowest", "middle", "highest"};
    for (std::size_t b = 0; b < rep.calibration.size() && b < 3; ++b)
        std::printf("Risk tercile %-8s predicted %5.1f%%  observed %5.1f%%  (%u cases)\n", kTercile[b],
                    100.0 * rep.calibration[b].predicted, 100.0 * rep.calibration[b].observed, rep.calibration[b].cases);
    return kExitOk;
}

}  // namespace armistice::cli
