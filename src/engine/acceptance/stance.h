// stance.h — where each party stands on one clause, before anyone chooses it: supports, can
// live with, or opposes, derived from its utility (party_model.h) and its red lines.
//
// Rule (thresholds are assumptions, in utility points on the −100 … +100 scale):
//   opposes     an unrelaxed red line of the party forbids the option, or utility ≤ −30
//   supports    utility ≥ +30
//   can live with  otherwise
// Invariant: a pure function of the catalog, the party model, the red lines and the relaxed mask.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/message.h"
#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice {

enum class PartyStance : std::uint8_t { Supports, CanLiveWith, Opposes };

constexpr double kSupportsAbove = 30.0;   // points
constexpr double kOpposesBelow = -30.0;   // points

PartyStance party_stance(Party p, Dim d, std::uint8_t option, std::uint64_t relaxed_red_lines);
std::string_view stance_mark(PartyStance s);  // "+", "~", "-"

// One line explaining the stance, as a message (keys stance.* in engine_stance.csv): "Russia
// opposes: red line 'No NATO membership…'" or "Ukraine supports: utility +60 on a -100..+100
// scale".
Message stance_explanation(Party p, Dim d, std::uint8_t option, std::uint64_t relaxed_red_lines);

}  // namespace armistice
