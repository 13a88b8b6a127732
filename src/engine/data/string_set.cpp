// string_set.cpp — reading and checking data/strings/ (see string_set.h).
#include "engine/data/string_set.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

namespace armistice::data {

namespace {

constexpr const char* kCatalogFile = "catalog.csv";  // derived keys: dimension.*, option.*
constexpr const char* kPresetsFile = "presets.csv";  // derived keys: preset.*
constexpr const char* kModelFile = "model.csv";      // derived keys: lever.*, lens.* (model_set.h)
constexpr const char* kGlossaryFile = "glossary.csv";  // terms for translators, not strings

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

bool name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// lower_snake segments joined by dots: "top.share_link".
bool valid_key(std::string_view id) {
    if (id.empty() || id.front() == '.' || id.back() == '.') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (id[i] == '.') {
            if (id[i - 1] == '.') return false;
        } else if (!name_char(id[i])) {
            return false;
        }
    }
    return true;
}

bool derived_prefix(std::string_view id) {
    for (const char* p : {"dimension.", "option.", "preset.", "lever.", "lens."})
        if (id.rfind(p, 0) == 0) return true;
    return false;
}

// The C++ enumerator a key becomes (dots to underscores): two keys must not meet there.
std::string enumerator(std::string_view id) {
    std::string s(id);
    std::replace(s.begin(), s.end(), '.', '_');
    return s;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "{" : ", {") + s + "}";
    return out.empty() ? "none" : out;
}

// The .csv files of a folder, by name, sorted; empty when the folder cannot be read.
std::vector<std::string> csv_files(const std::string& folder, bool& readable) {
    std::vector<std::string> out;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec), end;
    readable = !ec;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct KeyInfo {
    std::size_t index;                      // in StringSet::keys
    std::string file;                       // file name within a language folder
    std::string origin;                     // where English defines it ("en/ui.csv:12")
    std::vector<std::string> placeholders;  // sorted
};

struct Loader {
    std::string dir;
    const DataSet& data;
    std::vector<Problem>& problems;
    StringSet set;
    std::map<std::string, KeyInfo> keys;

    std::string path(const std::string& rel) const { return dir + "/" + kStringsDir + "/" + rel; }
    void add(const std::string& file, std::size_t line, std::string field, std::string msg) {
        problems.push_back({file, line, std::move(field), std::move(msg)});
    }
    KeyInfo& define(const std::string& id, std::string file, std::string origin,
                    std::string_view english) {
        KeyInfo info{set.keys.size(), std::move(file), std::move(origin), placeholders(english)};
        set.keys.push_back(id);
        set.texts[0].emplace_back(english);
        return keys.emplace(id, std::move(info)).first->second;
    }
    void languages();
    void english();
    void derived();
    void translation(std::size_t lang);
    void preset_keys();
};

void Loader::languages() {
    const Table t = read_table(dir + "/" + kLanguagesFile, {{"code", true}, {"name", true}},
                               problems);
    for (const Row& r : t.rows) {
        const std::string& code = t.cell(r, "code");
        const std::string& name = t.cell(r, "name");
        const bool ok_code = code.size() >= 2 && code.size() <= 3 &&
                             std::all_of(code.begin(), code.end(),
                                         [](char c) { return c >= 'a' && c <= 'z'; });
        if (!ok_code) {
            add(t.file, r.line, "code", "bad language code " + in_quotes(code) +
                                            " (two or three lower-case letters, ISO 639-1)");
            continue;
        }
        if (std::find(set.codes.begin(), set.codes.end(), code) != set.codes.end()) {
            add(t.file, r.line, "code", "language " + in_quotes(code) + " appears twice");
            continue;
        }
        if (name.empty()) add(t.file, r.line, "name", "missing");
        if (set.codes.empty() && code != "en")
            add(t.file, r.line, "code", "the first language must be 'en' (the source language)");
        set.codes.push_back(code);
        set.names.push_back(name);
    }
    if (set.codes.empty() && !t.file.empty() && problems.empty())
        add(t.file, 1, "record", "no language listed");
    set.texts.resize(set.codes.size());
}

void Loader::english() {
    bool readable = false;
    const std::vector<std::string> files = csv_files(path("en"), readable);
    if (!readable) add(path("en"), 0, "file", "cannot be read (the English string tables)");
    for (const std::string& name : files) {
        if (name == kGlossaryFile) continue;
        const Table t =
            read_table(path("en/" + name), {{"id", true}, {"text", true}, {"note", false}},
                       problems);
        if (name == kCatalogFile || name == kPresetsFile || name == kModelFile) {
            if (!t.rows.empty())
                add(t.file, t.rows.front().line, "file",
                    "English catalog, model and preset texts live in the data rows themselves "
                    "(data/catalog, data/model, scenarios/); this file must not exist");
            continue;
        }
        for (const Row& r : t.rows) {
            const std::string& id = t.cell(r, "id");
            const std::string& text = t.cell(r, "text");
            if (!valid_key(id)) {
                add(t.file, r.line, "id",
                    "bad id " + in_quotes(id) + " (lower_snake words joined by dots)");
                continue;
            }
            if (derived_prefix(id)) {
                add(t.file, r.line, "id",
                    in_quotes(id) +
                        ": dimension.*, option.*, lever.*, lens.* and preset.* ids come from the "
                        "data");
                continue;
            }
            if (const auto seen = keys.find(id); seen != keys.end()) {
                add(t.file, r.line, "id",
                    in_quotes(id) + " appears twice (first at " + seen->second.origin + ")");
                continue;
            }
            for (const auto& [other, info] : keys) {
                if (enumerator(other) == enumerator(id))
                    add(t.file, r.line, "id",
                        in_quotes(id) + " and " + in_quotes(other) + " (" + info.origin +
                            ") differ only in '.' against '_'");
            }
            std::string bad;
            placeholders(text, &bad);
            if (text.empty()) add(t.file, r.line, "text", "missing");
            if (!bad.empty()) add(t.file, r.line, "text", bad);
            define(id, name, "en/" + name + ":" + std::to_string(r.line), text);
        }
    }
    set.static_keys = set.keys.size();
    if (readable && set.static_keys == 0)
        add(path("en"), 0, "file", "no string defined (the page needs its English texts)");
}

void Loader::derived() {
    for (const DimensionData& d : data.dimensions) {
        const std::string origin = std::string(kDimensionsFile) + " '" + d.id + "'";
        define("dimension." + d.id + ".label", kCatalogFile, origin, d.label);
        define("dimension." + d.id + ".question", kCatalogFile, origin, d.question);
        for (const OptionData& o : d.options) {
            const std::string q = d.id + "." + o.id;
            const std::string o_origin = std::string(kOptionsFile) + " '" + q + "'";
            define("option." + q + ".label", kCatalogFile, o_origin, o.label);
            define("option." + q + ".description", kCatalogFile, o_origin, o.description);
        }
    }
    for (const LeverData& l : data.model.levers) {
        const std::string origin = std::string(kLeversFile) + " '" + l.id + "'";
        define("lever." + l.id + ".label", kModelFile, origin, l.label);
        define("lever." + l.id + ".unit", kModelFile, origin, l.unit);
        define("lever." + l.id + ".note", kModelFile, origin, l.note);
    }
    for (const LensData& l : data.model.lenses) {
        const std::string origin = std::string(kLensesFile) + " '" + l.id + "'";
        define("lens." + l.id + ".label", kModelFile, origin, l.label);
        define("lens." + l.id + ".description", kModelFile, origin, l.description);
    }
    // English keeps the data rows' own text: texts[0] is empty for every derived key.
    for (std::size_t k = set.static_keys; k < set.keys.size(); ++k) set.texts[0][k].clear();
}

// preset.* keys are whatever the translations define (the presets are not visible here); each
// must be defined by every translation.
void Loader::preset_keys() {
    std::set<std::string> ids;
    for (std::size_t lang = 1; lang < set.codes.size(); ++lang) {
        std::vector<Problem> again;  // translation() reads the file again and reports them
        const Table t = read_table(path(set.codes[lang] + "/" + kPresetsFile),
                                   {{"id", true}, {"text", true}}, again);
        for (const Row& r : t.rows) {
            const std::string& id = t.cell(r, "id");
            if (id.rfind("preset.", 0) == 0 && valid_key(id)) ids.insert(id);
        }
    }
    for (const std::string& id : ids) {
        KeyInfo& k = define(id, kPresetsFile, "the preset of that id (scenarios/)", "");
        k.placeholders.clear();
    }
}

void Loader::translation(std::size_t lang) {
    const std::string& code = set.codes[lang];
    bool readable = false;
    const std::vector<std::string> files = csv_files(path(code), readable);
    if (!readable) {
        add(path(code), 0, "file", "cannot be read (the " + code + " string tables)");
        return;
    }
    std::vector<std::string>& texts = set.texts[lang];
    texts.assign(set.keys.size(), std::string());
    std::vector<std::size_t> seen_line(set.keys.size(), 0);
    std::set<std::string> file_names(files.begin(), files.end());
    for (const std::string& name : files) {
        if (name == kGlossaryFile) continue;
        const Table t = read_table(path(code + "/" + name), {{"id", true}, {"text", true}}, problems);
        for (const Row& r : t.rows) {
            const std::string& id = t.cell(r, "id");
            const std::string& text = t.cell(r, "text");
            const auto k = keys.find(id);
            if (k == keys.end()) {
                add(t.file, r.line, "id", in_quotes(id) + " is not a key of the English tables");
                continue;
            }
            const KeyInfo& info = k->second;
            if (info.file != name) {
                add(t.file, r.line, "id", in_quotes(id) + " belongs in " + code + "/" + info.file);
                continue;
            }
            if (seen_line[info.index] != 0) {
                add(t.file, r.line, "id",
                    in_quotes(id) + " appears twice (first at line " +
                        std::to_string(seen_line[info.index]) + ")");
                continue;
            }
            seen_line[info.index] = r.line;
            std::string bad;
            const std::vector<std::string> names = placeholders(text, &bad);
            if (text.empty()) {
                add(t.file, r.line, "text", "missing");
            } else if (!bad.empty()) {
                add(t.file, r.line, "text", bad);
            } else if (names != info.placeholders) {
                add(t.file, r.line, "text",
                    "placeholders " + joined(names) + " differ from English " +
                        joined(info.placeholders) + " (" + info.origin + ")");
            }
            texts[info.index] = text;
        }
    }
    for (const auto& [id, info] : keys) {
        if (seen_line[info.index] != 0) continue;
        const std::string file = path(code + "/" + info.file);
        add(file, file_names.count(info.file) ? 1 : 0, "id",
            "missing " + in_quotes(id) + " (English: " + info.origin + ")");
    }
}

}  // namespace

std::vector<std::string> placeholders(std::string_view text, std::string* bad) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') {
            if (bad) *bad = "'}' at byte " + std::to_string(i) + " closes no placeholder";
            break;
        }
        if (text[i] != '{') continue;
        const std::size_t close = text.find('}', i);
        const std::string_view name =
            close == std::string_view::npos ? text.substr(i + 1) : text.substr(i + 1, close - i - 1);
        const bool ok = close != std::string_view::npos && !name.empty() &&
                        std::all_of(name.begin(), name.end(), name_char) &&
                        !(name[0] >= '0' && name[0] <= '9');
        if (!ok) {
            if (bad)
                *bad = "'{' at byte " + std::to_string(i) +
                       " opens no placeholder (write {lower_snake_name})";
            break;
        }
        out.emplace_back(name);
        i = close;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

StringSet load_string_set(const std::string& dir, const DataSet& data,
                          std::vector<Problem>& problems) {
    const std::size_t before = problems.size();
    Loader l{dir, data, problems, {}, {}};
    l.languages();
    if (problems.size() != before || l.set.codes.empty()) return std::move(l.set);
    l.english();
    l.derived();
    l.preset_keys();
    for (std::size_t lang = 1; lang < l.set.codes.size(); ++lang) l.translation(lang);
    return std::move(l.set);
}

}  // namespace armistice::data
