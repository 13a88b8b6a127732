// scope.h — what an agreement settles and for how long: a full settlement, a ceasefire now with
// the settlement later, or a partial deal (energy strikes, shipping, prisoners, the nuclear plant)
// while the fighting goes on; open-ended or for a fixed term.
//
// Purpose: the acceptance model judges an interim or partial text against the war continuing
// over the text's own horizon, not as if it were a final settlement (issue #11); the durability
// model reads the same scope. This header is the one place that derives scope and term from a
// scenario.
//
// Rule: the `scope` and `term` dimensions (data/catalog/options.csv) say it explicitly. Their
// default options ("settlement", "open_ended") defer to the process clause, so links and files
// written before these dimensions existed keep their meaning:
//   process.energy_pause                       -> Partial, 30 days (the March 2025 pause)
//   process.interim_30day                      -> CeasefireThenSettlement, 30 days (Jeddah)
//   process.two_tracks, elections_then_treaty  -> CeasefireThenSettlement, open-ended
//   anything else                              -> Settlement, open-ended
// An explicit non-default scope or term overrides the process clause.
//
// Invariants: pure functions of the scenario's choices; term_days is 0 or one of 30, 90, 365.
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/scenario.h"

namespace armistice {

enum class Scope : std::uint8_t { Settlement, CeasefireThenSettlement, Partial };

struct AgreementScope {
    Scope kind = Scope::Settlement;
    std::uint32_t term_days = 0;  // days; 0 = open-ended (no fixed term)
};

AgreementScope scope_of(const Scenario& s);

// Partial, or any fixed term (term_days > 0).
bool is_interim(const AgreementScope& a);

// Stable id for JSON and the UI: "settlement", "ceasefire_then_settlement", "partial".
std::string_view scope_id(Scope s);

}  // namespace armistice
