// commands.h — the table of `armistice` subcommands.
//
// To add a command:
//   1. write src/cli/<name>_command.cpp defining `int cmd_<name>(int argc, char** argv)`
//      (argv[0] is the subcommand name, argv[1..] its arguments, like `git <cmd>`);
//   2. declare it below and add ONE line to kCommands (keep the table sorted by name);
//   3. optionally a `void help_<name>(std::FILE* out)` printing "usage: armistice <name> ..." and
//      the options, named as the table line's fourth field.
// `armistice <name> --help` (or -h, anywhere among the arguments) and `armistice help <name>` are
// handled by the dispatcher for EVERY command, before the command runs: they print the command's
// help function's text, or, for a command without one, its usage line built from the summary,
// and exit 0. So a command never sees --help, and a new command has --help from its first line.
// Exit codes: 0 success, 1 runtime failure (e.g. a file could not be written), 2 usage error or
// bad input. Commands print results to stdout and diagnostics to stderr.
// `--lang CODE` (cli_language.h) is also taken by the dispatcher: a command whose plain-text
// output speaks to a reader is written `int cmd_<name>(const text::Strings& t, int argc, char**
// argv)` and listed with its function in the table's fifth field (`run` left null); the others
// ignore the language.
#pragma once

#include <cstdio>
#include <string_view>

#include "text/strings.h"

namespace armistice::cli {

struct Command {
    std::string_view name;     // the word after `armistice`
    std::string_view summary;  // one line for `armistice help`
    int (*run)(int argc, char** argv);       // null when run_in is set
    void (*help)(std::FILE* out) = nullptr;  // full help text; nullptr: the summary is shown
    // A command that writes reader text in the --lang language (t: that language).
    int (*run_in)(const text::Strings& t, int argc, char** argv) = nullptr;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// [SECTION] Command functions (one per file: <name>_command.cpp; help/version live in main.cpp)
int cmd_backtest(int argc, char** argv);    // backtest_command.cpp (durability)
int cmd_best(int argc, char** argv);        // best_command.cpp (durability + acceptance)
int cmd_bench(int argc, char** argv);       // bench_command.cpp (durability)
int cmd_check_record(int argc, char** argv);  // check_record_command.cpp (acceptance)
int cmd_data(int argc, char** argv);          // data_command.cpp (data/ schema check)
int cmd_diff(int argc, char** argv);
int cmd_evaluate(int argc, char** argv);
int cmd_help(int argc, char** argv);
int cmd_link(int argc, char** argv);      // link_command.cpp (persist)
int cmd_list(const text::Strings& t, int argc, char** argv);  // scenario_commands.cpp
int cmd_model_card(int argc, char** argv);  // model_card_command.cpp (durability)
int cmd_show(const text::Strings& t, int argc, char** argv);  // scenario_commands.cpp
int cmd_validate(int argc, char** argv);  // scenario_commands.cpp
int cmd_version(int argc, char** argv);

// [SECTION] Help texts (in the same file as the command, next to its argument parser)
void help_backtest(std::FILE* out);
void help_bench(std::FILE* out);
void help_check_record(std::FILE* out);
void help_data(std::FILE* out);
void help_diff(std::FILE* out);
void help_evaluate(std::FILE* out);
void help_link(std::FILE* out);
void help_model_card(std::FILE* out);
void help_show(std::FILE* out);
void help_validate(std::FILE* out);

// [SECTION] The table — one line per command.
// clang-format off: one line per command, however long
inline constexpr Command kCommands[] = {
    {"backtest", "Score historical ceasefires (C-index, Brier at 60 months): armistice backtest CASES.csv [--json]", cmd_backtest, help_backtest},
    {"best", "Most durable agreement all four parties accept: armistice best SCENARIO [--json]", cmd_best},
    {"bench", "Time the durability engine: native, bare RNG, wasm under node, numpy reference", cmd_bench, help_bench},
    {"check-record", "Check the acceptance model against public reactions: armistice check-record FILE [--json] [--min N]", cmd_check_record, help_check_record},
    {"data", "Check the domain data (catalog, positions, link codes); exit 2 with file:line messages: armistice data check [DIR]", cmd_data, help_data},
    {"diff", "Compare two scenarios clause by clause, with each difference's effect: armistice diff A B", cmd_diff, help_diff},
    {"evaluate", "Answer the three questions for a scenario file, link or preset: armistice evaluate SCENARIO [--json] [--runs N] [--seed S] [--months M]", cmd_evaluate, help_evaluate},
    {"help", "List the commands, or show help for one: armistice help <command>", cmd_help},
    {"link", "Share links: armistice link encode FILE|PRESET prints the fragment; armistice link decode LINK prints the scenario as JSON", cmd_link, help_link},
    {"list", "List the built-in presets with one-line summaries: armistice list [--lang CODE]", nullptr, nullptr, cmd_list},
    {"model-card", "Print the durability model card: the model and every parameter with its source", cmd_model_card, help_model_card},
    {"show", "Print a scenario in plain words: armistice show FILE|LINK|PRESET [--lang CODE]", nullptr, help_show, cmd_show},
    {"validate", "Check scenario files; exit 2 with messages if any is invalid: armistice validate FILE...", cmd_validate, help_validate},
    {"version", "Print the version and build information", cmd_version},
};
// clang-format on

}  // namespace armistice::cli
