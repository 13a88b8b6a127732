// evaluate_command.cpp — `armistice evaluate SCENARIO [--json] [--runs N] [--seed S]
// [--months M] [--no-sensitivity]`.
//
// SCENARIO is a scenario file, a share link or a preset id (persist::load_scenario_arg). The
// options override the scenario's simulation settings and are validated like any other input
// (out-of-range values are refused with exit 2, never clamped).
// JSON (public interface — extend, never rename): {"scenario": {...}, "acceptance": {...},
// "legal": [...], "durability": {...}}.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "cli/acceptance_json.h"
#include "cli/commands.h"
#include "cli/durability_json.h"
#include "cli/durability_report.h"
#include "cli/json_writer.h"
#include "engine/citations.h"
#include "engine/evaluate.h"
#include "persist/presets.h"
#include "persist/scenario_arg.h"
#include "persist/text_util.h"

namespace armistice::cli {

namespace {

constexpr const char* kUsage =
    "usage: armistice evaluate SCENARIO [--json] [--runs N] [--seed S] [--months M] "
    "[--no-sensitivity]\n";

// Parses a whole decimal number; false on anything else (sign, junk, overflow).
bool parse_u64(const char* text, std::uint64_t& out) {
    if (text == nullptr || *text < '0' || *text > '9') return false;
    errno = 0;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (errno != 0 || *end != '\0') return false;
    out = v;
    return true;
}

struct Args {
    std::string scenario;
    bool json = false;
    bool sensitivity = true;
    std::optional<std::uint64_t> runs, seed, months;
};

// Returns an error message, or "" on success.
std::string parse_args(int argc, char** argv, Args& a) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto number = [&](std::optional<std::uint64_t>& slot) -> std::string {
            std::uint64_t v = 0;
            if (i + 1 >= argc || !parse_u64(argv[i + 1], v)) {
                return arg + " needs a whole non-negative number (digits only)";
            }
            slot = v;
            ++i;
            return "";
        };
        std::string err;
        if (arg == "--json") a.json = true;
        else if (arg == "--no-sensitivity") a.sensitivity = false;
        else if (arg == "--runs") err = number(a.runs);
        else if (arg == "--seed") err = number(a.seed);
        else if (arg == "--months") err = number(a.months);
        else if (!arg.empty() && arg[0] == '-' && arg.size() > 1)
            err = "unknown option '" + persist::printable_name(arg, 64) + "'";
        else if (a.scenario.empty()) a.scenario = arg;
        else err = "only one scenario can be evaluated at a time";
        if (!err.empty()) return err;
    }
    if (a.scenario.empty()) return "missing SCENARIO";
    return "";
}

void write_json(const persist::ScenarioFile& file, const Result& r, std::string& out) {
    JsonWriter w(out);
    w.begin_object();
    w.key("scenario");
    w.begin_object();
    w.key("id");
    w.value(file.id);
    w.key("name");
    w.value(file.scenario.name);
    w.key("lens");
    w.value(lens(file.scenario.lens).key);
    w.key("seed");
    w.value(file.scenario.sim.seed);
    w.key("as_of");  // "YYYY-MM", or "" when undated (red lines with a date are not applied)
    w.value(month_text(file.scenario.as_of));
    w.end_object();
    w.key("acceptance");
    write_acceptance_json(w, r.acceptance);
    w.key("legal");
    write_legal_json(w, r.legal);
    w.key("durability");
    write_durability_json(w, r.durability);
    w.end_object();
    out += '\n';
}

}  // namespace

void help_evaluate(std::FILE* out) {
    std::fprintf(
        out,
        "%s\n"
        "Answers the three questions for one scenario: would the parties sign, is it lawful\n"
        "and consistent, would the ceasefire hold (exploratory, not a forecast).\n\n"
        "  SCENARIO          a scenario file, '-' for standard input, a share link, or a\n"
        "                    preset id (see armistice list)\n"
        "  --json            machine-readable output\n"
        "  --runs N          Monte Carlo trajectories (%u..%u)\n"
        "  --seed S          random seed (0..18446744073709551615)\n"
        "  --months M        horizon in months (%u..%u)\n"
        "  --no-sensitivity  skip the which-change-moves-it-most ranking\n",
        kUsage, SimSettings::kMinRuns, SimSettings::kMaxRuns, SimSettings::kMinHorizon,
        SimSettings::kMaxHorizon);
}

int cmd_evaluate(int argc, char** argv) {
    Args args;
    if (const std::string err = parse_args(argc, argv, args); !err.empty()) {
        std::fprintf(stderr, "armistice evaluate: %s\n%s", err.c_str(), kUsage);
        return kExitUsage;
    }
    persist::LoadResult loaded = persist::load_scenario_arg(args.scenario);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
        return kExitUsage;
    }
    persist::ScenarioFile file = std::move(*loaded.file);
    Scenario& s = file.scenario;
    // Overrides are range-checked here against the number as typed (a value too large for the
    // field must not be reported, or used, as some other number), then validate() checks the rest.
    auto in_range = [](const char* option, std::uint64_t v, std::uint32_t lo, std::uint32_t hi) {
        if (v >= lo && v <= hi) return true;
        std::fprintf(stderr, "armistice evaluate: %s is %llu; allowed range is %u to %u\n", option,
                     static_cast<unsigned long long>(v), lo, hi);
        return false;
    };
    if (args.runs && !in_range("--runs", *args.runs, SimSettings::kMinRuns, SimSettings::kMaxRuns))
        return kExitUsage;
    if (args.months &&
        !in_range("--months", *args.months, SimSettings::kMinHorizon, SimSettings::kMaxHorizon))
        return kExitUsage;
    if (args.runs) s.sim.runs = static_cast<std::uint32_t>(*args.runs);
    if (args.months) s.sim.horizon_months = static_cast<std::uint32_t>(*args.months);
    if (args.seed) s.sim.seed = *args.seed;
    if (const auto issues = validate(s); !issues.empty()) {
        for (const auto& i : issues) {
            std::fprintf(stderr, "armistice evaluate: %s %s\n", i.path.c_str(), i.message.c_str());
        }
        return kExitUsage;
    }
    EvaluateOptions options;
    options.durability_options.sensitivity = args.sensitivity;
    options.search = persist::search_limits_for(s);
    const Result r = evaluate(s, options);

    std::string out;
    if (args.json) {
        write_json(file, r, out);
    } else {
        out = s.name + "\n\n" + acceptance_text_report(r.acceptance) + "\n" +
              legal_text_report(r.legal) + "\n" + durability_text_report(r.durability) +
              "\nThis is an exploratory model of stated positions and historical patterns, not a "
              "forecast.\n";
        out = cite_sources(out);  // sources by outlet and title, not by key
    }
    std::fputs(out.c_str(), stdout);
    return kExitOk;
}

}  // namespace armistice::cli
