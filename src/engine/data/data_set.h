// data_set.h — the domain data (data/README.md) read and checked: the catalog with every
// party's positions, in link-code order, as plain values.
//
// Purpose: load_data_set() is the ONE reader and schema check of data/. The `armistice data
// check` command prints its problems; the build-time generator (src/datagen) turns a clean data
// set into the C++ tables the engine is compiled with, so the engine parses nothing at start-up.
// Invariants of a data set returned with no problems: dimensions and options are in the order of
// their codes in manifest/option_codes.csv (index = link code, append-only); there are exactly
// kDimensionCount dimensions (the C++ enum Dim, catalog.h); every option has ≥ 1 source claim
// and one utility per party; every dimension one salience per party.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/data/model_set.h"
#include "engine/data/table.h"
#include "engine/party.h"

namespace armistice::data {

struct SourceClaim {  // option_sources.csv
    SourceId source;
    Stance stance;
    std::string note;
};

struct Position {   // one party's utility row (utilities.csv) or salience row (salience.csv)
    int value = 0;  // utility points −100 … +100, or salience 0 … 30; 0 for a left-open option
    SourceId source = SourceId::Assumption;
    std::string note;
};

struct OptionData {  // options.csv
    std::string id;  // unqualified, lower_snake_case
    std::string label;
    std::string description;
    ClauseKind kind = ClauseKind::Negotiable;
    MechanismSet mechanisms;
    std::vector<SourceClaim> sources;           // in file order
    std::array<Position, kPartyCount> utility;  // index = Party
};

struct DimensionData {  // dimensions.csv
    std::string id;
    std::string label;
    std::string question;
    Track track = Track::Ceasefire;
    std::size_t default_option = 0;              // index into options
    std::vector<OptionData> options;             // index = link code
    std::array<Position, kPartyCount> salience;  // index = Party
};

struct DataSet {
    std::vector<DimensionData> dimensions;  // index = link code = static_cast<size_t>(Dim)
    std::size_t manifest_codes = 0;         // rows of manifest/option_codes.csv
    std::map<std::string, std::size_t> manifest_lines;  // id ("line", "line.left_open") -> line
    std::size_t source_claims = 0;
    ModelSet model;  // data/model/: the context levers and the lenses (model_set.h)
};

// The files, relative to the data directory.
inline constexpr const char* kDimensionsFile = "catalog/dimensions.csv";
inline constexpr const char* kOptionsFile = "catalog/options.csv";
inline constexpr const char* kOptionSourcesFile = "catalog/option_sources.csv";
inline constexpr const char* kUtilitiesFile = "positions/utilities.csv";
inline constexpr const char* kSalienceFile = "positions/salience.csv";
inline constexpr const char* kManifestFile = "manifest/option_codes.csv";

// Reads and checks every file under `dir`; appends one Problem per defect (file paths are
// `dir` + "/" + the file). The data set is meaningful only when no problem was added.
DataSet load_data_set(const std::string& dir, std::vector<Problem>& problems);

// The append-only rule against a catalog compiled earlier (normally this program's own,
// catalog()): every dimension and option code `built_in` has must name the same id in `set`.
// A code removed or reordered in the manifest is reported at `manifest_path`.
void check_codes_kept(const Catalog& built_in, const DataSet& set, const std::string& manifest_path,
                      std::vector<Problem>& problems);

}  // namespace armistice::data
