// party_model_data.h — internal: one builder per group of dimensions (party_model_*.cpp).
// Only party_model.cpp calls these, once, to assemble the immutable party model.
// Utility arrays are ordered {Ukraine, Russia, United States, Europe}.
#pragma once

#include "engine/acceptance/party_model.h"

namespace armistice::party_model_data {

// party_model_ceasefire.cpp
DimensionModel line();
DimensionModel status();
DimensionModel separation();
DimensionModel monitoring();
DimensionModel foreign_forces();
DimensionModel ukraine_forces();
// party_model_security.cpp
DimensionModel alignment();
DimensionModel guarantee();
DimensionModel sanctions();
DimensionModel breach_response();
DimensionModel implementation();
// party_model_settlement.cpp
DimensionModel assets();
DimensionModel reparations();
DimensionModel humanitarian();
DimensionModel amnesty();
DimensionModel european_security();
DimensionModel black_sea();
DimensionModel zaporizhzhia();
DimensionModel process();
DimensionModel elections();
DimensionModel eu_accession();
DimensionModel identity();
DimensionModel relations();
// party_model_scope.cpp
DimensionModel scope();
DimensionModel term();
// party_model_justice.cpp
DimensionModel special_status();
DimensionModel accountability();

// Note of every left-open row. Its utilities are placeholders: party_model.cpp replaces them by
// each party's expectation of later talks (party_model.h).
inline constexpr std::string_view kLeftOpenNote =
    "left to later talks: valued at the party's expectation of those talks (assumption)";

}  // namespace armistice::party_model_data
