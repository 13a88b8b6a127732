// model_data.h — the context levers and lenses the engine is compiled with, generated from
// data/model/levers.csv and lenses.csv (src/datagen/emit_model.cpp, data/README.md).
//
// Purpose: context.cpp and lens.cpp serve these tables through lever_info() and lens(); nothing
// else includes this header. Invariants: index = the enum value (Lever, LensId); a lens's
// multipliers are 1 (the evidence lens) or the values of its lens_<id>_<weight> rows of the
// durability parameter table.
#pragma once

#include <array>

#include "engine/context.h"
#include "engine/lens.h"

namespace armistice::model_data {

const std::array<LeverInfo, kLeverCount>& levers();
std::array<Lens, kLensCount> lenses();  // built once by lens(), after the parameter table

}  // namespace armistice::model_data
