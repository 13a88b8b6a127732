// mechanism_effects.cpp — the mechanism table (see mechanism_effects.h).
#include "engine/durability/mechanism_effects.h"

namespace armistice::durability {

const std::vector<MechanismEffect>& mechanism_effects() {
    using M = Mechanism;
    static const std::vector<MechanismEffect> kRows = {
        {M::Withdrawal, "hr_withdrawal (escalation; scaled by the sector share)", ""},
        {M::Dmz, "hr_dmz (escalation; scaled by the sector share)", ""},
        {M::DmzWide, "hr_dmz_wide (escalation; scaled by the sector share)", ""},
        {M::ObserversNeutral, "hr_observers_neutral (escalation), detection_observers", ""},
        {M::ObserversWithParty, "hr_observers_with_party (escalation), detection_with_party", ""},
        {M::ArmedNeutralForce, "hr_armed_neutral (escalation), detection_armed", ""},
        {M::ForceWithParty,
         "hr_force_with_party, hr_patron_control (deliberate), detection_with_party", ""},
        {M::Guarantee,
         "hr_guarantee (historical cases); deterrence score: automaticity (Russia-Ukraine)", ""},
        {M::JointCommission, "hr_joint_commission (escalation)", ""},
        {M::SpecificityHigh, "hr_specificity_high (escalation)", ""},
        {M::SpecificityLow, "hr_specificity_low (all channels)", ""},
        {M::ArmsLimits, "hr_arms_limits (deliberate)", ""},
        {M::EconomicLinkage, "hr_economic_linkage (collapse)", ""},
        {M::TerritoryUnresolved, "hr_territory_unresolved (all channels)", ""},
        {M::GreatPowerParty, "hr_great_power_party (all channels)", ""},
        {M::DecisiveVictory, "hr_decisive_victory (all channels)", ""},
        {M::TechMonitoring, "hr_tech_monitoring (escalation), detection_tech_bonus", ""},
        {M::WesternForce,
         "deterrence score: forces (det_forces_tripwire), European nuclear share; lens provocation "
         "weight",
         ""},
        {M::ReassuranceForce, "deterrence score: forces (det_forces_reassurance)", ""},
        {M::TrainersOnly, "",
         "trainers and advisers have no deterrent mandate (seed 001 draws this line); what "
         "training adds to "
         "Ukraine's army is read through ukraine_rearmed when the deal promises it"},
        {M::StrongGuarantee,
         "deterrence score: automaticity (det_auto_us_pledge), nuclear commitment", ""},
        {M::GuaranteeRussianVeto,
         "deterrence score set to 0 (the adversary can block the response)", ""},
        {M::GuaranteeConditional, "hr_conditional_guarantee (escalation)", ""},
        {M::UkraineRearmed, "hr_ukraine_rearmed (deliberate, credibility-weighted)", ""},
        {M::UkraineCapped, "hr_ukraine_capped (deliberate), regen_one_sided", ""},
        {M::UkraineDemilitarised,
         "hr_ukraine_demilitarised (deliberate); always set with ukraine_capped", ""},
        {M::AutoSnapback, "hr_auto_snapback (collapse), auto_response", ""},
        {M::SanctionsKept, "",
         "every option that keeps sanctions also sets economic_linkage, which carries the effect; "
         "counting "
         "both would double it",
         M::EconomicLinkage},
        {M::SanctionsLifted, "hr_sanctions_lifted (deliberate)", ""},
        {M::SecondarySanctions, "hr_secondary_sanctions (deliberate)", ""},
        {M::AssetsEscrow, "hr_assets_escrow (deliberate)", ""},
        {M::AssetsToUkraine, "hr_assets_to_ukraine (deliberate)", ""},
        {M::NatoMembership,
         "deterrence score: automaticity (det_auto_treaty), forces (det_forces_allied_basing), "
         "nuclear",
         ""},
        {M::NatoBarred, "hr_concession (deliberate, lens-weighted): Russia's war aim met", ""},
        {M::Neutrality, "",
         "every neutrality option also bars NATO membership (nato_barred), which carries the "
         "effect of this "
         "war aim being met; counting both would double it",
         M::NatoBarred},
        {M::RecognitionDeFacto, "hr_concession (deliberate, lens-weighted): Russia's war aim met",
         ""},
        {M::RecognitionDeJure,
         "hr_concession (deliberate, lens-weighted): Russia's war aim met in law", ""},
        {M::InternationalAdmin, "hr_international_admin (escalation)", ""},
        {M::UkraineGains, "hr_ukraine_gains (deliberate)", ""},
        {M::MaximalTerritory,
         "hr_concession (deliberate, lens-weighted): Russia's territorial aim met", ""},
        {M::Humanitarian, "",
         "prisoner exchanges and returns build some trust, but no ceasefire study we rely on links "
         "them to "
         "breakdown; they count in 'Will they sign?'"},
        {M::FlankAlert, "hr_flank_alert (deliberate)", ""},
        {M::ArmsControlEurope, "hr_concession (deliberate, lens-weighted), regen_mutual_limits",
         ""},
        {M::TwoTracks, "hr_two_tracks (deliberate)", ""},
        {M::SpecialStatus, "",
         "no durability effect: the historical cases (shared/backtest) do not code a special "
         "status, and its one Russia-Ukraine precedent (Minsk II) was never implemented, so there "
         "is no estimate to read; its effect on signing is in the acceptance model"},
        {M::Prosecution, "",
         "no durability effect: the historical cases do not code post-war prosecution, and the "
         "comparative evidence on trials and peace duration is mixed (assumption: no effect); "
         "its effect on signing is in the acceptance model"},
    };
    return kRows;
}

}  // namespace armistice::durability
