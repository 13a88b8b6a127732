// party_model.h — what each party wants: a utility for every catalog option and a salience
// weight for every dimension, with the source of each value.
//
// Purpose: the acceptance model (acceptance.h) scores an agreement for Ukraine, Russia, the United
// States and the European allies. The model is ADDITIVE over dimensions:
//
//     deal utility(p) = Σ_d  s_p(d) · u_p(d, option_d)  /  Σ_d s_p(d)        [utility points]
//
// where u_p is the option utility (−100 … +100 points: +100 = the party's ideal answer to that
// question, −100 = the worst) and s_p the dimension's salience (relative weight, ≥ 0). Additivity
// is a deliberate simplification: it ignores interactions between clauses (the legal checker
// reports contradictions separately), but it makes the closest-agreement search exact (per-party
// optimistic bounds are sums of per-dimension maxima) and each clause's cost explainable.
//
// Data: data/positions/utilities.csv and salience.csv, one row per (option or dimension, party),
// generated into C++ at build time (party_model_data.h, data/README.md).
// Sources: every row names a source (a seed, reported 2025 positions, or "Assumption"); the note
// paraphrases who holds the position. Values are judgements that encode the stated positions'
// direction and rough intensity; the exact numbers are assumptions unless a note says otherwise.
//
// Invariants (tested): every catalog option has exactly one row, in catalog order; utilities lie
// in [−100, 100]; saliences in [0, 30] with a positive sum per party.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/lens.h"
#include "engine/party.h"

namespace armistice {

// One catalog option's utility for each party (index = Party), each with its own source.
struct UtilityRow {
    std::string_view option;                      // option id within the dimension
    std::array<std::int8_t, kPartyCount> utility;  // points, −100 … +100
    std::array<SourceId, kPartyCount> source;
    std::array<std::string_view, kPartyCount> note;  // whose position, and why (no quotation)
};

struct DimensionModel {
    Dim dim;
    std::array<std::uint8_t, kPartyCount> salience;  // relative weight 0 … 30 (index = Party)
    std::array<SourceId, kPartyCount> salience_source;
    std::array<std::string_view, kPartyCount> salience_note;
    std::vector<UtilityRow> rows;  // one per catalog option, in catalog order
};

// The whole table, index = static_cast<size_t>(Dim). Immutable, built once.
const std::vector<DimensionModel>& party_model();

// Raw option utility, points in [−100, 100].
double option_utility(Party p, Dim d, std::uint8_t option);

// Effective salience of a dimension for a party under a lens (relative weight, ≥ 0). The lens
// scales Russia's salience of Alignment and EuropeanSecurity by `concession_effect` and of
// ForeignForces by `western_presence_risk` (lens.h); other weights are unchanged.
double effective_salience(Party p, Dim d, LensId lens);

// Contribution of one option to the deal utility, points: salience · utility / Σ salience.
// Summing it over all dimensions gives the deal utility.
double weighted_utility(Party p, Dim d, std::uint8_t option, LensId lens);

}  // namespace armistice
