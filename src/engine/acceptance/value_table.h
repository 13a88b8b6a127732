// value_table.h — internal: the party model flattened for one scenario (lens, context and
// relaxed red lines applied), shared by the acceptance evaluation and the closest-agreement
// search so both score agreements identically.
//
// Invariants: value[p][d][o] is option o's contribution to party p's margin in points
// (valuation.h clause_value); summing over d and subtracting alternative[p] (the reference minus
// the value of an interim text's halt) gives the margin. forbidden[d] has bit o set when an
// unrelaxed red line (any party) forbids option o of dimension d; process.no_agreement is marked
// in `not_a_deal` (never part of a deal) but not in `forbidden`; options failing a core issue
// in `core_blocked`.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice::acceptance_detail {

constexpr std::size_t kMaxOptions = 16;  // ≥ the largest dimension (11 options); checked

using OptionMask = std::uint16_t;

// Large members live on the heap (std::vector) so the table is cheap on the 64 KB wasm stack;
// indexing is still value[p][d][o] and conflict[d][o][d2].
struct ValueTable {
    std::array<std::uint8_t, kDimensionCount> option_count{};
    std::vector<std::array<std::array<double, kMaxOptions>, kDimensionCount>> value =
        std::vector<std::array<std::array<double, kMaxOptions>, kDimensionCount>>(kPartyCount);
    std::array<double, kPartyCount> alternative{};       // points
    std::array<OptionMask, kDimensionCount> forbidden{};  // by unrelaxed red lines, any party
    std::array<OptionMask, kDimensionCount> not_a_deal{};  // process.no_agreement
    // Options below some party's core-issue threshold (core_issues.h): never part of a deal, and
    // not relaxable (a relaxed red line does not lift them).
    std::array<OptionMask, kDimensionCount> core_blocked{};
    // Options a search run must not propose (set by the search itself, e.g. clauses that need a
    // veto player's consent, consent.h); make_value_table leaves it empty.
    std::array<OptionMask, kDimensionCount> avoided{};
    // Options the closest-agreement search may put into a deal for this draft: negotiable terms,
    // plus the draft's own left-open clauses and its scope and term (the search never changes
    // what kind of text the draft is). Battlefield outcomes and unilateral acts never.
    std::array<OptionMask, kDimensionCount> proposable{};
    // conflict[d][o][d2]: options of d2 that contradict option o of d outright (legal.h
    // hard_contradictions(), stored in both directions).
    std::vector<std::array<std::array<OptionMask, kDimensionCount>, kMaxOptions>> conflict =
        std::vector<std::array<std::array<OptionMask, kDimensionCount>, kMaxOptions>>(kDimensionCount);
    std::array<OptionMask, kDimensionCount> has_conflict{};  // bit o: option o has any conflict
};

// Whether option o of dimension d may appear in a closest agreement searched from `draft`.
bool is_proposable(Dim d, std::uint8_t o, const Choices& draft);

// `relaxed_mask` overrides scenario.relaxed_red_lines (the search tries relaxations); red lines
// not in force at the scenario's date (red_lines.h dormant_red_lines) never forbid anything.
ValueTable make_value_table(const Scenario& s, std::uint64_t relaxed_mask);

// Red lines (indices into red_lines()) forbidding option `option` of dimension d.
std::vector<std::size_t> red_lines_forbidding(Dim d, std::uint8_t option);

// Whether `choices` is a consistent deal every party accepts under `t` (no forbidden or
// core-blocked option, no no_agreement, no hard contradiction, every margin ≥ 0). Margins in points
// are written to `margins` when non-null.
bool all_accept(const ValueTable& t, const Choices& choices,
                std::array<double, kPartyCount>* margins);

}  // namespace armistice::acceptance_detail
