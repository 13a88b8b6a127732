// lens.h — lenses: named sets of model assumptions on which the source articles disagree.
//
// Purpose: the seeds disagree on why Russia fights (an unlimited revisionist aim, seed 003 and
// seed 000; security fears a settlement could address, seed 002) and on what makes a deal work
// (leverage, seed 001; process and institutions, seed 004). A lens does not change the agreement;
// it changes how much each kind of cause weighs in the models, so a user can compare results
// across lenses. The "evidence" lens uses the historical priors alone at their midpoints.
//
// Invariants: every weight is a dimensionless multiplier in [0.25, 4]; 1 means "as the
// historical evidence alone suggests". The `LensId` order is append-only (links store it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/catalog.h"

namespace armistice {

enum class LensId : std::uint8_t {
    Evidence,        // historical priors only (DESIGN §4); the default
    Revisionist,     // Russia as an unlimited revisionist (seed 003, seed 000)
    SecurityDriven,  // Russia driven by security fears that a settlement can address (seed 002)
    Leverage,        // outcomes follow military and economic leverage (seed 001)
    Process,         // outcomes follow institutions and sequencing (seed 004)
    Count
};

constexpr std::size_t kLensCount = static_cast<std::size_t>(LensId::Count);

struct Lens {
    LensId id;
    std::string_view key;          // lower_snake_case, used in scenario files
    std::string_view label;        // short
    std::string_view description;  // plain words: what this lens assumes, and who argues it
    SourceId source;

    // Multipliers (dimensionless; 1 = evidence-only).
    double revisionism;            // weight of Russia's wish to resume the war once it can
    double concession_effect;      // how much concessions on alignment/architecture lower it
    double western_presence_risk;  // how much Western forces in Ukraine provoke rather than deter
    double deterrence_effect;      // how much guarantees, rearmament and snapback deter
    double institution_effect;     // how much commissions, observers and two tracks help
    double leverage_effect;        // how strongly context levers move the parties' alternatives
};

const Lens& lens(LensId id);

}  // namespace armistice
