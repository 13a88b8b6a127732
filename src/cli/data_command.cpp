// data_command.cpp — `armistice data check [DIR]`: the schema check of the domain data
// (engine/data/data_set.h, data/README.md), the same check the build runs before generating
// the engine's tables, plus the append-only rule against the catalog this program was built with.
// Exit codes: 0 clean (one summary line on stdout); 2 usage error or any problem, each printed to
// stderr as `file:line: field: problem`.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/data/data_set.h"
#include "engine/data/string_set.h"
#include "engine/lens.h"

namespace armistice::cli {

namespace {

constexpr const char* kUsage = "usage: armistice data check [DIR]\n";

// Levers and lenses are stored by position in share links: the data's rows must keep the order
// of the tables this program was built with.
void check_model_kept(const data::DataSet& set, const std::string& dir,
                      std::vector<data::Problem>& problems) {
    std::vector<std::string_view> levers, lenses;
    for (std::size_t i = 0; i < kLeverCount; ++i)
        levers.push_back(lever_info(static_cast<Lever>(i)).id);
    for (std::size_t i = 0; i < kLensCount; ++i) lenses.push_back(lens(static_cast<LensId>(i)).key);
    data::check_model_kept(levers, lenses, set.model, dir, problems);
}

int check(const std::string& dir) {
    std::vector<data::Problem> problems;
    const data::DataSet set = data::load_data_set(dir, problems);
    if (problems.empty())
        data::check_codes_kept(catalog(), set, dir + "/" + data::kManifestFile, problems);
    if (problems.empty()) check_model_kept(set, dir, problems);
    const data::StringSet strings =
        problems.empty() ? data::load_string_set(dir, set, problems) : data::StringSet{};
    if (!problems.empty()) {
        for (const data::Problem& p : problems)
            std::fprintf(stderr, "%s\n", data::format_problem(p).c_str());
        std::fprintf(stderr, "armistice data check: %zu problem(s) in %s\n", problems.size(),
                     dir.c_str());
        return kExitUsage;
    }
    std::size_t options = 0;
    for (const auto& d : set.dimensions) options += d.options.size();
    std::printf(
        "%s: ok: %zu dimensions, %zu options, %zu source claims, %zu utilities, "
        "%zu saliences, %zu manifest codes, %zu levers, %zu lenses; %zu strings in %zu "
        "languages\n",
        dir.c_str(), set.dimensions.size(), options, set.source_claims, options * kPartyCount,
        set.dimensions.size() * kPartyCount, set.manifest_codes, set.model.levers.size(),
        set.model.lenses.size(), strings.keys.size(), strings.codes.size());
    return kExitOk;
}

}  // namespace

void help_data(std::FILE* out) {
    std::fprintf(
        out,
        "%s\n"
        "Checks the domain data (the catalog, party positions, the manifest of link codes,\n"
        "the context levers and lenses, the string tables of every language; see\n"
        "data/README.md) and prints every problem as file:line: field: problem.\n"
        "The build runs the same check before it compiles the data into the engine.\n\n"
        "  DIR   the data directory (default: this repository's data/, %s)\n\n"
        "Exit codes: 0 no problem (one summary line), 2 any problem or a usage error.\n",
        kUsage, ARMISTICE_DATA_DIR);
}

int cmd_data(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) != "check" || argc > 3) {
        std::fprintf(stderr, "%s", kUsage);
        return kExitUsage;
    }
    return check(argc == 3 ? std::string(argv[2]) : std::string(ARMISTICE_DATA_DIR));
}

}  // namespace armistice::cli
