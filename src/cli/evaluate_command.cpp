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
#include "cli/json_writer.h"
#include "engine/durability/report.h"
#include "engine/evaluate.h"
#include "persist/scenario_arg.h"

namespace armistice::cli {

namespace {

constexpr const char* kUsage =
    "usage: armistice evaluate SCENARIO [--json] [--runs N] [--seed S] [--months M] "
    "[--no-sensitivity]\n"
    "  SCENARIO  a scenario file, a share link, or a preset id (see armistice list)\n";

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
                return arg + " needs a whole non-negative number";
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
        else if (!arg.empty() && arg[0] == '-' && arg.size() > 1) err = "unknown option " + arg;
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
    // Overrides are range-checked by validate(); values too large for the field are refused here
    // rather than silently truncated.
    auto narrow = [](std::uint64_t v) {
        return v > 0xFFFFFFFFull ? 0xFFFFFFFFu : static_cast<std::uint32_t>(v);
    };
    if (args.runs) s.sim.runs = narrow(*args.runs);
    if (args.months) s.sim.horizon_months = narrow(*args.months);
    if (args.seed) s.sim.seed = *args.seed;
    if (const auto issues = validate(s); !issues.empty()) {
        for (const auto& i : issues) {
            std::fprintf(stderr, "armistice evaluate: %s %s\n", i.path.c_str(), i.message.c_str());
        }
        return kExitUsage;
    }
    EvaluateOptions options;
    options.durability_options.sensitivity = args.sensitivity;
    const Result r = evaluate(s, options);

    std::string out;
    if (args.json) {
        write_json(file, r, out);
    } else {
        out = s.name + "\n\n" + acceptance_text_report(r.acceptance) + "\n" +
              legal_text_report(r.legal) + "\n" +
              durability::durability_text_report(r.durability) +
              "\nThis is an exploratory model of stated positions and historical patterns, not a "
              "forecast.\n";
    }
    std::fputs(out.c_str(), stdout);
    return kExitOk;
}

}  // namespace armistice::cli
