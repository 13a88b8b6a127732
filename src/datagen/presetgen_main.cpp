// presetgen_main.cpp — armistice_presetgen OUT.cpp FILE.json...: the build step that compiles the
// built-in presets (scenarios/*.json) into C++ (persist/preset_table.h), so the page parses no
// JSON.
//
// Each file is loaded with the loader `armistice validate` uses (load_scenario_path: strict, every
// problem reported); any problem, or two files with the same id, prints `file: field: problem`
// lines and exits 2, so the build fails with the messages. Files are written in file-name order.
// A host program in the native build; in the web build compiled with em++ and run under node.
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "datagen/emit_presets.h"
#include "datagen/write_file.h"
#include "persist/scenario_file.h"

namespace {

std::string base_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: armistice_presetgen OUT.cpp [FILE.json...]\n");
        return 2;
    }
    using armistice::datagen::LoadedPreset;
    namespace persist = armistice::persist;
    std::vector<LoadedPreset> presets;
    std::vector<persist::LoadError> errors;
    for (int i = 2; i < argc; ++i) {
        const persist::LoadResult r = persist::load_scenario_path(argv[i]);
        if (!r.ok()) {
            errors.insert(errors.end(), r.errors.begin(), r.errors.end());
            continue;
        }
        presets.push_back({base_name(argv[i]), *r.file});
    }
    std::sort(presets.begin(), presets.end(),
              [](const LoadedPreset& a, const LoadedPreset& b) { return a.file < b.file; });
    std::set<std::string> ids;
    for (const LoadedPreset& p : presets) {
        if (!ids.insert(p.value.id).second)
            errors.push_back({p.file, "id", "duplicate preset id \"" + p.value.id + "\""});
    }
    if (!errors.empty()) {
        for (const persist::LoadError& e : errors)
            std::fprintf(stderr, "%s\n", e.to_string().c_str());
        std::fprintf(stderr,
                     "armistice_presetgen: %zu problem(s) in the presets; fix them and rebuild\n",
                     errors.size());
        return 2;
    }
    return armistice::datagen::write_file(argv[1], armistice::datagen::presets_source(presets),
                                          "armistice_presetgen")
               ? 0
               : 1;
}
