// legal_rules_consistency.cpp — rules that catch clauses contradicting each other.
// Status Violates = an outright contradiction (the closest-agreement search avoids these);
// InTension = the clauses fit badly and need drafting care. Data, not logic (see legal.h).
#include "engine/legal/legal_rules_data.h"

namespace armistice::legal_data {

using P = Principle;
using L = LegalStatus;

std::vector<LegalRule> consistency_rules() {
    const std::vector<std::string_view> non_nato = {
        "alignment.nato_deferred",       "alignment.nato_consensus",
        "alignment.armed_neutrality",    "alignment.istanbul_neutrality",
        "alignment.demilitarised_neutrality", "alignment.constitutional_ban",
        "alignment.no_nato_pledge",      "alignment.left_open"};
    const std::vector<std::string_view> neutral = {
        "alignment.armed_neutrality", "alignment.istanbul_neutrality",
        "alignment.demilitarised_neutrality", "alignment.constitutional_ban"};
    const std::vector<std::string_view> nato = {"alignment.nato_full", "alignment.nato_west_germany",
                                                "alignment.nato_norway"};
    const std::vector<std::string_view> troops = {"foreign_forces.bases", "foreign_forces.tripwire"};
    const std::vector<std::string_view> not_1991_status = {
        "status.intl_administration", "status.de_facto", "status.de_jure_crimea", "status.de_jure"};
    const P C = P::InternalConsistency;
    return {
        {"consistency.article5_without_nato", C, L::Violates, "guarantee.article5", non_nato,
         "Article 5 protects NATO members only; the agreement gives the guarantee without "
         "membership."},
        {"consistency.nato_no_guarantee", C, L::Violates, "guarantee.none", nato,
         "NATO membership brings the Article 5 guarantee; 'no guarantee' contradicts it."},
        {"consistency.nato_veto_guarantee", C, L::Violates, "guarantee.guarantor_group_veto", nato,
         "A NATO member is defended by the alliance; a guarantor group in which Russia can block "
         "action contradicts that."},
        {"consistency.nato_foreign_forces_banned", C, L::Violates, "foreign_forces.banned",
         {"alignment.nato_full", "alignment.nato_west_germany"},
         "NATO membership with every foreign soldier banned leaves Article 5 without the means "
         "to reinforce Ukraine."},
        {"consistency.norway_total_ban", C, L::InTension, "foreign_forces.banned",
         {"alignment.nato_norway"},
         "The Norway variant limits foreign bases in peacetime; a total ban goes further and "
         "would hamper allied reinforcement and exercises."},
        {"consistency.norway_with_troops", C, L::Violates, "alignment.nato_norway", troops,
         "The Norway variant means no foreign bases or troops in peacetime; stationing them "
         "contradicts it."},
        {"consistency.neutral_with_troops", C, L::Violates, "foreign_forces.bases", neutral,
         "A neutral or non-aligned Ukraine cannot host Western bases."},
        {"consistency.neutral_with_tripwire", C, L::Violates, "foreign_forces.tripwire", neutral,
         "A neutral or non-aligned Ukraine cannot host a foreign tripwire force."},
        {"consistency.neutral_european_tripwire", C, L::Violates, "guarantee.european_tripwire",
         neutral, "A tripwire guarantee puts European troops in a Ukraine declared neutral."},
        {"consistency.neutral_european_backstop", C, L::Violates,
         "guarantee.european_tripwire_us_backstop", neutral,
         "A tripwire guarantee puts allied troops in a Ukraine declared neutral."},
        {"consistency.neutral_western_force", C, L::InTension, "monitoring.western_force", neutral,
         "Peacekeepers from NATO states in a neutral Ukraine blur its neutral status; neutral "
         "providers would fit better."},
        {"consistency.armed_force_russian_veto", C, L::Violates, "monitoring.western_force",
         {"guarantee.guarantor_group_veto"},
         "A Western force is to answer violations, but the guarantee behind it lets Russia block "
         "any action: the force has a mandate it cannot use."},
        {"consistency.neutral_force_russian_veto", C, L::InTension,
         "monitoring.neutral_armed_force", {"guarantee.guarantor_group_veto"},
         "An armed force may use force against violations, yet the guarantor group includes "
         "Russia, which can block follow-up action."},
        {"consistency.tripwire_troops_banned", C, L::Violates, "guarantee.european_tripwire",
         {"foreign_forces.banned"},
         "A European tripwire needs European troops in Ukraine; the agreement bans foreign troops."},
        {"consistency.backstop_troops_banned", C, L::Violates,
         "guarantee.european_tripwire_us_backstop", {"foreign_forces.banned"},
         "A European tripwire needs European troops in Ukraine; the agreement bans foreign troops."},
        {"consistency.trainers_troops_banned", C, L::Violates, "guarantee.european_trainers",
         {"foreign_forces.banned"},
         "European trainers are foreign personnel in Ukraine; the agreement bans them."},
        {"consistency.western_force_troops_banned", C, L::Violates, "monitoring.western_force",
         {"foreign_forces.banned"},
         "A Western enforcement force is foreign troops in Ukraine; the agreement bans them."},
        {"consistency.israel_model_caps", C, L::Violates, "guarantee.israel_model",
         {"ukraine_forces.istanbul_caps", "ukraine_forces.demilitarisation",
          "ukraine_forces.long_range_limits"},
         "The Israel model rests on a strong Ukrainian army with long-range strike; the caps in "
         "the agreement forbid it."},
        {"consistency.israel_indirect_caps", C, L::Violates, "guarantee.israel_model_indirect_us",
         {"ukraine_forces.istanbul_caps", "ukraine_forces.demilitarisation",
          "ukraine_forces.long_range_limits"},
         "The Israel model rests on a strong Ukrainian army with long-range strike; the caps in "
         "the agreement forbid it."},
        {"consistency.israel_model_600k", C, L::InTension, "guarantee.israel_model",
         {"ukraine_forces.cap_600k"},
         "A heavily armed Ukraine able to deter alone sits uneasily with a 600,000 ceiling."},
        {"consistency.demilitarised_no_caps", C, L::Violates, "alignment.demilitarised_neutrality",
         {"ukraine_forces.none", "ukraine_forces.cap_800k"},
         "Demilitarised status contradicts leaving Ukraine's forces uncapped or near their "
         "wartime size."},
        {"consistency.istanbul_no_caps", C, L::Violates, "alignment.istanbul_neutrality",
         {"ukraine_forces.none"},
         "The Istanbul-2022 pattern included military caps; the agreement sets none."},
        {"consistency.borders_1991_status", C, L::Violates, "line.borders_1991", not_1991_status,
         "With the 1991 borders restored there are no occupied areas left to administer or "
         "recognise."},
        {"consistency.borders_1991_buffer", C, L::Violates, "line.borders_1991",
         {"separation.buffer_zone"},
         "A buffer zone made of land Ukraine leaves contradicts the full restoration of its "
         "borders."},
        {"consistency.znpp_russian_after_withdrawal", C, L::Violates, "zaporizhzhia_npp.russian",
         {"line.borders_1991", "line.lines_2022", "line.after_gains"},
         "The line leaves the plant on Ukraine's side, yet Russia is to keep it."},
        {"consistency.west_germany_nothing_to_retake", C, L::InTension,
         "alignment.nato_west_germany", {"line.borders_1991"},
         "The West Germany variant limits Article 5 to controlled territory and forbids retaking "
         "land by force; with 1991 borders restored there is nothing left to retake."},
        {"consistency.lifted_snapback", C, L::InTension, "sanctions.lifted",
         {"breach_response.automatic_sanctions", "breach_response.automatic_and_readiness"},
         "Automatic sanctions on breach need a list to restore; lifting everything without a "
         "snapback list leaves the trigger empty."},
        {"consistency.assets_returned_paid", C, L::Violates, "reparations.via_assets",
         {"assets.returned"},
         "Damage cannot be paid from frozen assets that are returned to Russia."},
        {"consistency.assets_split_paid", C, L::InTension, "reparations.via_assets",
         {"assets.us_russia_funds"},
         "Paying damage from the assets while they go to US and US-Russian funds needs careful "
         "drafting."},
        {"consistency.assets_and_reparations", C, L::InTension, "reparations.russia_pays",
         {"assets.to_ukraine"},
         "The assets were to go to Ukraine in lieu of reparations (seed 001); asking for both "
         "counts the damage twice unless the sums are offset."},
        {"consistency.energy_pause_dmz", C, L::InTension, "process.energy_pause",
         {"separation.dmz_narrow", "separation.dmz_wide", "separation.buffer_zone"},
         "Only energy strikes stop while fighting goes on, so a demilitarised zone along the "
         "line cannot be set up."},
        {"consistency.istanbul_western_guarantee", C, L::Violates, "alignment.istanbul_neutrality",
         {"guarantee.article5", "guarantee.article5_like_us", "guarantee.european_tripwire",
          "guarantee.european_tripwire_us_backstop", "guarantee.coalition_force_us_backed"},
         "Istanbul-2022 neutrality rests on a guarantor group that includes Russia; a Western "
         "guarantee that Russia cannot block contradicts that design."},
        {"consistency.istanbul_large_army", C, L::Violates, "alignment.istanbul_neutrality",
         {"ukraine_forces.cap_800k"},
         "Istanbul-2022 neutrality comes with caps on Ukraine's forces far below an 800,000 army "
         "(both sides' draft figures of 2022 were a fraction of it)."},
        {"consistency.elections_before_single_deal", C, L::InTension, "elections.before_treaty",
         {"process.single_deal"},
         "A single comprehensive deal is signed now, yet no treaty is to come before elections."},
        {"consistency.amnesty_with_prosecution", C, L::Violates, "amnesty.full_amnesty",
         {"accountability.aggression_tribunal", "accountability.war_crimes_prosecution"},
         "A full amnesty for wartime acts contradicts trying those acts."},
        {"consistency.special_status_annexed", C, L::Violates, "status.de_jure",
         {"special_status.under_sovereignty", "special_status.autonomy_guarantees"},
         "A self-government regime inside Ukraine cannot apply to areas whose annexation the "
         "text recognises in law."},
        {"consistency.special_status_de_facto", C, L::InTension, "status.de_facto",
         {"special_status.under_sovereignty", "special_status.autonomy_guarantees"},
         "A special status inside Ukraine presumes the areas return to it, while the text "
         "acknowledges Russian control; it needs a sequence that says when."},
    };
}

}  // namespace armistice::legal_data
