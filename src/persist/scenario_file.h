// scenario_file.h — scenario files (scenarios/*.json and user files): types, load, save.
//
// Purpose: one JSON format for presets and saved scenarios, read and written with cereal's
// rapidjson-backed JSON archives (non-member load/save in scenario_file_load.cpp /
// scenario_file_save.cpp). Format, version 1:
//
//   {
//     "format": "armistice-scenario", "version": 1,            // required, first check
//     "id": "norway_model",                                     // required, lower_snake_case, ≤ 64
//     B "name": "NATO membership, Norway variant",                // required, ≤ 120 B
//     "description": "Two or three sentences.",                 // optional, ≤ 1200 B, '\n' allowed
//     "meta": {"date": "2025-02-24", "proposer": "...",         // optional object
//              "status": "analysis", "sources": ["Seed 001: ..."],
//              "premise": ["alignment"]},                       // optional: dimension ids
//     "clauses": {"line": "current_line", ...},                 // dimension id → option id
//     "context": {"western_aid": 100, ...},                     // lever id → number (lever unit)
//     "lens": "evidence",                                       // Lens::key
//     "relaxed_red_lines": ["russia.no_nato"],                  // RedLine::id, no duplicates
//     "simulation": {"runs": 10000, "horizon_months": 120, "seed": 1},
//     "note": "Find a deal all four sign.",                    // optional: an educator's note,
//                                                               // ≤ 280 characters, '\n' allowed
//     "goal": "all_accept,lawful,p_hold_60>=0.5",               // optional: assignment.h spec
//     "suggestions": "hidden",                                  // optional: "hidden" / "shown"
//     "as_of": "2025-11"                                        // optional: the month whose
//                                                               // context the text is judged in
//   }
//
// "as_of" (issue #11) is an optional addition to version 1 like the assignment keys: absent =
// undated (Scenario::as_of 0: dated red lines do not apply); saved only when set. Presets carry
// the month of their meta.date, so they are judged in the context of their date.
//
// The three assignment keys (issue #15) are optional additions to version 1: a file without
// them reads and saves exactly as before; save_scenario_json writes each only when it is set.
//
// Defaults (documented, applied only when a key is absent): a missing dimension takes
// Dimension::default_option, a missing lever LeverInfo::default_value, a missing lens "evidence",
// missing relaxed_red_lines none, missing simulation keys the SimSettings defaults, missing
// meta keys "" / "analysis" / []. Everything else is strict: unknown keys, duplicate keys, wrong
// types, unknown ids, out-of-range or non-finite numbers, lever values off their step grid
// (LeverInfo::step, what a share link stores) and over-long strings are errors — nothing is
// clamped, truncated or guessed. The one tolerance: a lever value within kLeverRoundOff steps of
// a grid point (decimal round-off such as 0.30000000000000004) is read as that grid point.
//
// Safety: the text is size- and depth-checked by prescan_json() BEFORE cereal parses it; every
// cereal/rapidjson exception is caught inside these functions; then engine validate() runs.
// No function declared here throws (std::bad_alloc aside).
//
// Versioning: a file with "version" greater than kScenarioFileVersion is refused with a
// "made by a newer version" error; a format change adds a version and a migration in the loader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario.h"
#include "persist/assignment.h"
#include "persist/file_read.h"

namespace armistice::persist {

constexpr std::uint32_t kScenarioFileVersion = 1;
constexpr std::string_view kScenarioFileFormat = "armistice-scenario";
constexpr std::size_t kMaxScenarioFileBytes = 64 * 1024;  // checked before parsing
constexpr std::size_t kMaxScenarioFileDepth = 8;          // nested objects/arrays, root = 1
constexpr double kLeverRoundOff =
    1e-9;  // a lever within this many steps of a grid point is read as it
constexpr std::size_t kMaxMetaDateBytes = 32;
constexpr std::size_t kMaxMetaProposerBytes = 200;
constexpr std::size_t kMaxMetaSources = 16;
constexpr std::size_t kMaxMetaSourceBytes = 300;

// Where a proposal stands (meta.status). Append-only.
enum class PresetStatus : std::uint8_t {
    Analysis,    // "analysis": an analyst's construction, not tabled by anyone
    Tabled,      // "tabled": formally put on the table by a party
    Rejected,    // "rejected": tabled and rejected
    Superseded,  // "superseded": replaced by a later proposal
    Accepted,    // "accepted": accepted by the parties
    Reported,    // "reported": known from press reporting only
    Count
};

std::string_view preset_status_key(PresetStatus s);  // "analysis", ...; "" when out of range

struct PresetMeta {
    std::string date;      // free text, usually ISO "YYYY-MM-DD"; ≤ kMaxMetaDateBytes, may be ""
    std::string proposer;  // who proposed it; ≤ kMaxMetaProposerBytes, may be ""
    PresetStatus status = PresetStatus::Analysis;
    std::vector<std::string> sources;  // ≤ kMaxMetaSources entries, each ≤ kMaxMetaSourceBytes
    // Dimension ids whose clauses define the preset (e.g. "alignment" for a NATO variant): the
    // closest-agreement search keeps them unless no agreement can (closest.h premise). Known ids,
    // no duplicates; saved only when non-empty.
    std::vector<std::string> premise;

    bool operator==(const PresetMeta& o) const {
        return date == o.date && proposer == o.proposer && status == o.status &&
               sources == o.sources && premise == o.premise;
    }
    bool operator!=(const PresetMeta& o) const { return !(*this == o); }
};

struct ScenarioFile {
    std::string id;             // lower_snake_case, ≤ kMaxPresetIdBytes; authoritative on load:
                                // scenario.base_preset is set to it. save_scenario_json writes it.
    Scenario scenario;          // name, description, clauses, context, lens, red lines, sim
    std::optional<PresetMeta> meta;  // absent when the file has no "meta" object
    std::string note;                // educator note ("" = none), as in a share link
    EducatorGoal goal;               // empty() = none
    bool suggestions_hidden = false;  // "suggestions": "hidden"

    bool operator==(const ScenarioFile& o) const {
        return id == o.id && scenario == o.scenario && meta == o.meta && note == o.note &&
               goal == o.goal && suggestions_hidden == o.suggestions_hidden;
    }
    bool operator!=(const ScenarioFile& o) const { return !(*this == o); }
};

struct LoadError {
    std::string file;     // file name as given by the caller ("link" for links)
    std::string path;     // field path, e.g. "clauses.alignment", "context.western_aid"; "" = whole file
    std::string message;  // plain words: what is wrong and what is allowed

    std::string to_string() const;  // "file: path: message" (one line; file escaped for a terminal)
};

struct LoadResult {
    std::optional<ScenarioFile> file;  // set exactly when errors is empty
    std::vector<LoadError> errors;     // in document order; never empty when file is unset

    bool ok() const { return file.has_value(); }
};

// Parses and validates one scenario file. `file_name` is only used in messages.
LoadResult load_scenario_file(std::string_view text, std::string_view file_name);

// Reads `path` once (persist/file_read.h: "-" is standard input, named "standard input" in
// messages; directories, pipes and devices are refused; at most kMaxScenarioFileBytes are read)
// and loads it; I/O problems become a LoadError.
LoadResult load_scenario_path(const std::string& path);
// The second half of load_scenario_path(): loads what read_capped() returned, or reports why it
// failed, under `name`.
LoadResult load_scenario_read(const FileRead& read, const std::string& name);
inline constexpr std::string_view kStdinLabel = "standard input";

// Serialises `file` in the format above: every dimension and lever written explicitly,
// relaxed red lines in table order, "meta" only when present. Output ends with '\n'.
// Precondition: validate(file.scenario) is empty (ids of invalid codes are written as "").
std::string save_scenario_json(const ScenarioFile& file);

// lower_snake_case: [a-z0-9_]+, starts with a letter, ≤ kMaxPresetIdBytes.
bool is_valid_id(std::string_view id);

}  // namespace armistice::persist
