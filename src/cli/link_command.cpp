// link_command.cpp — `armistice link encode SCENARIO` and `armistice link decode LINK`.
//
// encode: SCENARIO is a scenario file, a preset id or a link; prints the link fragment
//         ("a1.…", without '#') on one line.
// decode: LINK is a fragment, "#fragment" or a URL ending in one; prints the main scenario as a
//         scenario file (JSON, the format `armistice validate` and `link encode` read), so it can
//         be saved, edited and encoded again. A compare partner, note or goal in the link is
//         summarised on stderr (the note as inert text: it is never interpreted).
// Bad input or usage: exit 2 with ONE line on stderr.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "persist/link.h"
#include "persist/scenario_arg.h"
#include "persist/text_util.h"

namespace armistice::cli {

namespace {

int usage() {
    std::fprintf(stderr, "usage: armistice link encode FILE|PRESET_ID | armistice link decode LINK\n");
    return kExitUsage;
}

int encode(const char* arg) {
    const persist::LoadResult loaded = persist::load_scenario_arg(arg);
    if (!loaded.ok()) {
        std::string line = loaded.errors.front().to_string();
        if (loaded.errors.size() > 1) {
            line += " (and " + std::to_string(loaded.errors.size() - 1) + " more problems)";
        }
        std::fprintf(stderr, "%s\n", line.c_str());
        return kExitUsage;
    }
    const std::string link = persist::encode_link(persist::link_state_from_file(*loaded.file));
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
        std::string goal;
        if (st.goal.require_all_accept) goal += " all parties accept;";
        if (st.goal.require_lawful) goal += " no legal finding;";
        if (st.goal.min_p_hold_60) goal += " P(hold 60 months) >= " + std::to_string(*st.goal.min_p_hold_60) + ";";
        std::fprintf(stderr, "link: goal:%s\n", goal.c_str());
    }
    return kExitOk;
}

}  // namespace

void help_link(std::FILE* out) {
    std::fprintf(
        out,
        "usage: armistice link encode SCENARIO | armistice link decode LINK\n"
        "  encode SCENARIO  prints the share-link fragment (a1....) of a scenario file ('-'\n"
        "                   for standard input), a preset id or a link\n"
        "  decode LINK      prints the link's scenario as a scenario file (JSON); LINK is a\n"
        "                   fragment, '#fragment' or a URL ending in one; a compare partner,\n"
        "                   note or goal in the link is summarised on stderr\n");
}

int cmd_link(int argc, char** argv) {
    if (argc != 3) return usage();
    if (std::strcmp(argv[1], "encode") == 0) return encode(argv[2]);
    if (std::strcmp(argv[1], "decode") == 0) return decode(argv[2]);
    return usage();
}

}  // namespace armistice::cli
