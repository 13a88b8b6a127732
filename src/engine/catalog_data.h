// catalog_data.h — internal: the catalog's dimensions as generated from data/catalog/*.csv and
// data/manifest/option_codes.csv by the build (src/datagen, data/README.md).
// Only catalog.cpp calls it, once, to assemble the immutable catalog.
#pragma once

#include <vector>

#include "engine/catalog.h"

namespace armistice::catalog_data {

// Every dimension, index = static_cast<size_t>(Dim); options in link-code order.
// Defined in the generated catalog_tables.cpp (build directory).
std::vector<Dimension> dimensions();

}  // namespace armistice::catalog_data
