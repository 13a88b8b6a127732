// scenario_commands.cpp — `armistice list`, `armistice show`, `armistice validate`.
//
// list: the built-in presets, one line each (id, date, status, name), then the first sentence of
// the description; name and description in the --lang language.
// show FILE|LINK|PRESET: the scenario in plain words (text::describe_scenario, in the --lang
// language) plus its meta.
// validate FILE...: exit 0 when every file is a valid scenario, 2 with one message per problem.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "engine/citations.h"
#include "persist/edited_from.h"
#include "persist/presets.h"
#include "persist/scenario_arg.h"
#include "persist/text_util.h"
#include "text/data_text.h"
#include "text/scenario_text.h"

namespace armistice::cli {

namespace {

void print_errors(const std::vector<persist::LoadError>& errors) {
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
}

std::string first_sentence(const std::string& text) {
    const auto end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

}  // namespace

void help_show(std::FILE* out) {
    std::fprintf(
        out,
        "usage: armistice show SCENARIO\n"
        "Prints a scenario in plain words, with its proposer, date and sources.\n\n"
        "  SCENARIO  a scenario file, '-' for standard input, a share link, or a preset id\n");
}

void help_validate(std::FILE* out) {
    std::fprintf(
        out,
        "usage: armistice validate FILE...\n"
        "Checks scenario files; prints one line per file, and exits 2 with one message per\n"
        "problem (file, field, what is wrong) when any file is invalid.\n\n"
        "  FILE  a scenario file, or '-' for standard input (directories, named pipes and\n"
        "        devices are refused; files are at most %zu bytes)\n",
        persist::kMaxScenarioFileBytes);
}

int cmd_list(const text::Strings& t, int argc, char** argv) {
    (void)argv;
    if (argc > 1) {
        std::fprintf(stderr, "usage: armistice list [--lang CODE]\n");
        return kExitUsage;
    }
    const auto preset_text = [&t](const persist::ScenarioFile& f, const char* field,
                                  const std::string& own) {
        return std::string(text::data_key_text(t, "preset", f.id, field, own));
    };
    for (const auto& file : persist::presets()) {
        const std::string date = file.meta ? file.meta->date : "";
        const std::string status =
            file.meta ? std::string(persist::preset_status_key(file.meta->status)) : "";
        std::printf("%-30s %-10s %-10s %s\n", file.id.c_str(), date.c_str(), status.c_str(),
                    preset_text(file, "name", file.scenario.name).c_str());
        std::printf(
            "%-30s %s\n", "",
            first_sentence(preset_text(file, "description", file.scenario.description)).c_str());
    }
    return kExitOk;
}

int cmd_show(const text::Strings& t, int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: armistice show FILE|LINK|PRESET_ID\n");
        return kExitUsage;
    }
    const persist::LoadResult loaded = persist::load_scenario_arg(argv[1]);
    if (!loaded.ok()) {
        print_errors(loaded.errors);
        return kExitUsage;
    }
    const persist::ScenarioFile& file = *loaded.file;
    // An edited preset says so: "Edited from: <preset> (N changes)" and the list of changes.
    std::fputs(
        cite_sources(text::describe_scenario(t, persist::with_honest_labels(file.scenario, t)))
            .c_str(),
        stdout);
    using text::Str;
    const auto line = [&t](Str id, std::string_view name, const std::string& value) {
        std::printf("%s\n", t.format(id, {{name, value}}).c_str());
    };
    if (!file.note.empty()) {
        std::printf("\n");
        line(Str::cli_show_note, "note", file.note);
    }
    if (!file.goal.empty()) line(Str::cli_show_goal, "goal", persist::goal_spec(file.goal));
    if (file.suggestions_hidden) std::printf("%s\n", t(Str::cli_show_suggestions_hidden));
    if (file.meta) {
        std::printf("\n");
        // A built-in preset's proposer and status in t's language (the preset's rows; a status
        // is a key of the preset format, "tabled", whose words are a timeline row).
        const persist::ScenarioFile* preset = persist::find_preset(file.id);
        const bool preset_proposer = preset != nullptr && preset->meta &&
                                     preset->meta->proposer == file.meta->proposer;
        line(Str::cli_show_proposed_by, "proposer",
             preset_proposer ? std::string(text::data_key_text(t, "preset", file.id, "proposer",
                                                               file.meta->proposer))
                             : file.meta->proposer);
        line(Str::cli_show_date, "date", file.meta->date);
        const std::string status(persist::preset_status_key(file.meta->status));
        const char* status_words = t.find("timeline.status." + status);
        line(Str::cli_show_status, "status", status_words ? status_words : status);
        for (const auto& source : file.meta->sources) line(Str::cli_show_source, "source", source);
    }
    return kExitOk;
}

int cmd_validate(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: armistice validate FILE...\n");
        return kExitUsage;
    }
    int status = kExitOk;
    for (int i = 1; i < argc; ++i) {
        const persist::LoadResult loaded = persist::load_scenario_path(argv[i]);
        if (loaded.ok()) {
            const std::string name = argv[i] == std::string(persist::kStdinName)
                                         ? std::string(persist::kStdinLabel)
                                         : persist::printable_name(argv[i]);
            std::printf("%s: valid (%s)\n", name.c_str(), loaded.file->id.c_str());
        } else {
            print_errors(loaded.errors);
            status = kExitUsage;
        }
    }
    return status;
}

}  // namespace armistice::cli
