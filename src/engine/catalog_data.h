// catalog_data.h — internal: one builder function per catalog dimension (catalog_*.cpp).
// Only catalog.cpp calls these, once, to assemble the immutable catalog.
#pragma once

#include "engine/catalog.h"

namespace armistice::catalog_data {

// catalog_ceasefire.cpp
Dimension line_of_control();
Dimension legal_status();
Dimension separation();
Dimension monitoring();
Dimension foreign_forces();
Dimension ukraine_forces();
// catalog_security.cpp
Dimension alignment();
Dimension guarantee();
Dimension sanctions();
Dimension breach_response();
Dimension implementation();
// catalog_settlement.cpp
Dimension assets();
Dimension reparations();
Dimension humanitarian();
Dimension amnesty();
Dimension european_security();
Dimension black_sea();
Dimension zaporizhzhia();
Dimension process();
Dimension elections();
Dimension eu_accession();
Dimension identity();
Dimension relations();
// catalog_scope.cpp
Dimension scope();
Dimension term();
// catalog_justice.cpp
Dimension special_status();
Dimension accountability();

}  // namespace armistice::catalog_data
