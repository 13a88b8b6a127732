// link_command.cpp — `armistice link encode SCENARIO` and `armistice link decode LINK`.
//
// encode: SCENARIO is a scenario file, a preset id or a link; prints the link fragment
//         ("a1.…" or "a2.…", without '#') on one line. The file's note, goal and suggestions
//         setting go into the link; --note TEXT, --goal SPEC and --hide-hints override them.
// decode: LINK is a fragment, "#fragment" or a URL ending in one; prints the main scenario as a
//         scenario file (JSON, the format `armistice validate` and `link encode` read), with the
//         link's note, goal and suggestions setting, so it can be saved, edited and encoded
//         again. A compare partner, a start block, the note and the goal are also summarised on
//         stderr (the note as inert text: it is never interpreted).
// Bad input or usage: exit 2 with ONE line on stderr.
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "persist/link.h"
#include "persist/scenario_arg.h"
#include "persist/text_util.h"

namespace armistice::cli {

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: armistice link encode [--note TEXT] [--goal SPEC] [--hide-hints] "
                 "FILE|PRESET_ID | armistice link decode LINK\n");
    return kExitUsage;
}

struct EncodeArgs {
    const char* scenario = nullptr;
    std::optional<std::string> note;
    std::optional<persist::EducatorGoal> goal;
    bool hide_hints = false;
};

// Parses `link encode`'s arguments (argv[0] = "encode"); false after printing ONE message.
bool parse_encode(int argc, char** argv, EncodeArgs& a) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool takes_value = arg == "--note" || arg == "--goal";
        if (takes_value && i + 1 >= argc) {
            std::fprintf(stderr, "link encode: %s needs a value\n", arg.c_str());
            return false;
        }
        if (arg == "--note") {
            std::string note = argv[++i];
            const std::string why =
                persist::note_problem(note, persist::kMaxNoteChars, persist::kMaxNoteBytes);
            if (!why.empty()) {
                std::fprintf(stderr, "link encode: --note: the note %s\n", why.c_str());
                return false;
            }
            a.note = std::move(note);
        } else if (arg == "--goal") {
            std::string why;
            a.goal = persist::parse_goal_spec(argv[++i], &why);
            if (!a.goal) {
                std::fprintf(stderr, "link encode: --goal: %s\n", why.c_str());
                return false;
            }
        } else if (arg == "--hide-hints") {
            a.hide_hints = true;
        } else if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
            std::fprintf(stderr,
                         "link encode: unknown option %s (known: --note, --goal, --hide-hints)\n",
                         persist::printable_name(arg).c_str());
            return false;
        } else if (a.scenario != nullptr) {
            std::fprintf(stderr, "link encode: only one SCENARIO can be encoded\n");
            return false;
        } else {
            a.scenario = argv[i];
        }
    }
    if (a.scenario == nullptr) {
        usage();
        return false;
    }
    return true;
}

int encode(int argc, char** argv) {
    EncodeArgs args;
    if (!parse_encode(argc, argv, args)) return kExitUsage;
    const char* arg = args.scenario;
    const persist::LoadResult loaded = persist::load_scenario_arg(arg);
    if (!loaded.ok()) {
        std::string line = loaded.errors.front().to_string();
        if (loaded.errors.size() > 1) {
            line += " (and " + std::to_string(loaded.errors.size() - 1) + " more problems)";
        }
        std::fprintf(stderr, "%s\n", line.c_str());
        return kExitUsage;
    }
    persist::LinkState state = persist::link_state_from_file(*loaded.file);
    if (args.note) state.note = *args.note;
    if (args.goal) state.goal = *args.goal;
    if (args.hide_hints) state.suggestions_hidden = true;
    const std::string link = persist::encode_link(state);
    if (link.empty()) {
        std::fprintf(stderr, "%s: this scenario cannot be put in a link\n",
                     persist::printable_name(arg).c_str());
        return kExitUsage;
    }
    std::printf("%s\n", link.c_str());
    return kExitOk;
}

int decode(const char* arg) {
    const persist::DecodeResult r = persist::decode_link(arg);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.error.message().c_str());
        return kExitUsage;
    }
    const persist::LinkState& st = *r.state;
    std::fputs(persist::save_scenario_json(persist::file_from_link_state(st)).c_str(), stdout);
    if (st.compare) std::fprintf(stderr, "link: compares with \"%s\"\n", st.compare->name.c_str());
    if (st.start)
        std::fprintf(stderr, "link: the assignment started from \"%s\"\n", st.start->name.c_str());
    if (st.suggestions_hidden) std::fprintf(stderr, "link: suggestions hidden\n");
    if (const std::string notice = persist::link_view_notice(st); !notice.empty())
        std::fprintf(stderr, "link: %s\n", notice.c_str());
    if (!st.note.empty()) {
        std::string one_line = st.note;  // validated: no control characters except '\n'
        for (char& c : one_line) {
            if (c == '\n') c = ' ';
        }
        std::fprintf(stderr, "link: note: %s\n", one_line.c_str());
    }
    if (!st.goal.empty()) {
        std::fprintf(stderr, "link: goal: %s\n", persist::goal_spec(st.goal).c_str());
    }
    return kExitOk;
}

}  // namespace

void help_link(std::FILE* out) {
    std::fprintf(
        out,
        "usage: armistice link encode [--note TEXT] [--goal SPEC] [--hide-hints] SCENARIO\n"
        "       armistice link decode LINK\n"
        "  encode SCENARIO  prints the share-link fragment (a1.... / a2....) of a scenario file\n"
        "                   ('-' for standard input), a preset id or a link, with the file's\n"
        "                   note, goal and suggestions setting\n"
        "    --note TEXT    an educator's note (at most 280 characters, UTF-8)\n"
        "    --goal SPEC    a goal: all_accept, lawful, p_hold_60>=P (0..1), comma-separated,\n"
        "                   e.g. \"all_accept,p_hold_60>=0.5\"\n"
        "    --hide-hints   hide the closest-agreement and most-durable-deal suggestions\n"
        "  decode LINK      prints the link's scenario as a scenario file (JSON, with its note,\n"
        "                   goal and suggestions setting); LINK is a fragment, '#fragment' or a\n"
        "                   URL ending in one; a compare partner, start, note or goal in the\n"
        "                   link is also summarised on stderr\n");
}

int cmd_link(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "encode") == 0) return encode(argc - 1, argv + 1);
    if (argc != 3) return usage();
    if (std::strcmp(argv[1], "decode") == 0) return decode(argv[2]);
    return usage();
}

}  // namespace armistice::cli
