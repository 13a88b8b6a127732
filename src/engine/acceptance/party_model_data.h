// party_model_data.h — internal: the party model as generated from data/positions/*.csv by the
// build (src/datagen, data/README.md). Only party_model.cpp calls it, once, to assemble the
// immutable party model.
#pragma once

#include <vector>

#include "engine/acceptance/party_model.h"

namespace armistice::party_model_data {

// One model per dimension, index = static_cast<size_t>(Dim); rows in catalog (link-code) order.
// Left-open rows hold 0: party_model.cpp replaces them by each party's expectation of later
// talks (party_model.h). Defined in the generated party_model_tables.cpp (build directory).
std::vector<DimensionModel> models();

}  // namespace armistice::party_model_data
