// durability_report.h — a readable text report of a DurabilityResult (for `armistice evaluate`).
// Invariant: pure formatting; never changes numbers (percentages rounded for display only). The
// engine's texts are string-table keys; the report renders them in English (cli/english_text.h).
#pragma once

#include <string>

#include "engine/durability/result.h"

namespace armistice::cli {

std::string durability_text_report(const durability::DurabilityResult& r);

}  // namespace armistice::cli
