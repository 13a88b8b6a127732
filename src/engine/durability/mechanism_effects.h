// mechanism_effects.h — for every mechanism (mechanisms.h), how the durability model reads it.
//
// Purpose: one table saying, for each mechanism, either where the hazard model reads it (the
// parameters or components involved) or, when it has no durability effect, why not. The model
// card prints it; a test fails on any mechanism that is neither, checks that every "read"
// mechanism moves some hazard and every "no effect" one moves none.
// Invariants: row i describes Mechanism(i); exactly one of `reads` / `no_effect_reason` is
// non-empty, and it is a string-table key (model_card.mechanism.<name>, whose English is in
// data/strings/en/engine_model_card.csv). A mechanism appended to mechanisms.h needs a row here
// and there (the tests say which).
#pragma once

#include <string_view>
#include <vector>

#include "engine/mechanisms.h"

namespace armistice::durability {

struct MechanismEffect {
    Mechanism mechanism;
    std::string_view reads;             // key: where the model reads it (parameters, components)
    std::string_view no_effect_reason;  // key: why it has no durability effect (empty when read)
    // For a "no effect" row whose effect another mechanism carries: that mechanism, which every
    // catalog option setting this one also sets (tested); Mechanism::Count otherwise.
    Mechanism carried_by = Mechanism::Count;
};

const std::vector<MechanismEffect>& mechanism_effects();

}  // namespace armistice::durability
