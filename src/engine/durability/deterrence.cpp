// deterrence.cpp — the deterrence score (see deterrence.h).
#include "engine/durability/deterrence.h"

namespace armistice::durability {

namespace {
double max2(double a, double b) {
    return a > b ? a : b;
}
}  // namespace

DeterrenceProfile deterrence_profile(const MechanismSet& m, const ParamSet& p) {
    using M = Mechanism;
    using P = ParamId;
    DeterrenceProfile d;
    if (has(m, M::GuaranteeRussianVeto)) return d;  // the adversary can block the response
    const bool nato = has(m, M::NatoMembership);
    const bool us = nato || has(m, M::StrongGuarantee);
    const bool any_guarantor = us || has(m, M::Guarantee);
    // Automaticity: the strongest commitment present.
    if (nato)
        d.automaticity = p[P::det_auto_treaty];
    else if (us)
        d.automaticity = p[P::det_auto_us_pledge];
    else if (any_guarantor)
        d.automaticity = p[P::det_auto_other];
    // Forces on the ground: the largest presence.
    if (has(m, M::WesternForce)) d.forces = p[P::det_forces_tripwire];
    if (has(m, M::ReassuranceForce)) d.forces = max2(d.forces, p[P::det_forces_reassurance]);
    if (nato) d.forces = max2(d.forces, p[P::det_forces_allied_basing]);
    // Nuclear commitment: the US umbrella, or British and French troops in a European tripwire.
    if (us)
        d.nuclear = 1.0;
    else if (has(m, M::WesternForce))
        d.nuclear = p[P::det_nuclear_european];
    const double s = p[P::det_weight_automaticity] * d.automaticity +
                     p[P::det_weight_forces] * d.forces + p[P::det_weight_nuclear] * d.nuclear;
    d.score = s < 0.0 ? 0.0 : (s > 1.0 ? 1.0 : s);
    return d;
}

}  // namespace armistice::durability
