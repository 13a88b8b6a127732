// scenario_file_load.cpp — load(JSONInputArchive, ...) for scenario files (see scenario_file.h).
//
// Order of checks: prescan (size, depth, syntax) → cereal parse → every member read with its
// type and id checked → "format"/"version" gate (a wrong format or a newer version is reported
// alone) → required keys → engine validate(). Nothing here throws out of load_scenario_file().
#include "persist/cereal_json.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "engine/red_lines.h"
#include "persist/file_read.h"
#include "persist/json_prescan.h"
#include "persist/json_reader.h"
#include "persist/link.h"  // kMaxNoteChars, kMaxNoteBytes
#include "persist/scenario_file.h"
#include "persist/text_util.h"

namespace armistice::persist {

namespace {

using detail::join_path;
using detail::JsonReader;

// Everything read from the file before the gate; unset optionals = key absent.
struct RawFile {
    std::optional<std::string> format;
    std::optional<std::uint32_t> version;
    std::optional<std::string> id;
    std::optional<std::string> name;
    ScenarioFile file;
};

std::optional<LensId> find_lens(std::string_view key) {
    for (std::size_t i = 0; i < kLensCount; ++i) {
        if (lens(static_cast<LensId>(i)).key == key) return static_cast<LensId>(i);
    }
    return std::nullopt;
}

std::optional<Lever> find_lever(std::string_view id) {
    for (std::size_t i = 0; i < kLeverCount; ++i) {
        if (lever_info(static_cast<Lever>(i)).id == id) return static_cast<Lever>(i);
    }
    return std::nullopt;
}

std::optional<PresetStatus> find_status(std::string_view key) {
    for (std::size_t i = 0; i < static_cast<std::size_t>(PresetStatus::Count); ++i) {
        if (preset_status_key(static_cast<PresetStatus>(i)) == key) return static_cast<PresetStatus>(i);
    }
    return std::nullopt;
}

void load_clauses(JsonReader& r, const std::string& key, Scenario& s) {
    const Catalog& cat = catalog();
    r.object(key, key, [&](const std::string& dim_id) {
        const std::string path = join_path(key, dim_id);
        const std::optional<Dim> dim = cat.find_dimension(dim_id);
        if (!dim) {
            r.error(path, "unknown dimension " + quote_text(dim_id) + " (known: " +
                              join_ids(cat.dimensions, [](const Dimension& d) { return d.id; }) + ")");
            r.skip(dim_id);
            return;
        }
        std::string option_id;
        if (!r.read_string(dim_id, path, option_id, 64, "an option id (a string)")) return;
        const std::optional<std::uint8_t> option = cat.find_option(*dim, option_id);
        if (!option) {
            r.error(path, "unknown option " + quote_text(option_id) + " (allowed: " +
                              join_ids(cat.at(*dim).options, [](const Option& o) { return o.id; }) +
                              ")");
            return;
        }
        s.set_choice(*dim, *option);
    });
}

void load_context(JsonReader& r, const std::string& key, Scenario& s) {
    r.object(key, key, [&](const std::string& lever_id) {
        const std::string path = join_path(key, lever_id);
        const std::optional<Lever> lever = find_lever(lever_id);
        if (!lever) {
            std::string known;
            for (std::size_t i = 0; i < kLeverCount; ++i) {
                known += (i ? ", " : "") + std::string(lever_info(static_cast<Lever>(i)).id);
            }
            r.error(path, "unknown lever " + quote_text(lever_id) + " (known: " + known + ")");
            r.skip(lever_id);
            return;
        }
        double v = 0;
        if (!r.read_double(lever_id, path, v)) return;
        // Decimal round-off from the program that wrote the file (0.30000000000000004 for 0.3)
        // is read as the step it is meant to be; anything further off the step grid, and any
        // value out of range, is refused by validate() with a message naming the step.
        const double on_grid = snap_lever_to_step(*lever, v);
        if (std::fabs(on_grid - v) <= kLeverRoundOff * lever_info(*lever).step) v = on_grid;
        s.context.set(*lever, v);
    });
}

void load_lens(JsonReader& r, const std::string& key, Scenario& s) {
    std::string k;
    if (!r.read_string(key, key, k, 64, "a lens key (a string)")) return;
    const std::optional<LensId> id = find_lens(k);
    if (!id) {
        std::string known;
        for (std::size_t i = 0; i < kLensCount; ++i) {
            known += (i ? ", " : "") + std::string(lens(static_cast<LensId>(i)).key);
        }
        r.error(key, "unknown lens " + quote_text(k) + " (allowed: " + known + ")");
        return;
    }
    s.lens = *id;
}

void load_red_lines(JsonReader& r, const std::string& key, Scenario& s) {
    std::vector<std::string> ids;
    if (!r.string_array(key, key, kMaxRedLines, 64, ids)) return;
    std::uint64_t mask = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string path = key + "[" + std::to_string(i) + "]";
        const std::optional<std::size_t> index = find_red_line(ids[i]);
        if (!index || *index >= kMaxRedLines) {
            r.error(path, "unknown red line " + quote_text(ids[i]) + " (known: " +
                              join_ids(red_lines(), [](const RedLine& l) { return l.id; }) + ")");
            continue;
        }
        const std::uint64_t bit = std::uint64_t{1} << *index;
        if (mask & bit) {
            r.error(path, "red line " + quote_text(ids[i]) + " is listed twice");
            continue;
        }
        mask |= bit;
    }
    s.relaxed_red_lines = mask;
}

void load_simulation(JsonReader& r, const std::string& key, SimSettings& sim) {
    r.object(key, key, [&](const std::string& k) {
        const std::string path = join_path(key, k);
        if (k == "runs") {
            r.read_u32(k, path, sim.runs, "a whole number of runs from 100 to 100000");
        } else if (k == "horizon_months") {
            r.read_u32(k, path, sim.horizon_months, "a whole number of months from 12 to 240");
        } else if (k == "seed") {
            r.read_u64(k, path, sim.seed, "a whole number from 0 to 18446744073709551615");
        } else {
            r.error(path, "unknown key " + quote_text(k) + " (known: runs, horizon_months, seed)");
            r.skip(k);
        }
    });
}

void check_clean(JsonReader& r, const std::string& path, const std::string& text) {
    if (!is_clean_utf8(text, false)) r.error(path, "contains control characters");
}

void load_meta(JsonReader& r, const std::string& key, std::optional<PresetMeta>& out) {
    PresetMeta meta;
    const bool is_object = r.object(key, key, [&](const std::string& k) {
        const std::string path = join_path(key, k);
        if (k == "date") {
            if (r.read_string(k, path, meta.date, kMaxMetaDateBytes)) check_clean(r, path, meta.date);
        } else if (k == "proposer") {
            if (r.read_string(k, path, meta.proposer, kMaxMetaProposerBytes))
                check_clean(r, path, meta.proposer);
        } else if (k == "status") {
            std::string status;
            if (!r.read_string(k, path, status, 32)) return;
            const std::optional<PresetStatus> st = find_status(status);
            if (!st) {
                r.error(path, "unknown status " + quote_text(status) +
                                  " (allowed: analysis, tabled, rejected, superseded, accepted, "
                                  "reported)");
                return;
            }
            meta.status = *st;
        } else if (k == "sources") {
            if (r.string_array(k, path, kMaxMetaSources, kMaxMetaSourceBytes, meta.sources)) {
                for (std::size_t i = 0; i < meta.sources.size(); ++i)
                    check_clean(r, path + "[" + std::to_string(i) + "]", meta.sources[i]);
            }
        } else if (k == "premise") {
            if (!r.string_array(k, path, kDimensionCount, 32, meta.premise)) return;
            for (std::size_t i = 0; i < meta.premise.size(); ++i) {
                const std::string at = path + "[" + std::to_string(i) + "]";
                if (!catalog().find_dimension(meta.premise[i])) {
                    r.error(at, "unknown dimension " + quote_text(meta.premise[i]));
                }
                for (std::size_t j = 0; j < i; ++j) {
                    if (meta.premise[j] == meta.premise[i]) {
                        r.error(at, "duplicate dimension " + quote_text(meta.premise[i]));
                    }
                }
            }
        } else {
            r.error(path, "unknown key " + quote_text(k) +
                              " (known: date, proposer, status, sources, premise)");
            r.skip(k);
        }
    });
    if (is_object) out = std::move(meta);
}

// The assignment keys: "note", "goal" (assignment.h spec) and "suggestions".
void load_assignment(JsonReader& r, const std::string& key, ScenarioFile& file) {
    if (key == "note") {
        std::string note;
        if (!r.read_string(key, key, note, kMaxNoteBytes)) return;
        if (std::string why = note_problem(note, kMaxNoteChars, kMaxNoteBytes); !why.empty()) {
            r.error(key, why);
            return;
        }
        file.note = note;
    } else if (key == "goal") {
        std::string spec, why;
        if (!r.read_string(key, key, spec, 200,
                           "a goal such as \"all_accept,lawful,p_hold_60>=0.5\""))
            return;
        if (const std::optional<EducatorGoal> goal = parse_goal_spec(spec, &why)) {
            file.goal = *goal;
        } else {
            r.error(key, why);
        }
    } else {  // "suggestions"
        std::string v;
        if (!r.read_string(key, key, v, 16, "\"hidden\" or \"shown\"")) return;
        if (v != "hidden" && v != "shown") {
            r.error(key, quote_text(v) + " is not allowed (allowed: hidden, shown)");
            return;
        }
        file.suggestions_hidden = v == "hidden";
    }
}

// "as_of": "YYYY-MM", the month whose context the text is judged in (scenario.h Scenario::as_of).
void load_as_of(JsonReader& r, const std::string& key, Scenario& s) {
    std::string v;
    if (!r.read_string(key, key, v, 16, "a month such as \"2025-11\"")) return;
    const bool shape =
        v.size() == 7 && v[4] == '-' &&
        std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
        v[5] >= '0' && v[5] <= '9' && v[6] >= '0' && v[6] <= '9';
    const int year = shape ? std::stoi(v.substr(0, 4)) : 0;
    const int month = shape ? std::stoi(v.substr(5, 2)) : 0;
    const std::uint16_t lo = kMinAsOf, hi = kMaxAsOf;
    if (!shape || month < 1 || month > 12 || month_code(year, month) < lo ||
        month_code(year, month) > hi) {
        r.error(key, quote_text(v) +
                         " is not a month between \"1991-01\" and \"2100-12\" "
                         "(write it as YYYY-MM, e.g. \"2025-11\")");
        return;
    }
    s.as_of = month_code(year, month);
}

void load_root(JsonReader& r, RawFile& raw) {
    Scenario& s = raw.file.scenario;
    r.members("", [&](const std::string& key) {
        if (key == "format") {
            std::string f;
            if (r.read_string(key, key, f, 64)) raw.format = f;
        } else if (key == "version") {
            std::uint32_t v = 0;
            if (r.read_u32(key, key, v, "a whole number such as 1")) raw.version = v;
        } else if (key == "id") {
            std::string id;
            if (!r.read_string(key, key, id, kMaxPresetIdBytes)) return;
            if (!is_valid_id(id)) {
                r.error(key, quote_text(id) + " is not a valid id (lower_snake_case: a-z, 0-9 and '_', "
                                          "starting with a letter)");
                return;
            }
            raw.id = id;
        } else if (key == "name") {
            std::string name;
            if (r.read_string(key, key, name, kMaxNameBytes)) raw.name = name;
        } else if (key == "description") {
            r.read_string(key, key, s.description, kMaxDescriptionBytes);
        } else if (key == "meta") {
            load_meta(r, key, raw.file.meta);
        } else if (key == "clauses") {
            load_clauses(r, key, s);
        } else if (key == "context") {
            load_context(r, key, s);
        } else if (key == "lens") {
            load_lens(r, key, s);
        } else if (key == "relaxed_red_lines") {
            load_red_lines(r, key, s);
        } else if (key == "simulation") {
            load_simulation(r, key, s.sim);
        } else if (key == "as_of") {
            load_as_of(r, key, s);
        } else if (key == "note" || key == "goal" || key == "suggestions") {
            load_assignment(r, key, raw.file);
        } else {
            r.error(key, "unknown key " + quote_text(key) +
                             " (known: format, version, id, name, description, meta, clauses, "
                             "context, lens, relaxed_red_lines, simulation, note, goal, "
                             "suggestions, as_of)");
            r.skip(key);
        }
    });
}

LoadResult fail_one(const std::string& file, const std::string& path, const std::string& message) {
    LoadResult result;
    result.errors.push_back({file, path, message});
    return result;
}

LoadResult load_impl(std::string_view text, const std::string& file) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 BOM
    PrescanLimits limits;
    limits.max_bytes = kMaxScenarioFileBytes;
    limits.max_depth = kMaxScenarioFileDepth;
    limits.max_string_bytes = 4096;
    const PrescanResult pre = prescan_json(text, limits);
    if (!pre.ok()) return fail_one(file, "", pre.message);

    RawFile raw;
    std::vector<LoadError> errors;
    {
        std::istringstream stream{std::string(text)};
        cereal::JSONInputArchive archive(stream);
        JsonReader reader(archive, file, errors);
        load_root(reader, raw);
    }

    // The gate: a file that is not ours, or is from a newer version, gets exactly one message.
    if (!raw.format || *raw.format != kScenarioFileFormat) {
        return fail_one(file, "format",
                        "not an Armistice scenario file: expected \"format\": \"armistice-scenario\"");
    }
    if (!raw.version) {
        // Present but unreadable: report what is wrong with it, not that it is missing.
        for (const LoadError& e : errors) {
            if (e.path == "version") return fail_one(file, "version", e.message);
        }
        return fail_one(file, "version", "missing: expected \"version\": 1");
    }
    if (*raw.version > kScenarioFileVersion) {
        return fail_one(file, "version",
                        "made by a newer version of Armistice Explorer (file format version " +
                            std::to_string(*raw.version) + "; this program reads up to version " +
                            std::to_string(kScenarioFileVersion) + ")");
    }
    if (*raw.version == 0) return fail_one(file, "version", "version 0 does not exist");
    if (!raw.id && std::none_of(errors.begin(), errors.end(), [](const LoadError& e) { return e.path == "id"; }))
        errors.push_back({file, "id", "missing: every scenario file needs an \"id\""});
    if (!raw.name && std::none_of(errors.begin(), errors.end(), [](const LoadError& e) { return e.path == "name"; }))
        errors.push_back({file, "name", "missing: every scenario file needs a \"name\""});
    if (!errors.empty()) {
        LoadResult result;
        result.errors = std::move(errors);
        return result;
    }

    raw.file.id = *raw.id;
    raw.file.scenario.name = *raw.name;
    raw.file.scenario.base_preset = *raw.id;
    for (const ValidationIssue& issue : validate(raw.file.scenario)) {
        errors.push_back({file, issue.path == "base_preset" ? "id" : issue.path, issue.message});
    }
    LoadResult result;
    if (errors.empty()) {
        result.file = std::move(raw.file);
    } else {
        result.errors = std::move(errors);
    }
    return result;
}

}  // namespace

std::string_view preset_status_key(PresetStatus s) {
    switch (s) {
        case PresetStatus::Analysis: return "analysis";
        case PresetStatus::Tabled: return "tabled";
        case PresetStatus::Rejected: return "rejected";
        case PresetStatus::Superseded: return "superseded";
        case PresetStatus::Accepted: return "accepted";
        case PresetStatus::Reported: return "reported";
        case PresetStatus::Count: break;
    }
    return "";
}

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxPresetIdBytes) return false;
    if (id[0] < 'a' || id[0] > 'z') return false;
    for (const char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

std::string LoadError::to_string() const {
    std::string out = printable_name(file);  // a file name may hold terminal escapes
    if (!path.empty()) out += ": " + path;
    out += ": " + message;
    return out;
}

LoadResult load_scenario_file(std::string_view text, std::string_view file_name) {
    const std::string file(file_name);
    try {
        return load_impl(text, file);
    } catch (const std::exception& e) {
        return fail_one(file, "", std::string("could not be read: ") + e.what());
    } catch (...) {
        return fail_one(file, "", "could not be read (unknown error)");
    }
}

LoadResult load_scenario_read(const FileRead& read, const std::string& name) {
    if (read.status == ReadStatus::TooLarge) {
        return fail_one(name, "", read.message + "; scenario files are small");
    }
    if (read.status != ReadStatus::Ok) return fail_one(name, "", read.message);
    return load_scenario_file(read.text, name);
}

LoadResult load_scenario_path(const std::string& path) {
    const std::string name = path == kStdinName ? std::string(kStdinLabel) : path;
    try {
        return load_scenario_read(read_capped(path, kMaxScenarioFileBytes), name);
    } catch (const std::exception& e) {
        return fail_one(name, "", std::string("could not be read: ") + e.what());
    }
}

}  // namespace armistice::persist
