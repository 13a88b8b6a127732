// model_card_command.cpp — `armistice model-card [--json]`: the durability model card
// (engine/durability/model_card.h): the model in plain words and every parameter with its source.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/json_writer.h"
#include "engine/citations.h"
#include "engine/durability/model_card.h"
#include "persist/text_util.h"

namespace armistice::cli {

void help_model_card(std::FILE* out) {
    std::fprintf(
        out,
        "usage: armistice model-card [--json]\n"
        "Prints the durability model card: what the model does and every parameter with its\n"
        "value, range, unit and source (or 'assumption').\n");
}

int cmd_model_card(int argc, char** argv) {
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json") json = true;
        else {
            std::fprintf(stderr, "armistice model-card: unknown argument '%s'\n",
                         persist::printable_name(a, 64).c_str());
            return kExitUsage;
        }
    }
    if (!json) {
        std::fputs(cite_sources(durability::model_card_text()).c_str(), stdout);
        return kExitOk;
    }
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.key("paragraphs");
    w.begin_array();
    for (std::string_view p : durability::model_card_paragraphs()) w.value(p);
    w.end_array();
    w.key("plain_words");  // the card's first page: what the page does, the terms it uses
    w.begin_array();
    for (const durability::PlainWords& p : durability::model_card_plain_words()) {
        w.begin_object();
        w.key("term");
        w.value(p.term);
        w.key("text");
        w.value(p.text);
        w.end_object();
    }
    w.end_array();
    w.key("parameters");
    w.begin_array();
    for (const auto& r : durability::model_card_rows()) {
        w.begin_object();
        w.key("name");
        w.value(r.name);
        w.key("value");
        w.value(r.value);
        w.key("low");
        w.value(r.low);
        w.key("high");
        w.value(r.high);
        w.key("unit");
        w.value(r.unit);
        w.key("source");
        w.value(r.source);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", out.c_str());
    return kExitOk;
}

}  // namespace armistice::cli
