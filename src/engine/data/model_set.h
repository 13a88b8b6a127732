// model_set.h — the model's own tables (data/model/): the context levers and the lenses, read and
// checked (data/README.md, "The model's levers and lenses").
//
// Purpose: load_model_set() is the ONE reader and schema check of data/model/; load_data_set()
// calls it, so `armistice data check` and the build (src/datagen, emit_model.h) see the same
// problems, each as `file:line: field: problem`. Units live in the `unit` column of levers.csv;
// the lenses' multipliers stay rows of the durability parameter table (lens_<lens>_<weight> in
// engine/durability/params.h, each with its value, range and source), which lenses.csv names.
// Invariants of a set returned with no problems: exactly kLeverCount levers and kLensCount lenses
// (the C++ enums Lever and LensId, which share links store by position: rows are append-only);
// ids are unique lower_snake_case; min < max, min <= default <= max, step > 0 and min, max and
// default on the step grid; every source is a known one; a lens with multipliers "parameters" has
// all six parameter rows.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/data/table.h"

namespace armistice::data {

struct LeverData {         // levers.csv
    std::size_t line = 0;  // of its row
    std::string id;
    std::string label;
    std::string unit;  // the unit of min, max, default and step, e.g. "% per year"
    double min = 0, max = 0, default_value = 0, step = 0;  // in `unit`
    SourceId source = SourceId::Assumption;
    std::string note;  // where the default comes from, or why it is an assumption
};

struct LensData {          // lenses.csv
    std::size_t line = 0;  // of its row
    std::string id;
    std::string label;
    std::string description;
    SourceId source = SourceId::Assumption;
    bool from_parameters = false;  // false: every multiplier is 1 (the evidence lens)
};

struct ModelSet {
    std::vector<LeverData> levers;  // index = Lever (file order)
    std::vector<LensData> lenses;   // index = LensId (file order)
};

inline constexpr const char* kLeversFile = "model/levers.csv";
inline constexpr const char* kLensesFile = "model/lenses.csv";

// The multipliers of a lens, in Lens field order (engine/lens.h); the parameter rows are
// lens_<lens id>_<weight>.
inline constexpr const char* kLensWeights[] = {"revisionism", "concession",  "western_presence",
                                               "deterrence",  "institution", "leverage"};

ModelSet load_model_set(const std::string& dir, std::vector<Problem>& problems);

// The append-only rule against the tables this program was built with: the built-in lever and
// lens ids, in enum order, must be the rows' ids in file order.
void check_model_kept(const std::vector<std::string_view>& lever_ids,
                      const std::vector<std::string_view>& lens_ids, const ModelSet& set,
                      const std::string& dir, std::vector<Problem>& problems);

}  // namespace armistice::data
