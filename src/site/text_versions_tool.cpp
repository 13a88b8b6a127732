// text_versions_tool.cpp — writes the page's answers as text for every preset, at build time,
// for browsers that cannot run WebAssembly (web/app.js shows them; the service worker caches
// the file with the rest of the site).
//
// Usage: text_versions_tool OUT.json   (cmake/WebTextVersions.cmake runs the wasm build under
// node; the native build runs the same code). Exit 0 on success, 2 on bad arguments or I/O.
// Output: {"format": "armistice-text-versions", "version": 1, "default": "<preset id>",
//          "presets": [{"id", "name", "date", "link", "text"}, ...]} in date order (undated last).
//   link: the URL fragment the page shows for the preset just loaded (a1.…), so the page can
//         tell a link to an unchanged preset from an edited one;
//   text: ui::text_version(link), the same text the no-WebGL 2 page and screen readers get.
// Invariants: deterministic (seeded engine, presets compiled in): the same build writes the
// same bytes; the file is written whole or not at all (temporary file, then rename).
#include <cstdio>
#include <string>

#include "cli/json_writer.h"
#include "persist/link.h"
#include "ui/app_state.h"
#include "ui/link_sync.h"
#include "ui/preset_library.h"
#include "ui/text_version.h"

namespace {

using namespace armistice;

std::string text_versions_json() {
    ui::PresetLibrary presets;
    std::string out;
    cli::JsonWriter w(out);
    w.begin_object();
    w.key("format");
    w.value("armistice-text-versions");
    w.key("version");
    w.value(1);
    w.key("default");
    w.value(presets.entries().empty() ? std::string()
                                      : presets.entries()[presets.default_index()].file.id);
    w.key("presets");
    w.begin_array();
    for (std::size_t i : presets.by_date()) {
        const ui::PresetEntry& e = presets.entries()[i];
        ui::AppState state;
        state.load_fresh(e.file.scenario, e.file.scenario.name);
        const std::string link = persist::encode_link(ui::make_link_state(state));
        w.begin_object();
        w.key("id");
        w.value(e.file.id);
        w.key("name");
        w.value(e.file.scenario.name);
        w.key("date");
        w.value(e.date);
        w.key("link");
        w.value(link);
        w.key("text");
        w.value(ui::text_version(text::Strings(), link));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out += "\n";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: text_versions_tool OUT.json\n");
        return 2;
    }
    const std::string path = argv[1];
    const std::string tmp = path + ".tmp";
    const std::string json = text_versions_json();
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "text_versions_tool: cannot write %s\n", tmp.c_str());
        return 2;
    }
    const bool ok = std::fwrite(json.data(), 1, json.size(), f) == json.size();
    if (std::fclose(f) != 0 || !ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::fprintf(stderr, "text_versions_tool: writing %s failed\n", path.c_str());
        std::remove(tmp.c_str());
        return 2;
    }
    return 0;
}
