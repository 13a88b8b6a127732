// datagen_main.cpp — armistice_datagen DATA_DIR OUT_DIR TEXT_DIR: the build step that turns
// data/ into C++: the engine's tables (OUT_DIR/catalog_tables.cpp, party_model_tables.cpp,
// model_tables.cpp: the levers and lenses) and
// the string tables (TEXT_DIR/text/string_ids.h, TEXT_DIR/string_tables.cpp, and the page
// shell's TEXT_DIR/shell-strings.js); string_tables_en.cpp compiles in English only, for the page,
// which loads the other languages from TEXT_DIR/strings-<code>.pack when a reader picks one).
//
// Runs the same check as `armistice data check` (engine/data/data_set.h): on any problem it
// prints them as `file:line: field: problem` and exits 2, so the build fails with the messages.
// A host program in the native build; in the web build compiled with em++ and run under node.
#include <cstdio>
#include <string>
#include <vector>

#include "datagen/emit_model.h"
#include "datagen/emit_strings.h"
#include "datagen/emit_tables.h"
#include "datagen/write_file.h"
#include "engine/data/data_set.h"
#include "engine/data/string_set.h"

namespace {

bool write_file(const std::string& path, const std::string& text) {
    return armistice::datagen::write_file(path, text, "armistice_datagen");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: armistice_datagen DATA_DIR OUT_DIR TEXT_DIR\n");
        return 2;
    }
    std::vector<armistice::data::Problem> problems;
    const auto set = armistice::data::load_data_set(argv[1], problems);
    const auto strings = problems.empty() ? armistice::data::load_string_set(argv[1], set, problems)
                                          : armistice::data::StringSet{};
    if (!problems.empty()) {
        for (const auto& p : problems)
            std::fprintf(stderr, "%s\n", armistice::data::format_problem(p).c_str());
        std::fprintf(stderr, "armistice_datagen: %zu problem(s) in %s; fix them and rebuild\n",
                     problems.size(), argv[1]);
        return 2;
    }
    const std::string out = argv[2];
    const std::string text = argv[3];
    const bool ok =
        write_file(out + "/catalog_tables.cpp", armistice::datagen::catalog_source(set)) &&
        write_file(out + "/party_model_tables.cpp", armistice::datagen::party_model_source(set)) &&
        write_file(out + "/model_tables.cpp", armistice::datagen::model_source(set)) &&
        write_file(text + "/text/string_ids.h", armistice::datagen::string_ids_header(strings)) &&
        write_file(text + "/string_tables.cpp",
                   armistice::datagen::string_tables_source(strings, true)) &&
        write_file(text + "/string_tables_en.cpp",
                   armistice::datagen::string_tables_source(strings, false)) &&
        write_file(text + "/shell-strings.js", armistice::datagen::shell_strings_script(strings));
    bool packs = ok;
    for (std::size_t lang = 1; packs && lang < strings.codes.size(); ++lang)
        packs = write_file(text + "/strings-" + strings.codes[lang] + ".pack",
                           armistice::datagen::language_pack(strings, lang));
    return packs ? 0 : 1;
}
