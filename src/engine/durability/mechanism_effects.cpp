// mechanism_effects.cpp — the mechanism table (see mechanism_effects.h). Its words are rows of
// data/strings/<lang>/engine_model_card.csv (model_card.mechanism.<mechanism name>).
#include "engine/durability/mechanism_effects.h"

namespace armistice::durability {

const std::vector<MechanismEffect>& mechanism_effects() {
    using M = Mechanism;
    static const std::vector<MechanismEffect> kRows = {
        {M::Withdrawal, "model_card.mechanism.withdrawal", ""},
        {M::Dmz, "model_card.mechanism.dmz", ""},
        {M::DmzWide, "model_card.mechanism.dmz_wide", ""},
        {M::ObserversNeutral, "model_card.mechanism.observers_neutral", ""},
        {M::ObserversWithParty, "model_card.mechanism.observers_with_party", ""},
        {M::ArmedNeutralForce, "model_card.mechanism.armed_neutral_force", ""},
        {M::ForceWithParty, "model_card.mechanism.force_with_party", ""},
        {M::Guarantee, "model_card.mechanism.guarantee", ""},
        {M::JointCommission, "model_card.mechanism.joint_commission", ""},
        {M::SpecificityHigh, "model_card.mechanism.specificity_high", ""},
        {M::SpecificityLow, "model_card.mechanism.specificity_low", ""},
        {M::ArmsLimits, "model_card.mechanism.arms_limits", ""},
        {M::EconomicLinkage, "model_card.mechanism.economic_linkage", ""},
        {M::TerritoryUnresolved, "model_card.mechanism.territory_unresolved", ""},
        {M::GreatPowerParty, "model_card.mechanism.great_power_party", ""},
        {M::DecisiveVictory, "model_card.mechanism.decisive_victory", ""},
        {M::TechMonitoring, "model_card.mechanism.tech_monitoring", ""},
        {M::WesternForce, "model_card.mechanism.western_force", ""},
        {M::ReassuranceForce, "model_card.mechanism.reassurance_force", ""},
        {M::TrainersOnly, "", "model_card.mechanism.trainers_only"},
        {M::StrongGuarantee, "model_card.mechanism.strong_guarantee", ""},
        {M::GuaranteeRussianVeto, "model_card.mechanism.guarantee_russian_veto", ""},
        {M::GuaranteeConditional, "model_card.mechanism.guarantee_conditional", ""},
        {M::UkraineRearmed, "model_card.mechanism.ukraine_rearmed", ""},
        {M::UkraineCapped, "model_card.mechanism.ukraine_capped", ""},
        {M::UkraineDemilitarised, "model_card.mechanism.ukraine_demilitarised", ""},
        {M::AutoSnapback, "model_card.mechanism.auto_snapback", ""},
        {M::SanctionsKept, "", "model_card.mechanism.sanctions_kept", M::EconomicLinkage},
        {M::SanctionsLifted, "model_card.mechanism.sanctions_lifted", ""},
        {M::SecondarySanctions, "model_card.mechanism.secondary_sanctions", ""},
        {M::AssetsEscrow, "model_card.mechanism.assets_escrow", ""},
        {M::AssetsToUkraine, "model_card.mechanism.assets_to_ukraine", ""},
        {M::NatoMembership, "model_card.mechanism.nato_membership", ""},
        {M::NatoBarred, "model_card.mechanism.nato_barred", ""},
        {M::Neutrality, "", "model_card.mechanism.neutrality", M::NatoBarred},
        {M::RecognitionDeFacto, "model_card.mechanism.recognition_de_facto", ""},
        {M::RecognitionDeJure, "model_card.mechanism.recognition_de_jure", ""},
        {M::InternationalAdmin, "model_card.mechanism.international_admin", ""},
        {M::UkraineGains, "model_card.mechanism.ukraine_gains", ""},
        {M::MaximalTerritory, "model_card.mechanism.maximal_territory", ""},
        {M::Humanitarian, "", "model_card.mechanism.humanitarian"},
        {M::FlankAlert, "model_card.mechanism.flank_alert", ""},
        {M::ArmsControlEurope, "model_card.mechanism.arms_control_europe", ""},
        {M::TwoTracks, "model_card.mechanism.two_tracks", ""},
        {M::SpecialStatus, "", "model_card.mechanism.special_status"},
        {M::Prosecution, "", "model_card.mechanism.prosecution"},
    };
    return kRows;
}

}  // namespace armistice::durability
