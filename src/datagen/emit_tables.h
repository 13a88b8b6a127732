// emit_tables.h — writes a checked data set (engine/data/data_set.h) as C++ source: the catalog
// and the party model the engine is compiled with (catalog_data.h, party_model_data.h).
//
// Invariant: the output depends only on the data set, so the same data gives the same bytes;
// dimensions and options appear in link-code order.
#pragma once

#include <string>

#include "engine/data/data_set.h"

namespace armistice::datagen {

std::string catalog_source(const data::DataSet& set);      // defines catalog_data::dimensions()
std::string party_model_source(const data::DataSet& set);  // defines party_model_data::models()

}  // namespace armistice::datagen
