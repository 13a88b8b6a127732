// best_command.cpp — `armistice best SCENARIO [--json]`: the most durable agreement that all four
// parties accept (engine/durability/most_durable.h), from the draft or its closest acceptable
// agreement, with the clauses it changes and P(hold 60 months) (of its term, if interim).
// SCENARIO is a scenario file, a share link or a preset id (persist::load_scenario_arg).
// Exit codes: 0 ok (also when no acceptable agreement exists: the output says so); 2 usage error
// or bad input.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/english_text.h"
#include "cli/json_writer.h"
#include "engine/durability/most_durable.h"
#include "engine/scope.h"
#include "persist/scenario_arg.h"

namespace armistice::cli {

namespace {
const char* kUsage =
    "usage: armistice best SCENARIO [--json]\n"
    "Searches the agreements all four parties accept for the one most likely to hold 60 months\n"
    "(for an interim deal: its term), starting from the draft or its closest acceptable "
    "agreement;\n"
    "prints the clauses it changes from the draft. Model estimate, not a forecast.\n";

std::string qualified(Dim d, std::uint8_t o) {
    const Dimension& dim = catalog().at(d);
    return std::string(dim.id) + "." + std::string(dim.options[o].id);
}
}  // namespace

int cmd_best(int argc, char** argv) {
    std::string arg;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::printf("%s", kUsage);
            return kExitOk;
        }
        if (a == "--json")
            json = true;
        else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "armistice best: unknown option '%s'\n%s", a.c_str(), kUsage);
            return kExitUsage;
        } else if (arg.empty())
            arg = a;
        else {
            std::fprintf(stderr, "armistice best: only one SCENARIO may be given\n%s", kUsage);
            return kExitUsage;
        }
    }
    if (arg.empty()) {
        std::fprintf(stderr, "%s", kUsage);
        return kExitUsage;
    }
    persist::LoadResult loaded = persist::load_scenario_arg(arg);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
        return kExitUsage;
    }
    const Scenario& s = loaded.file->scenario;
    const durability::MostDurableResult r = durability::most_durable_acceptable(s);
    const bool interim = is_interim(scope_of(s));
    if (json) {
        std::string out;
        JsonWriter w(out);
        w.begin_object();
        w.key("found");
        w.value(r.found);
        if (!r.found) {
            w.key("reason");
            w.value(english(r.reason));
            w.key("reason_key");
            w.value(r.reason.message.key);
        }
        w.key("measure");  // what p_hold is: "p_hold_60" or, for an interim deal, "p_hold_term"
        w.value(interim ? "p_hold_term" : "p_hold_60");
        if (r.found) {
            w.key("started_from_draft");
            w.value(r.started_from_draft);
            w.key("p_hold_start");
            w.value(r.p_hold_start);
            w.key("p_hold");
            w.value(r.p_hold);
            w.key("changes");
            w.begin_array();
            for (const ClauseChange& c : r.changes) {
                w.begin_object();
                w.key("dimension");
                w.value(catalog().at(c.dim).id);
                w.key("from");
                w.value(qualified(c.dim, c.from));
                w.key("to");
                w.value(qualified(c.dim, c.to));
                w.end_object();
            }
            w.end_array();
        }
        w.key("evaluated");
        w.value(r.evaluated);
        w.key("rounds");
        w.value(r.rounds);
        w.end_object();
        std::printf("%s\n", out.c_str());
        return kExitOk;
    }
    if (!r.found) {
        std::printf("No agreement all four parties accept: %s\n", english(r.reason).c_str());
        return kExitOk;
    }
    const char* measure = interim ? "Holds its term" : "Holds 5 years";
    std::printf("Most durable acceptable deal (model estimate, not a forecast)\n");
    std::printf("  Start: %s, %s %.1f%%\n",
                r.started_from_draft ? "the draft (all accept it)" : "closest acceptable agreement",
                measure, 100.0 * r.p_hold_start);
    std::printf("  Best:  %s %.1f%% after %u rounds, %u agreements simulated\n", measure,
                100.0 * r.p_hold, r.rounds, r.evaluated);
    if (r.changes.empty()) std::printf("  No clause changes from the draft.\n");
    for (const ClauseChange& c : r.changes) {
        const Dimension& d = catalog().at(c.dim);
        std::printf("  %s: %s -> %s\n", std::string(d.label).c_str(),
                    std::string(d.options[c.from].label).c_str(),
                    std::string(d.options[c.to].label).c_str());
    }
    return kExitOk;
}

}  // namespace armistice::cli
