// deterrence.h — how credible the guarantee behind a ceasefire is, as one score in [0, 1].
//
// Purpose: Article 5 with US participation is not a generic "guarantee". The score combines
// three components, each 0–1, weighted by parameters (params.h, det_weight_*):
//   automaticity — how automatic the guarantor's response is (treaty with integrated command,
//                  a US pledge needing a decision, a political or European-only pact);
//   forces       — the guarantor's forces on the ground (tripwire on the line, reassurance force
//                  away from it, allied basing plans that come with NATO membership);
//   nuclear      — whether a nuclear power is committed (the US; British and French forces in a
//                  European-only tripwire count partly).
// The deliberate-offensive hazard ratio is then 1 − (1 − hr_strong_guarantee) · score ·
// credibility (credibility falls as Western commitment lapses; see hazard_core.cpp).
// Invariants: pure function of the mechanisms and one parameter set; score in [0, 1]; a
// guarantor group in which Russia can block action (guarantee_russian_veto) scores 0; no
// guarantor and no forces scores 0.
#pragma once

#include "engine/durability/params.h"
#include "engine/mechanisms.h"

namespace armistice::durability {

struct DeterrenceProfile {
    double automaticity = 0.0;  // 0–1
    double forces = 0.0;        // 0–1
    double nuclear = 0.0;       // 0–1
    double score = 0.0;         // 0–1: weighted sum of the three, capped at 1
};

DeterrenceProfile deterrence_profile(const MechanismSet& m, const ParamSet& p);

}  // namespace armistice::durability
