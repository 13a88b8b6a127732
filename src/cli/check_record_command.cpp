// check_record_command.cpp — `armistice check-record FILE [--json] [--min N]`: the acceptance
// model against the public record (engine/acceptance/record_check.h): one line per recorded
// reaction with the model's verdict, P(accepts) and margin, then the score.
// Exit codes: 0 ok; 1 file unreadable, or (with --min N) fewer than N matches or a proposer or
// signatory rejecting its own text; 2 usage error, malformed row or unknown preset (with line).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/commands.h"
#include "cli/json_writer.h"
#include "engine/acceptance/record_check.h"
#include "persist/file_read.h"
#include "persist/presets.h"
#include "persist/scenario_file.h"
#include "persist/text_util.h"

namespace armistice::cli {

namespace {

constexpr std::size_t kMaxRecordFileBytes = 1u << 20;  // bytes: far above any reactions table
constexpr const char* kUsage = "usage: armistice check-record FILE [--json] [--min N]\n";

void print_json(const RecordReport& rep) {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.key("rows");
    w.begin_array();
    for (const RecordMatch& m : rep.rows) {
        w.begin_object();
        w.key("line");
        w.value(m.row.line);
        w.key("preset");
        w.value(m.row.preset);
        w.key("party");
        w.value(party_id(m.row.party));
        w.key("reaction");
        w.value(m.row.accepts ? "accepts" : "rejects");
        w.key("own_text");
        w.value(m.row.own_text);
        w.key("model");
        w.value(m.model_accepts ? "accepts" : "rejects");
        w.key("p_accept");
        w.value(m.p_accept);
        w.key("margin");
        w.value(m.margin);
        w.key("match");
        w.value(m.match);
        w.end_object();
    }
    w.end_array();
    w.key("matched");
    w.value(rep.matched);
    w.key("total");
    w.value(static_cast<int>(rep.rows.size()));
    w.key("own_text_rows");
    w.value(rep.own_text_rows);
    w.key("own_text_rejected");
    w.value(rep.own_text_rejected);
    w.end_object();
    std::printf("%s\n", out.c_str());
}

void print_table(const RecordReport& rep) {
    std::printf("%-30s %-14s %-8s %-8s %9s %8s  %s\n", "preset", "party", "record", "model",
                "P(accept)", "margin", "");
    for (const RecordMatch& m : rep.rows) {
        std::printf("%-30s %-14s %-8s %-8s %8.0f%% %+8.1f  %s%s\n", m.row.preset.c_str(),
                    std::string(party_id(m.row.party)).c_str(), m.row.accepts ? "accepts" : "rejects",
                    m.model_accepts ? "accepts" : "rejects", 100.0 * m.p_accept, m.margin,
                    m.match ? "match" : "MISS", m.row.own_text ? "  (own text)" : "");
    }
    std::printf("\nMatched %d of %zu reactions; own texts: %d rows, %d rejected by the model.\n",
                rep.matched, rep.rows.size(), rep.own_text_rows, rep.own_text_rejected);
}

}  // namespace

void help_check_record(std::FILE* out) {
    std::fprintf(out,
                 "%s"
                 "FILE may be '-' for standard input; at most %zu bytes.\n"
                 "Matches each public reaction (format: data/validation/README.md) against the\n"
                 "model's verdict on the preset, with P(accepts) and the margin. With --min N, exits 1\n"
                 "when fewer than N match or when any proposer or signatory is scored as rejecting its\n"
                 "own text.\n",
                 kUsage, kMaxRecordFileBytes);
}

int cmd_check_record(int argc, char** argv) {
    std::string path;
    bool json = false;
    long min_matches = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json") {
            json = true;
        } else if (a == "--min") {
            char* end = nullptr;
            if (i + 1 >= argc || (min_matches = std::strtol(argv[i + 1], &end, 10), *end != '\0') ||
                min_matches < 0) {
                std::fprintf(stderr, "armistice check-record: --min needs a whole number >= 0\n");
                return kExitUsage;
            }
            ++i;
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "armistice check-record: unknown option '%s'\n",
                         persist::printable_name(a, 64).c_str());
            return kExitUsage;
        } else if (path.empty()) {
            path = a;
        } else {
            std::fprintf(stderr, "armistice check-record: only one FILE may be given\n");
            return kExitUsage;
        }
    }
    if (path.empty()) {
        std::fprintf(stderr, "%s", kUsage);
        return kExitUsage;
    }
    const std::string name = path == persist::kStdinName ? std::string(persist::kStdinLabel)
                                                         : persist::printable_name(path);
    const persist::FileRead read = persist::read_capped(path, kMaxRecordFileBytes);
    if (read.status != persist::ReadStatus::Ok) {
        std::fprintf(stderr, "armistice check-record: '%s' %s\n", name.c_str(), read.message.c_str());
        const bool unreadable = read.status == persist::ReadStatus::Failed ||
                                read.status == persist::ReadStatus::NotFound;
        return unreadable ? kExitFailure : kExitUsage;
    }
    const RecordParse parsed = parse_record_csv(read.text);
    if (!parsed.ok) {
        std::fprintf(stderr, "%s:%d: %s\n", name.c_str(), parsed.error_line,
                     persist::printable_name(parsed.error_message, 400).c_str());
        return kExitUsage;
    }
    const RecordRow* unknown = nullptr;
    const RecordReport rep = check_record(
        parsed.rows,
        [](std::string_view id) -> const Scenario* {
            const persist::ScenarioFile* f = persist::find_preset(id);
            return f ? &f->scenario : nullptr;
        },
        &unknown);
    if (unknown) {
        std::fprintf(stderr, "%s:%d: unknown preset '%s' (see 'armistice list')\n", name.c_str(),
                     unknown->line, persist::printable_name(unknown->preset, 64).c_str());
        return kExitUsage;
    }
    if (json) print_json(rep);
    else print_table(rep);
    if (min_matches >= 0 && (rep.matched < min_matches || rep.own_text_rejected > 0)) {
        std::fprintf(stderr, "armistice check-record: %d of %zu matched (need %ld), %d own texts rejected\n",
                     rep.matched, rep.rows.size(), min_matches, rep.own_text_rejected);
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace armistice::cli
