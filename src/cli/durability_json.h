// durability_json.h — writes a DurabilityResult as the `durability` object of
// `armistice evaluate --json`.
//
// Public interface (never rename): runs, horizon_months, seed, applicable, reason, p_hold
// {"12","60","120"}, median_months (null beyond horizon), survival, band_lo, band_hi (one value
// per month), causes {deliberate_offensive, escalation_from_incidents, collapse_of_enforcement},
// breakdown_share, incidents_per_year, ledger [{obligation, label, violations_per_year,
// detected_share, answered_share}], sensitivity [{change, label, p_hold_60, delta}].
#pragma once

#include "cli/json_writer.h"
#include "engine/durability/result.h"

namespace armistice::cli {

// Writes the object value (the caller writes the key "durability" first).
void write_durability_json(JsonWriter& w, const durability::DurabilityResult& r);

}  // namespace armistice::cli
