// text_versions_tool.cpp — writes the page's answers as text for every preset, at build time,
// for browsers that cannot run WebAssembly (web/app.js shows them; the service worker caches
// the file with the rest of the site).
//
// Usage: text_versions_tool DIR   (cmake/WebTextVersions.cmake runs the wasm build under node;
// the native build runs the same code). Exit 0 on success, 2 on bad arguments or I/O.
// Writes one file per language of the string tables: DIR/answers-as-text.json in English (the
// path old pages fetch) and DIR/answers-as-text-<code>.json for each other language, so a
// reader without WebAssembly downloads only their own language.
// Output: {"format": "armistice-text-versions", "version": 1, "language": "<code>",
//          "default": "<preset id>",
//          "presets": [{"id", "name", "date", "link", "text"}, ...]} in date order (undated last);
//   name and text in that language; id, date and link the same in every file.
//   link: the URL fragment the page shows for the preset just loaded (a1.…), so the page can
//         tell a link to an unchanged preset from an edited one;
//   text: ui::text_version(link), the same text the no-WebGL 2 page and screen readers get.
// Invariants: deterministic (seeded engine, presets compiled in): the same build writes the
// same bytes; the file is written whole or not at all (temporary file, then rename).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/json_writer.h"
#include "persist/link.h"
#include "ui/app_state.h"
#include "ui/data_text.h"
#include "ui/link_sync.h"
#include "ui/preset_library.h"
#include "ui/text_version.h"

namespace {

using namespace armistice;

// One preset's answers, evaluated once for every language.
struct PresetText {
    std::size_t entry;  // index into PresetLibrary::entries()
    std::string link;
    ui::TextVersion answers;
};

std::string text_versions_json(const ui::PresetLibrary& presets,
                               const std::vector<PresetText>& texts, const text::Strings& t) {
    std::string out;
    cli::JsonWriter w(out);
    w.begin_object();
    w.key("format");
    w.value("armistice-text-versions");
    w.key("version");
    w.value(1);
    w.key("language");
    w.value(t.code());
    w.key("default");
    w.value(presets.entries().empty() ? std::string()
                                      : presets.entries()[presets.default_index()].file.id);
    w.key("presets");
    w.begin_array();
    for (const PresetText& p : texts) {
        const ui::PresetEntry& e = presets.entries()[p.entry];
        w.begin_object();
        w.key("id");
        w.value(e.file.id);
        w.key("name");
        w.value(std::string(ui::preset_name(t, e)));
        w.key("date");
        w.value(e.date);
        w.key("link");
        w.value(p.link);
        w.key("text");
        w.value(p.answers.text(t));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out += "\n";
    return out;
}

// i18n-exempt-begin: the build tool's own diagnostics, read by developers in the build log
// Writes `json` to `path` whole or not at all; false (with a message) on failure.
bool write_whole(const std::string& path, const std::string& json) {
    const std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "text_versions_tool: cannot write %s\n",
                     tmp.c_str());
        return false;
    }
    const bool ok = std::fwrite(json.data(), 1, json.size(), f) == json.size();
    if (std::fclose(f) != 0 || !ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::fprintf(stderr, "text_versions_tool: writing %s failed\n",
                     path.c_str());
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: text_versions_tool DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    const ui::PresetLibrary presets;
    std::vector<PresetText> texts;
    for (std::size_t i : presets.by_date()) {
        const ui::PresetEntry& e = presets.entries()[i];
        ui::AppState state;
        state.load_fresh(e.file.scenario, e.file.scenario.name);
        std::string link = persist::encode_link(ui::make_link_state(state));
        ui::TextVersion answers(link);
        texts.push_back({i, std::move(link), std::move(answers)});
    }
    for (std::size_t lang = 0; lang < text::language_count(); ++lang) {
        if (!text::embedded(lang)) {  // a tool built with English only would write English twice
            const char* code = text::language_code(lang);
            std::fprintf(stderr, "text_versions_tool: %s is not compiled in\n", code);
            return 2;
        }
        const text::Strings t(lang);
        const std::string name = lang == 0 ? std::string("answers-as-text.json")
                                           : "answers-as-text-" + std::string(t.code()) + ".json";
        if (!write_whole(dir + "/" + name, text_versions_json(presets, texts, t))) return 2;
    }
    return 0;
}
// i18n-exempt-end
