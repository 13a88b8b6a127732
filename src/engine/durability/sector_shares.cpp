// sector_shares.cpp — the sector table (see sector_shares.h).
#include "engine/durability/sector_shares.h"

#include <vector>

namespace armistice::durability {

const std::vector<SectorRow>& sector_table() {
    // The reported US 28-point draft (Nov 2025) and 20-point framework (Dec 2025) put the buffer
    // on the part of Donetsk oblast that Ukraine would leave.
    static const std::vector<SectorRow> kRows = {
        {"separation.buffer_zone", "Donetsk oblast", ParamId::share_front_donetsk},
    };
    return kRows;
}

std::optional<ParamId> separation_sector_share(const Scenario& s) {
    for (const SectorRow& r : sector_table()) {
        const auto ref = catalog().find_qualified(r.option);
        if (ref && s.choice(ref->dim) == ref->option) return r.share;
    }
    return std::nullopt;
}

}  // namespace armistice::durability
