// interim.cpp — horizon and extension probability of interim deals (see interim.h).
#include "engine/durability/interim.h"

namespace armistice::durability {

std::uint32_t interim_horizon_months(const AgreementScope& a) {
    if (a.term_days == 0) return kOpenPartialHorizonMonths;
    const std::uint32_t months = (a.term_days + 15) / 30;  // nearest whole month of ~30 days
    return months < 1 ? 1 : (months > 12 ? 12 : months);
}

double extension_probability(const AgreementScope& a, const ParamSet& p) {
    return a.kind == Scope::Partial ? p[ParamId::extension_partial] : p[ParamId::extension_interim];
}

}  // namespace armistice::durability
