// reference_export.h — the model input as JSON for the independent numpy reference (bench/).
//
// Purpose: bench/reference.py re-implements the hazard model from this description (mechanism
// names, lens weights, levers, and the K parameter sets by name) and simulates it with its own
// random numbers; a test compares its survival curve with the engine's within sampling error.
// Invariant: numbers are printed with 17 significant digits (round-trip exact).
#pragma once

#include <cstdint>
#include <string>

#include "engine/durability/hazard_core.h"

namespace armistice::durability {

std::string export_reference_input(const HazardInput& in, std::uint64_t seed, std::uint32_t runs,
                                   std::uint32_t horizon);

}  // namespace armistice::durability
