// model_card_command.cpp — `armistice model-card [--json]`: the durability model card
// (engine/durability/model_card.h): the model in plain words and every parameter with its source.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/english_text.h"
#include "cli/json_writer.h"
#include "engine/citations.h"
#include "engine/durability/mechanism_effects.h"
#include "engine/durability/model_card.h"
#include "engine/durability/params.h"
#include "engine/durability/sector_shares.h"
#include "persist/text_util.h"

namespace armistice::cli {

namespace {

// The whole card as plain text in English: the plain-words page, the paragraphs, the mechanisms,
// the sector table, then a fixed-width parameter table.
std::string model_card_text() {
    using namespace durability;
    std::string out = "Model card, in plain words\n\n";
    for (const PlainWords& w : model_card_plain_words()) {
        out += english(w.term);
        out += ": ";
        out += english(w.text);
        out += "\n\n";
    }
    out += "Durability model card (\"Will it hold?\")\n\n";
    for (std::string_view p : model_card_paragraphs()) {
        out += english(p);
        out += "\n\n";
    }
    out += "Mechanisms (how the durability model reads each one):\n";
    for (const MechanismEffect& e : mechanism_effects()) {
        out += "  ";
        out.append(mechanism_name(e.mechanism));
        out += e.reads.empty() ? ": no durability effect: " : ": ";
        out += english(e.reads.empty() ? e.no_effect_reason : e.reads);
        out += "\n";
    }
    out += "\nSeparation by sector:\n";
    for (const SectorRow& r : sector_table()) {
        out += "  ";
        out.append(r.option);
        out += ": ";
        out.append(r.sector);
        out += ", share of the front from ";
        out.append(param_table()[static_cast<std::size_t>(r.share)].name);
        out += "\n";
    }
    out += "\nParameters (value, range low-high, unit, source):\n";
    char buf[160];
    for (const ModelCardRow& r : model_card_rows()) {
        const std::string unit = english(r.unit);
        std::snprintf(buf, sizeof buf, "  %-30.*s %8.4g  [%g - %g]  %s\n",
                      static_cast<int>(r.name.size()), r.name.data(), r.value, r.low, r.high,
                      unit.c_str());
        out += buf;
        out += "      source: ";
        out += english(r.source);
        out += "\n";
    }
    return out;
}

}  // namespace

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
        std::fputs(cite_sources(model_card_text()).c_str(), stdout);
        return kExitOk;
    }
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.key("paragraphs");
    w.begin_array();
    for (std::string_view p : durability::model_card_paragraphs()) w.value(english(p));
    w.end_array();
    w.key("plain_words");  // the card's first page: what the page does, the terms it uses
    w.begin_array();
    for (const durability::PlainWords& p : durability::model_card_plain_words()) {
        w.begin_object();
        w.key("term");
        w.value(english(p.term));
        w.key("text");
        w.value(english(p.text));
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
        w.value(english(r.unit));
        w.key("source");
        w.value(english(r.source));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", out.c_str());
    return kExitOk;
}

}  // namespace armistice::cli
