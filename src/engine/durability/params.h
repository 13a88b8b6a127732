// params.h — the durability model's parameter table: every number with its range and source.
//
// Purpose: one table (params.cpp) holds each parameter's point value, a plausible range and where
// it comes from (DESIGN.md §4 evidence, a seed article, or "assumption"). The model card prints
// it; the Monte Carlo draws K parameter sets from the ranges (triangular low/value/high, Latin
// hypercube) so the 90% band carries parameter uncertainty, not only sampling noise.
// Invariants: low <= value <= high for every row (tested); `ParamId` order is internal only (no
// link or file stores it), but row names are public (model card, UI): never rename them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace armistice::durability {

// X(id, value, low, high, unit, source)
#define ARMISTICE_DURABILITY_PARAMS(X) \
    X(base_hazard_month1, 0.09, 0.07, 0.11, "probability/month", "DESIGN §4: civil-war truces without peacekeepers, month 1 (Fortna, 'Does Peacekeeping Keep Peace?', ISQ 2004 data)") \
    X(interstate_scale, 0.40, 0.33, 0.50, "ratio", "DESIGN §4: interstate armistices plausibly 1/3 to 1/2 of the civil-war hazard") \
    X(weibull_shape, 0.5, 0.4, 0.7, "dimensionless", "DESIGN §4: Weibull shape about 0.5 in ceasefire data (hazard falls as t^(k-1))") \
    X(share_escalation, 0.45, 0.30, 0.60, "share of baseline hazard", "assumption: minor violations start within days, large failures cluster 2-6 months in (DESIGN §4)") \
    X(share_collapse, 0.20, 0.10, 0.30, "share of baseline hazard", "assumption; the deliberate-offensive share is the remainder") \
    X(off_channel_weight, 0.5, 0.25, 0.75, "exponent", "assumption: a mechanism acts fully on its own channel, partly on the others (overall effect kept at its prior)") \
    X(agreement_floor, 0.2, 0.15, 0.3, "multiplier", "DESIGN §4: cap the combined agreement-strength effect at about 0.2 (smooth floor)") \
    X(hr_withdrawal, 0.85, 0.7, 1.0, "hazard ratio", "DESIGN §4 interstate prior 0.7-1.0 (Fortna, 'Peace Time', Princeton UP 2004)") \
    X(hr_dmz, 0.45, 0.3, 0.6, "hazard ratio", "DESIGN §4 interstate prior 0.3-0.6 (Fortna, 'Peace Time', 2004)") \
    X(hr_dmz_wide, 0.8, 0.6, 1.0, "hazard ratio", "assumption: a zone tens of km wide cuts contacts further") \
    X(hr_observers_neutral, 0.8, 0.6, 1.0, "hazard ratio", "DESIGN §4 prior for unarmed observers 0.6-1.0") \
    X(hr_observers_with_party, 0.95, 0.8, 1.1, "hazard ratio", "assumption from Minsk: OSCE monitors incl. a party, ~200 violations/week recorded 2016-2020 (DESIGN §4)") \
    X(hr_armed_neutral, 0.5, 0.4, 0.6, "hazard ratio", "DESIGN §4 prior 0.4-0.6; Fortna civil-war re-estimate HR 0.37-0.54 with controls") \
    X(hr_force_with_party, 1.0, 0.7, 1.5, "hazard ratio", "DESIGN §4: party/patron peacekeepers, 4 cases 3 breakdowns: no protective effect assumed") \
    X(hr_guarantee, 0.7, 0.5, 0.9, "hazard ratio", "DESIGN §4 prior for a credible third-party guarantee 0.5-0.9") \
    X(hr_joint_commission, 0.9, 0.8, 1.0, "hazard ratio", "DESIGN §4 prior 0.8-1.0") \
    X(hr_specificity_high, 0.8, 0.7, 0.9, "hazard ratio", "DESIGN §4 prior 0.7-0.9; low specificity = reciprocal (assumption)") \
    X(hr_arms_limits, 0.9, 0.75, 1.0, "hazard ratio", "assumption (no published interstate estimate)") \
    X(hr_economic_linkage, 0.9, 0.75, 1.05, "hazard ratio", "assumption") \
    X(hr_territory_unresolved, 1.5, 1.2, 2.0, "hazard ratio", "DESIGN §4: settlement vs truce HR 0.38 (civil wars); weaker interstate effect assumed") \
    X(hr_great_power_party, 1.2, 1.0, 1.5, "hazard ratio", "assumption") \
    X(hr_decisive_victory, 0.13, 0.1, 0.5, "hazard ratio", "DESIGN §4: Fortna civil-war re-estimate HR 0.13; range allows a weaker interstate effect") \
    X(hr_stakes, 2.0, 1.5, 3.0, "hazard ratio", "DESIGN §4 prior for contiguity and existential stakes 1.5-3 (Russia-Ukraine layer)") \
    X(hr_tech_monitoring, 0.9, 0.8, 1.0, "hazard ratio", "assumption: satellite/drone monitoring eases attribution") \
    X(hr_strong_guarantee, 0.6, 0.4, 0.8, "hazard ratio", "assumption: Article-5-like US guarantee at full credibility (seed 001, Feb 2025)") \
    X(hr_western_force, 0.6, 0.4, 0.9, "hazard ratio", "assumption: Western tripwire/enforcement force (seed 001; seed 000, Lviv Herald 2024-25)") \
    X(hr_reassurance_force, 0.85, 0.7, 1.0, "hazard ratio", "assumption: reassurance presence away from the front (seed 001)") \
    X(hr_ukraine_rearmed, 0.75, 0.6, 0.9, "hazard ratio", "assumption: Israel model of a strong Ukrainian army (seed 001)") \
    X(hr_ukraine_capped, 1.2, 1.0, 1.4, "hazard ratio", "assumption: caps tilt the balance during the pause (seed 003, Kagan, AEI late 2022)") \
    X(hr_ukraine_demilitarised, 1.6, 1.2, 2.2, "hazard ratio", "assumption: severe caps invite a renewed offensive (seed 003)") \
    X(hr_auto_snapback, 0.85, 0.7, 1.0, "hazard ratio", "assumption: automatic sanction triggers on breach (seed 000)") \
    X(hr_assets_escrow, 0.9, 0.8, 1.0, "hazard ratio", "assumption: ~$300bn frozen assets as collateral (seed 001)") \
    X(hr_secondary_sanctions, 0.95, 0.85, 1.0, "hazard ratio", "assumption (seed 000)") \
    X(hr_sanctions_lifted, 1.15, 1.0, 1.3, "hazard ratio", "assumption: leverage gone") \
    X(hr_flank_alert, 0.95, 0.9, 1.0, "hazard ratio", "assumption (seed 000)") \
    X(hr_concession, 0.9, 0.75, 1.0, "hazard ratio per concession", "assumption (seed 002, 19FortyFive, 3 Feb 2023): neutrality, European arms control, recognition; weighted by the lens") \
    X(hr_ukraine_gains, 0.9, 0.7, 1.1, "hazard ratio", "assumption: seed 003 says strategic areas decide viability") \
    X(hr_two_tracks, 0.9, 0.8, 1.0, "hazard ratio", "assumption (seed 004, Parley Policy Initiative, early 2022); settlement HR 0.38 applies only once settled") \
    X(hr_patron_control, 1.5, 1.0, 2.5, "hazard ratio, deliberate channel", "DESIGN §4: with a party's force the deal holds only while the patron wants it (3 of 4 broke down)") \
    X(regeneration_gain, 0.5, 0.2, 1.0, "relative rise of deliberate hazard", "seed 003: a freeze is a pause for Russian regeneration; size is an assumption") \
    X(regeneration_months, 36, 24, 60, "months", "assumption: time to rebuild offensive capacity") \
    X(us_election_first_month, 34, 34, 34, "month", "assumption: signed early 2026, US election Nov 2028, then every 48 months") \
    X(us_drop_per_election, 0.6, 0.3, 0.9, "probability x (1 - us_reliability)", "assumption: Western commitment can drop one level at each US election") \
    X(eu_fatigue_per_year, 0.15, 0.05, 0.3, "probability/year x (1 - european_readiness)", "assumption: European fatigue") \
    X(commitment_recovery, 0.25, 0.1, 0.4, "probability per check", "assumption") \
    X(credibility_wavering, 0.5, 0.3, 0.7, "share of full credibility", "assumption") \
    X(credibility_lapsed, 0.15, 0.0, 0.3, "share of full credibility", "assumption") \
    X(detection_none, 0.3, 0.15, 0.45, "share of serious violations attributed", "assumption") \
    X(detection_observers, 0.65, 0.5, 0.8, "share", "assumption") \
    X(detection_with_party, 0.4, 0.25, 0.55, "share", "assumption from Minsk (DESIGN §4)") \
    X(detection_armed, 0.8, 0.65, 0.9, "share", "assumption") \
    X(detection_tech_bonus, 0.15, 0.05, 0.25, "share added", "assumption") \
    X(political_approval, 0.6, 0.4, 0.8, "probability a detected breach is answered", "assumption: political approval may not come") \
    X(auto_response, 0.95, 0.85, 1.0, "probability", "assumption: automatic triggers act at once") \
    X(unanswered_reference, 0.5, 0.35, 0.65, "share", "assumption: typical share of serious violations left unanswered in past truces") \
    X(serious_violations_per_month, 0.1, 0.03, 0.3, "events/month", "assumption: serious (attack-scale) breaches at a bare line, scaled by the escalation-channel multiplier") \
    X(incidents_per_month, 400, 100, 900, "incidents/month", "DESIGN §4: Minsk ~200 violations a week 2016-2020 (OSCE); scaled by the escalation multiplier") \
    X(obligation_violation_rate, 0.05, 0.02, 0.1, "events/month per obligation", "assumption") \
    X(erosion_hr, 1.15, 1.0, 1.3, "hazard ratio per unanswered serious violation (max 3)", "assumption") \
    X(lever_sensitivity, 0.25, 0.1, 0.4, "relative hazard per unit normalised lever deviation", "assumption")

enum class ParamId : std::uint16_t {
#define ARMISTICE_X(id, v, lo, hi, unit, src) id,
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
    std::string_view unit;
    std::string_view source;  // DESIGN §4 / seed / "assumption: ..."
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
