// datagen_main.cpp — armistice_datagen DATA_DIR OUT_DIR: the build step that turns data/ into
// the engine's C++ tables (OUT_DIR/catalog_tables.cpp, OUT_DIR/party_model_tables.cpp).
//
// Runs the same check as `armistice data check` (engine/data/data_set.h): on any problem it
// prints them as `file:line: field: problem` and exits 2, so the build fails with the messages.
// A host program in the native build; in the web build compiled with em++ and run under node.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "datagen/emit_tables.h"
#include "engine/data/data_set.h"

namespace {

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) std::fprintf(stderr, "armistice_datagen: cannot write %s\n", path.c_str());
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: armistice_datagen DATA_DIR OUT_DIR\n");
        return 2;
    }
    std::vector<armistice::data::Problem> problems;
    const auto set = armistice::data::load_data_set(argv[1], problems);
    if (!problems.empty()) {
        for (const auto& p : problems)
            std::fprintf(stderr, "%s\n", armistice::data::format_problem(p).c_str());
        std::fprintf(stderr, "armistice_datagen: %zu problem(s) in %s; fix them and rebuild\n",
                     problems.size(), argv[1]);
        return 2;
    }
    const std::string out = argv[2];
    const bool ok =
        write_file(out + "/catalog_tables.cpp", armistice::datagen::catalog_source(set)) &&
        write_file(out + "/party_model_tables.cpp", armistice::datagen::party_model_source(set));
    return ok ? 0 : 1;
}
