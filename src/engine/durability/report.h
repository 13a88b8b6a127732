// report.h — a readable text report of a DurabilityResult (for `armistice evaluate` and logs).
// Invariant: pure formatting; never changes numbers (percentages rounded for display only).
#pragma once

#include <string>

#include "engine/durability/result.h"

namespace armistice::durability {

std::string durability_text_report(const DurabilityResult& r);

}  // namespace armistice::durability
