// interim.h — the horizon and outputs of interim and partial deals (a 30-day truce, a pause on
// energy strikes): they are judged over their own term, not over 1, 5 and 10 years.
//
// Purpose: scope.h says whether a text is interim (partial, or any fixed term). For those the
// Monte Carlo runs over the term only (interim_horizon_months) and the result carries
//   p_hold_term   P(the truce holds its term);
//   p_extended    P(it holds and is extended into a lasting ceasefire) = p_hold_term × the
//                 extension probability for its kind (params.h extension_*);
//   violations_per_week  expected minor violations along the line per week while it holds.
// The 1/5/10-year figures are NaN for interim results (neither the page nor the JSON show them).
// Invariants: the horizon is at least 1 month and at most 12; pure functions of scope and params.
#pragma once

#include <cstdint>

#include "engine/durability/params.h"
#include "engine/scope.h"

namespace armistice::durability {

// Months an open-ended partial deal is judged over (assumption: the first quarter decides
// whether a pause on one kind of strike takes hold; the March 2025 energy pause lapsed in 30 days).
constexpr std::uint32_t kOpenPartialHorizonMonths = 3;

// The term in whole months (30 days -> 1, 90 -> 3, 365 -> 12), or kOpenPartialHorizonMonths.
std::uint32_t interim_horizon_months(const AgreementScope& a);

// P(extended into a lasting ceasefire | it held its term), by kind (0–1).
double extension_probability(const AgreementScope& a, const ParamSet& p);

}  // namespace armistice::durability
