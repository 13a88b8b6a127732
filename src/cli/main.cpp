// main.cpp — `armistice`, the command-line face of the engine: dispatches subcommands.
//
// Invariants: the dispatch table is kCommands in commands.h (add commands there, not here);
// exit codes 0 ok / 1 failure / 2 usage; `armistice help`, `--help`, `-h` print the list of
// commands (exit 0; bare `armistice` prints it to stderr, exit 2); `--version` equals `armistice
// version`; `armistice <command> ... --help|-h ...` and `armistice help <command>` print that
// command's help and exit 0 for every command in the table (commands.h), without running it;
// `--lang CODE` anywhere is taken out here (cli_language.h) and given to commands that use it.
#include <cstdio>
#include <string>
#include <string_view>

#include "app/build_info.h"
#include "cli/cli_language.h"
#include "cli/commands.h"
#include "engine/version.h"
#include "persist/text_util.h"

namespace armistice::cli {
namespace {

const Command* find_command(std::string_view name) {
    for (const Command& c : kCommands) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

void print_usage(std::FILE* out) {
    std::fprintf(out, "usage: armistice <command> [args...]\n\ncommands:\n");
    std::size_t width = 0;
    for (const Command& c : kCommands) width = c.name.size() > width ? c.name.size() : width;
    for (const Command& c : kCommands) {
        std::fprintf(out, "  %-*.*s  %.*s\n", static_cast<int>(width), static_cast<int>(c.name.size()),
                     c.name.data(), static_cast<int>(c.summary.size()), c.summary.data());
    }
    std::fprintf(out, "\nRun 'armistice <command> --help' for a command's options.\n%s\n",
                 armistice::text::Strings()
                     .format(armistice::text::Str::cli_lang_help, {{"languages", language_codes()}})
                     .c_str());
}

int print_command_help(const Command& c) {
    if (c.run == cmd_help) {
        print_usage(stdout);
    } else if (c.help != nullptr) {
        c.help(stdout);
    } else {
        std::printf("usage: armistice %.*s ...\n\n%.*s\n", static_cast<int>(c.name.size()),
                    c.name.data(), static_cast<int>(c.summary.size()), c.summary.data());
    }
    return kExitOk;
}

bool asks_for_help(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

int unknown_command(const char* name) {
    std::fprintf(stderr, "armistice: unknown command '%s'\n\n",
                 persist::printable_name(name, 64).c_str());
    print_usage(stderr);
    return kExitUsage;
}

}  // namespace

int cmd_help(int argc, char** argv) {
    if (argc >= 2) {
        const Command* c = find_command(argv[1]);
        return c == nullptr ? unknown_command(argv[1]) : print_command_help(*c);
    }
    print_usage(stdout);
    return kExitOk;
}

int cmd_version(int, char**) {
    const BuildInfo& info = build_info();
    std::printf("armistice %.*s (%.*s, %.*s, commit %.*s %.*s)\n", static_cast<int>(kVersion.size()),
                kVersion.data(), static_cast<int>(info.compiler.size()), info.compiler.data(),
                static_cast<int>(info.build_type.size()), info.build_type.data(),
                static_cast<int>(info.commit.size()), info.commit.data(),
                static_cast<int>(info.commit_date.size()), info.commit_date.data());
    return kExitOk;
}

}  // namespace armistice::cli

int main(int argc, char** argv) {
    using namespace armistice::cli;
    const LanguageOption lang = take_language_option(argc, argv);
    if (!lang.error.empty()) {
        std::fprintf(stderr, "armistice: %s\n", lang.error.c_str());
        return kExitUsage;
    }
    if (argc < 2) {
        print_usage(stderr);
        return kExitUsage;
    }
    const std::string_view first = argv[1];
    if (first == "--help" || first == "-h") return cmd_help(1, argv + 1);
    if (first == "--version") return cmd_version(1, argv + 1);
    const Command* command = find_command(first);
    if (command == nullptr) return unknown_command(argv[1]);
    if (asks_for_help(argc - 1, argv + 1)) return print_command_help(*command);
    if (command->run_in != nullptr) {
        return command->run_in(armistice::text::Strings(lang.language), argc - 1, argv + 1);
    }
    return command->run(argc - 1, argv + 1);
}
