// sector_shares.h — separation measures that cover only one sector of the front.
//
// Purpose: a buffer zone in one oblast does not separate the forces along the whole line. For
// each such catalog option this table names the sector and the parameter (params.h) holding the
// share of the line of contact it covers; the hazard core then scales the separation effect to
// that share: HR_eff = 1 − share · (1 − HR) (the escalation hazard is taken as spread evenly
// along the line, an assumption).
// Invariants: options are named by their qualified catalog id ("dimension.option"), checked by
// a test to exist; an option not in the table covers the whole front.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "engine/durability/params.h"
#include "engine/scenario.h"

namespace armistice::durability {

struct SectorRow {
    std::string_view option;  // qualified catalog id, e.g. "separation.buffer_zone"
    std::string_view sector;  // plain words
    ParamId share;            // share of the front (params.h), 0–1
};

const std::vector<SectorRow>& sector_table();

// The share parameter of the scenario's separation clause when it covers one sector only.
std::optional<ParamId> separation_sector_share(const Scenario& s);

}  // namespace armistice::durability
