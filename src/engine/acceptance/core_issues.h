// core_issues.h — each party's stated core issues: thresholds that no sweetener elsewhere buys.
//
// Purpose: the party model is additive (party_model.h), so a large gain in one clause can pay
// for any loss in another. Parties do not bargain that way over what they call their core
// issues: a deal that falls below the threshold on such a dimension is rejected whatever the
// sum. A core issue names a party, a dimension and a threshold on that party's option utility
// there (points, −100 … +100), with a range and the source of the position.
//
// Rule: party p fails core issue c when the deal's option on c.dim is
//   - not left open (a text that leaves the question to later talks concedes nothing on it),
//   - not forbidden by one of p's own red lines (red_lines.h covers those options, and a user
//     may relax them; the core issue covers the rest of the dimension), and
//   - option_utility(p, c.dim, option) < c.threshold.
// Failing any core issue means p rejects, whatever its margin. In the uncertainty draws
// (odds.h) both the option utility and the threshold are drawn from their ranges.
//
// Invariants (tested): thresholds and ranges lie inside [−100, 100]; every core issue's
// dimension has at least one negotiable option at or above the threshold; the table order is
// append-only (ids are printed in JSON and may be quoted).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/party.h"

namespace armistice {

struct CoreIssue {
    std::string_view id;  // "party.core.short_name", e.g. "ukraine.core.security_guarantee"
    Party party;
    Dim dim;
    std::string_view
        label;  // string-table key "core_issue.<id>" (data/strings/*/engine_core_issue.csv)
    double threshold;        // points: lowest option utility the party signs on this dimension
    double half_range;       // points: the threshold lies in threshold ± half_range
    SourceRef source;
};

const std::vector<CoreIssue>& core_issues();

// Whether core issue `c` is in play for option `o` of its dimension (not left open, not
// covered by one of the party's own red lines); then the threshold test applies.
bool core_issue_applies(const CoreIssue& c, std::uint8_t o);

// Whether option `o` fails core issue `c` at the point values (applies and utility < threshold).
bool fails_core_issue(const CoreIssue& c, std::uint8_t o);

}  // namespace armistice
