// params.h — the durability model's parameter table: every number with its range and source.
//
// Purpose: one table (params.cpp) holds each parameter's point value and a plausible range; its
// reader-facing words (a label, the unit, and where it comes from: a paper or dataset, a seed
// article, or "assumption") are string-table rows keyed by the parameter's name,
// param.<name>.label|unit|source in data/strings/<lang>/engine_param.csv, so the model card shows
// them in the reader's language (titles of papers as published). The Monte Carlo draws K
// parameter sets from the ranges (triangular low/value/high, Latin hypercube) so the 90% band
// carries parameter uncertainty, not only sampling noise.
// Invariants: low <= value <= high for every row (tested); every row's three keys exist in every
// language (tested); `ParamId` order is internal only (no link or file stores it), but row names
// are public (model card, UI, string keys): never rename them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace armistice::durability {

// X(id, value, low, high); unit and source: data/strings/en/engine_param.csv
#define ARMISTICE_DURABILITY_PARAMS(X)                      \
    X(base_hazard_month1, 0.09, 0.07, 0.11)                 \
    X(interstate_scale, 0.40, 0.33, 0.50)                   \
    X(weibull_shape, 0.5, 0.4, 0.7)                         \
    X(share_escalation, 0.45, 0.30, 0.60)                   \
    X(share_collapse, 0.20, 0.10, 0.30)                     \
    X(off_channel_weight, 0.5, 0.25, 0.75)                  \
    X(agreement_floor, 0.2, 0.15, 0.3)                      \
    X(hr_withdrawal, 0.85, 0.7, 1.0)                        \
    X(hr_dmz, 0.45, 0.3, 0.6)                               \
    X(hr_dmz_wide, 0.8, 0.6, 1.0)                           \
    X(hr_observers_neutral, 0.8, 0.6, 1.0)                  \
    X(hr_observers_with_party, 0.95, 0.8, 1.1)              \
    X(hr_armed_neutral, 0.5, 0.4, 0.6)                      \
    X(hr_force_with_party, 1.0, 0.7, 1.5)                   \
    X(hr_guarantee, 0.7, 0.5, 0.9)                          \
    X(hr_joint_commission, 0.9, 0.8, 1.0)                   \
    X(hr_specificity_high, 0.8, 0.7, 0.9)                   \
    X(hr_arms_limits, 0.9, 0.75, 1.0)                       \
    X(hr_economic_linkage, 0.9, 0.75, 1.05)                 \
    X(hr_territory_unresolved, 1.5, 1.2, 2.0)               \
    X(hr_great_power_party, 1.2, 1.0, 1.5)                  \
    X(hr_specificity_low, 1.3, 1.1, 1.7)                    \
    X(vague_terms_dampening, 0.5, 0.3, 0.7)                 \
    X(hr_decisive_victory, 0.13, 0.1, 0.5)                  \
    X(hr_stakes, 2.0, 1.5, 3.0)                             \
    X(hr_tech_monitoring, 0.9, 0.8, 1.0)                    \
    X(hr_strong_guarantee, 0.3, 0.15, 0.5)                  \
    X(det_weight_automaticity, 0.35, 0.25, 0.45)            \
    X(det_weight_forces, 0.30, 0.2, 0.4)                    \
    X(det_weight_nuclear, 0.35, 0.25, 0.45)                 \
    X(det_auto_treaty, 1.0, 0.9, 1.0)                       \
    X(det_auto_us_pledge, 0.6, 0.4, 0.8)                    \
    X(det_auto_other, 0.3, 0.15, 0.45)                      \
    X(det_forces_tripwire, 1.0, 0.8, 1.0)                   \
    X(det_forces_reassurance, 0.5, 0.3, 0.7)                \
    X(det_forces_allied_basing, 0.4, 0.2, 0.6)              \
    X(det_nuclear_european, 0.4, 0.2, 0.6)                  \
    X(hr_conditional_guarantee, 0.95, 0.85, 1.0)            \
    X(hr_consent, 0.85, 0.7, 1.0)                           \
    X(imposed_thin_deterrence, 1.0, 0.5, 1.5)               \
    X(hr_international_admin, 0.85, 0.7, 1.0)               \
    X(hr_assets_to_ukraine, 1.05, 0.95, 1.15)               \
    X(regen_one_sided, 0.5, 0.2, 0.8)                       \
    X(regen_mutual_limits, 0.7, 0.5, 0.9)                   \
    X(share_front_donetsk, 0.3, 0.2, 0.4)                   \
    X(hr_western_force, 0.6, 0.4, 0.9)                      \
    X(hr_reassurance_force, 0.85, 0.7, 1.0)                 \
    X(hr_ukraine_rearmed, 0.75, 0.6, 0.9)                   \
    X(hr_ukraine_capped, 1.2, 1.0, 1.4)                     \
    X(hr_ukraine_demilitarised, 1.6, 1.2, 2.2)              \
    X(hr_auto_snapback, 0.85, 0.7, 1.0)                     \
    X(hr_assets_escrow, 0.9, 0.8, 1.0)                      \
    X(hr_secondary_sanctions, 0.95, 0.85, 1.0)              \
    X(hr_sanctions_lifted, 1.15, 1.0, 1.3)                  \
    X(hr_flank_alert, 0.95, 0.9, 1.0)                       \
    X(hr_concession, 0.9, 0.75, 1.0)                        \
    X(hr_ukraine_gains, 0.9, 0.7, 1.1)                      \
    X(hr_two_tracks, 0.9, 0.8, 1.0)                         \
    X(hr_patron_control, 1.5, 1.0, 2.5)                     \
    X(regeneration_gain, 0.5, 0.2, 1.0)                     \
    X(regeneration_months, 36, 24, 60)                      \
    X(us_election_first_month, 34, 34, 34)                  \
    X(us_drop_per_election, 0.6, 0.3, 0.9)                  \
    X(eu_fatigue_per_year, 0.15, 0.05, 0.3)                 \
    X(commitment_recovery, 0.25, 0.1, 0.4)                  \
    X(credibility_wavering, 0.5, 0.3, 0.7)                  \
    X(credibility_lapsed, 0.15, 0.0, 0.3)                   \
    X(detection_none, 0.3, 0.15, 0.45)                      \
    X(detection_observers, 0.65, 0.5, 0.8)                  \
    X(detection_with_party, 0.4, 0.25, 0.55)                \
    X(detection_armed, 0.8, 0.65, 0.9)                      \
    X(detection_tech_bonus, 0.15, 0.05, 0.25)               \
    X(political_approval, 0.6, 0.4, 0.8)                    \
    X(auto_response, 0.95, 0.85, 1.0)                       \
    X(unanswered_reference, 0.5, 0.35, 0.65)                \
    X(serious_violations_per_month, 0.1, 0.03, 0.3)         \
    X(incidents_per_month, 400, 100, 900)                   \
    X(obligation_violation_rate, 0.05, 0.02, 0.1)           \
    X(erosion_hr, 1.15, 1.0, 1.3)                           \
    X(lever_sensitivity, 0.25, 0.1, 0.4)                    \
    X(extension_interim, 0.35, 0.15, 0.55)                  \
    X(extension_partial, 0.15, 0.05, 0.3)                   \
    X(partial_hr_energy, 1.0, 0.6, 1.5)                     \
    X(partial_hr_maritime, 0.5, 0.25, 1.0)                  \
    X(partial_hr_prisoners, 0.1, 0.02, 0.3)                 \
    X(partial_hr_nuclear_plant, 0.3, 0.15, 0.6)             \
    X(partial_violations_energy, 10, 3, 30)                 \
    X(partial_violations_maritime, 2, 0.5, 6)               \
    X(partial_violations_prisoners, 0.1, 0.0, 0.5)          \
    X(partial_violations_nuclear_plant, 1, 0.2, 3)          \
    X(extension_partial_breadth, 0.05, 0.0, 0.1)            \
    X(lever_weight_aid, 1.0, 0.5, 1.5)                      \
    X(lever_weight_sanctions, 0.5, 0.25, 0.75)              \
    X(lever_weight_outside_support, 0.5, 0.25, 0.75)        \
    X(lever_weight_trend, 1.0, 0.5, 1.5)                    \
    X(lever_weight_inflation, 0.25, 0.1, 0.4)               \
    X(lever_weight_casualties, 0.25, 0.1, 0.4)              \
    X(lever_multiplier_low, 0.5, 0.4, 0.6)                  \
    X(lever_multiplier_high, 2.0, 1.5, 2.5)                 \
    X(unanswered_multiplier_low, 0.3, 0.2, 0.4)             \
    X(unanswered_multiplier_high, 2.0, 1.5, 2.5)            \
    X(detection_cap, 0.98, 0.95, 0.99)                      \
    X(lens_revisionist_revisionism, 2.0, 1.5, 2.5)          \
    X(lens_revisionist_concession, 0.5, 0.25, 0.75)         \
    X(lens_revisionist_western_presence, 0.7, 0.55, 0.85)   \
    X(lens_revisionist_deterrence, 1.5, 1.25, 1.75)         \
    X(lens_revisionist_institution, 0.8, 0.7, 0.9)          \
    X(lens_revisionist_leverage, 1.0, 1.0, 1.0)             \
    X(lens_security_driven_revisionism, 0.7, 0.55, 0.85)    \
    X(lens_security_driven_concession, 2.0, 1.5, 2.5)       \
    X(lens_security_driven_western_presence, 1.8, 1.4, 2.2) \
    X(lens_security_driven_deterrence, 0.8, 0.7, 0.9)       \
    X(lens_security_driven_institution, 1.2, 1.1, 1.3)      \
    X(lens_security_driven_leverage, 0.8, 0.7, 0.9)         \
    X(lens_leverage_revisionism, 1.2, 1.1, 1.3)             \
    X(lens_leverage_concession, 0.8, 0.7, 0.9)              \
    X(lens_leverage_western_presence, 1.0, 1.0, 1.0)        \
    X(lens_leverage_deterrence, 1.3, 1.15, 1.45)            \
    X(lens_leverage_institution, 0.9, 0.85, 0.95)           \
    X(lens_leverage_leverage, 2.0, 1.5, 2.5)                \
    X(lens_process_revisionism, 1.0, 1.0, 1.0)              \
    X(lens_process_concession, 1.0, 1.0, 1.0)               \
    X(lens_process_western_presence, 1.0, 1.0, 1.0)         \
    X(lens_process_deterrence, 1.0, 1.0, 1.0)               \
    X(lens_process_institution, 2.0, 1.5, 2.5)              \
    X(lens_process_leverage, 1.0, 1.0, 1.0)                 \
    X(revisionism_alternative_points, 15.0, 10.0, 20.0)

enum class ParamId : std::uint16_t {
#define ARMISTICE_X(id, v, lo, hi) id,
    ARMISTICE_DURABILITY_PARAMS(ARMISTICE_X)
#undef ARMISTICE_X
        Count
};

constexpr std::size_t kParamCount = static_cast<std::size_t>(ParamId::Count);

struct ParamRow {
    std::string_view name;    // lower_snake_case, public (model card)
    double value;             // point value (mode of the triangular draw)
    double low;               // plausible range, same unit
    double high;
    std::string_view label;   // string-table key of its plain name: "param.<name>.label"
    std::string_view unit;    // string-table key of its unit: "param.<name>.unit"
    std::string_view source;  // string-table key: paper or dataset / seed / "assumption: ..."
};

const std::array<ParamRow, kParamCount>& param_table();

// One parameter set: a value per ParamId.
struct ParamSet {
    std::array<double, kParamCount> v{};
    double operator[](ParamId id) const { return v[static_cast<std::size_t>(id)]; }
    double& operator[](ParamId id) { return v[static_cast<std::size_t>(id)]; }
};

ParamSet point_params();  // every parameter at its point value

// K sets by Latin-hypercube sampling of triangular(low, value, high) distributions.
// Deterministic in (seed, k_sets).
void draw_param_sets(std::uint64_t seed, std::size_t k_sets, ParamSet* out);

}  // namespace armistice::durability
