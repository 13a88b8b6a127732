// partial_coverage.h — what a partial deal covers (energy strikes, shipping, prisoners, the
// nuclear plant), and how that moves its interim figures.
//
// Purpose: a partial deal stops one kind of fighting while the war goes on, so its durability
// depends on what it covers, not on the front-line clauses (there is no ceasefire line to
// separate, patrol or guarantee). map_scenario (ru_mapping.h) keeps for a partial deal only the
// mechanisms that act on compliance with a narrow commitment (partial_relevant), and records the
// strands it covers. The hazard core then scales the baseline hazard by the sum of the strands'
// relative hazards (a package lapses when any of its strands does: competing risks), alleged
// violations per week come from the strands' own rates, and a broader package is a larger step
// towards a general ceasefire (extension probability).
// Invariants: strands are read only for Scope::Partial; an empty mask means "not partial" and
// every function then returns the neutral value; every number is a row of params.h.
#pragma once

#include <cstdint>

#include "engine/durability/params.h"
#include "engine/mechanisms.h"
#include "engine/scenario.h"

namespace armistice::durability {

enum class Strand : std::uint8_t { Energy, Maritime, Prisoners, NuclearPlant, Count };
constexpr std::size_t kStrandCount = static_cast<std::size_t>(Strand::Count);

// Bit i set: strand i is covered. kPartialUnnamed: a partial deal none of whose subjects the
// table below names (judged with the energy strand's figures, the best-documented case).
using StrandMask = std::uint8_t;
constexpr StrandMask kPartialUnnamed = 0x80;

struct StrandRow {
    Strand strand;
    const char* id;           // public (reference export, JSON): "energy", "maritime", ...
    ParamId relative_hazard;  // hazard ratio against a general truce under the same terms
    ParamId violations;       // alleged violations per week while it holds
};
const StrandRow& strand_row(Strand s);

// Strands a partial scenario covers (0 when the scenario is not Scope::Partial).
StrandMask partial_strands(const Scenario& s);

// The mechanisms that still act on a partial deal: verification, dispute resolution, precision
// of the terms, economic ties and sanction triggers, and the parties themselves.
MechanismSet partial_relevant(const MechanismSet& m);

// The strands that count: the named ones, or the energy strand for kPartialUnnamed.
StrandMask named_strands(StrandMask mask);

// Multiplier on the baseline hazard (1 when mask == 0).
double partial_hazard_weight(StrandMask mask, const ParamSet& p);
// Alleged violations per month of the covered commitments (only meaningful when mask != 0).
double partial_violations_per_month(StrandMask mask, const ParamSet& p);
// Extension probability given the term held: extension_partial plus extension_partial_breadth
// for each strand beyond the first, at most extension_interim.
double partial_extension(StrandMask mask, const ParamSet& p);

}  // namespace armistice::durability
