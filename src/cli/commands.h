// commands.h — the table of `armistice` subcommands.
//
// To add a command:
//   1. write src/cli/<name>_command.cpp defining `int cmd_<name>(int argc, char** argv)`
//      (argv[0] is the subcommand name, argv[1..] its arguments, like `git <cmd>`);
//   2. declare it below and add ONE line to kCommands (keep the table sorted by name).
// Exit codes: 0 success, 1 runtime failure (e.g. a file could not be written), 2 usage error or
// bad input. Commands print results to stdout and diagnostics to stderr.
#pragma once

#include <string_view>

namespace armistice::cli {

struct Command {
    std::string_view name;     // the word after `armistice`
    std::string_view summary;  // one line for `armistice help`
    int (*run)(int argc, char** argv);
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// [SECTION] Command functions (one per file: <name>_command.cpp; help/version live in main.cpp)
int cmd_help(int argc, char** argv);
int cmd_version(int argc, char** argv);

// [SECTION] The table — one line per command.
inline constexpr Command kCommands[] = {
    {"help", "List the commands, or show help for one: armistice help <command>", cmd_help},
    {"version", "Print the version and build information", cmd_version},
};

}  // namespace armistice::cli
