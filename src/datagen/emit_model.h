// emit_model.h — writes the checked model tables (engine/data/model_set.h: the context levers
// and the lenses) as C++ source defining engine/model_data.h.
//
// Invariant: the output depends only on the data set, rows in file order (= enum order); every
// number is written with 17 significant digits, so it compiles to the very double the cell holds.
#pragma once

#include <string>

#include "engine/data/data_set.h"

namespace armistice::datagen {

std::string model_source(const data::DataSet& set);  // defines model_data::levers(), lenses()

}  // namespace armistice::datagen
