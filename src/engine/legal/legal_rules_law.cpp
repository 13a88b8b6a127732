// legal_rules_law.cpp — rules that test clauses against named principles of international law.
// Data, not logic (see legal.h). Explanations paraphrase the texts; where readings differ
// (e.g. the OSCE Charter's two halves, seed 002) the rule says so rather than picking a side.
#include "engine/legal/legal_rules_data.h"

namespace armistice::legal_data {

using P = Principle;
using L = LegalStatus;

std::vector<LegalRule> principle_rules() {
    const std::vector<std::string_view> neutral = {
        "alignment.armed_neutrality", "alignment.istanbul_neutrality",
        "alignment.demilitarised_neutrality", "alignment.constitutional_ban"};
    return {
        // [SECTION] UN Charter art. 2(4)
        {"un.recognition_de_jure", P::UnCharter2_4, L::Violates, "status.de_jure", {},
         "Recognising land taken by force as Russian rewards the use of force that art. 2(4) "
         "prohibits; UN General Assembly resolutions 68/262 (2014) and ES-11/4 (2022) call on "
         "states not to recognise these annexations."},
        {"un.recognition_crimea", P::UnCharter2_4, L::Violates, "status.de_jure_crimea", {},
         "Recognising Crimea as Russian in law accepts an acquisition by force; UN General "
         "Assembly resolution 68/262 (2014) calls on states not to recognise it."},
        {"un.cession_four_oblasts", P::UnCharter2_4, L::InTension, "line.four_oblasts", {},
         "Ukraine would give up land Russia does not hold, under the pressure of continuing "
         "force; a treaty procured by the threat or use of force is void (Vienna Convention on "
         "the Law of Treaties, art. 52)."},
        {"un.cession_donetsk", P::UnCharter2_4, L::InTension, "line.donetsk_withdrawal", {},
         "Ukraine would leave land it holds under the pressure of continuing force, which sits "
         "uneasily with the ban on gaining territory by the threat or use of force."},
        {"un.restoration", P::UnCharter2_4, L::Consistent, "line.borders_1991", {},
         "Restores the borders whose violation the UN General Assembly deplored (ES-11/1, 2022)."},

        // [SECTION] Helsinki Final Act 1975: frontiers, territorial integrity, non-intervention
        {"helsinki.frontiers_de_jure", P::HelsinkiFrontiers, L::Violates, "status.de_jure", {},
         "The Final Act holds frontiers inviolable and allows them to change only peacefully "
         "and by agreement; recognising annexations made by force contradicts that."},
        {"helsinki.frontiers_crimea", P::HelsinkiFrontiers, L::Violates, "status.de_jure_crimea", {},
         "Recognising Crimea as Russian accepts a frontier changed by force, contrary to the "
         "inviolability of frontiers."},
        {"helsinki.frontiers_de_facto", P::HelsinkiFrontiers, L::InTension, "status.de_facto", {},
         "Acknowledging Russian control without recognising sovereignty keeps the frontier "
         "legally intact but accepts its violation in practice."},
        {"helsinki.frontiers_no_recognition", P::HelsinkiFrontiers, L::Consistent,
         "status.no_recognition", {},
         "Non-recognition keeps Ukraine's frontier legally intact while the line is frozen."},
        {"helsinki.frontiers_administration", P::HelsinkiFrontiers, L::Consistent,
         "status.intl_administration", {},
         "A temporary international administration leaves sovereignty and the frontier "
         "unchanged pending a negotiated final status."},
        {"helsinki.integrity_four_oblasts", P::HelsinkiTerritorialIntegrity, L::InTension,
         "line.four_oblasts", {},
         "The Final Act says no occupation or acquisition of territory by force will be "
         "recognised as legal; handing over whole oblasts under pressure strains that principle."},
        {"helsinki.integrity_donetsk", P::HelsinkiTerritorialIntegrity, L::InTension,
         "line.donetsk_withdrawal", {},
         "Giving up held land under military pressure strains the principle of territorial "
         "integrity, even if done by agreement."},
        {"helsinki.integrity_buffer", P::HelsinkiTerritorialIntegrity, L::InTension,
         "separation.buffer_zone", {},
         "Land Ukraine leaves becomes a zone whose future a referendum would decide, putting part "
         "of its territory in question."},
        {"helsinki.integrity_znpp", P::HelsinkiTerritorialIntegrity, L::InTension,
         "zaporizhzhia_npp.russian", {},
         "A plant on Ukrainian territory stays in the hands of the occupying state."},
        {"helsinki.nonintervention_elections", P::HelsinkiNonIntervention, L::InTension,
         "elections.before_treaty", {},
         "Making peace wait for new Ukrainian authorities lets another state shape Ukraine's "
         "internal politics, which the non-intervention principle rules out."},
        {"helsinki.nonintervention_election_date", P::HelsinkiNonIntervention, L::InTension,
         "elections.within_100_days", {},
         "An election date set by an international deal touches matters of Ukraine's domestic "
         "jurisdiction; acceptable only if Ukraine freely agrees."},
        {"helsinki.nonintervention_sequence", P::HelsinkiNonIntervention, L::InTension,
         "process.elections_then_treaty", {},
         "Conditioning the treaty on elections treats Ukraine's current government as unable to "
         "sign, an intervention in its internal affairs."},
        {"helsinki.nonintervention_identity", P::HelsinkiNonIntervention, L::InTension,
         "identity.russian_language_church", {},
         "Language and church policy are matters of Ukraine's domestic jurisdiction; imposing "
         "them by treaty sits uneasily with non-intervention."},
        {"helsinki.nonintervention_eu_standards", P::HelsinkiNonIntervention, L::Consistent,
         "identity.eu_minority_standards", {},
         "Ukraine adopts European minority standards it is already working towards; no outside "
         "state dictates its policy."},

        // [SECTION] Budapest Memorandum 1994
        {"budapest.recognition", P::BudapestMemorandum, L::Violates, "status.de_jure", {},
         "Russia, the UK and the US undertook to respect Ukraine's existing borders in return for "
         "its nuclear disarmament; recognising annexations breaks that undertaking."},
        {"budapest.recognition_crimea", P::BudapestMemorandum, L::Violates, "status.de_jure_crimea", {},
         "US recognition of Crimea as Russian would break the US undertaking in 1994 to respect "
         "Ukraine's existing borders."},
        {"budapest.cession", P::BudapestMemorandum, L::InTension, "line.four_oblasts", {},
         "The memorandum's signatories promised to refrain from the threat or use of force "
         "against Ukraine; a deal that hands over more land rewards the breach."},
        {"budapest.veto_assurances", P::BudapestMemorandum, L::InTension,
         "guarantee.guarantor_group_veto", {},
         "Repeats the 1994 pattern: assurances from a group that includes the state that broke "
         "them, with no way to enforce them."},
        {"budapest.neutral_unguaranteed", P::BudapestMemorandum, L::InTension, "guarantee.none",
         neutral,
         "Ukraine gives up alliance options without any guarantee, as it gave up nuclear weapons "
         "in 1994 for assurances that did not hold."},
        {"budapest.binding_guarantee", P::BudapestMemorandum, L::Consistent,
         "guarantee.article5_like_us", {},
         "Replaces the 1994 assurances, which carried no obligation to act, with a binding "
         "commitment."},

        // [SECTION] NATO-Russia Founding Act 1997
        {"nrfa.bases", P::NatoRussiaFoundingAct, L::InTension, "foreign_forces.bases", {},
         "In 1997 NATO said it would not permanently station substantial combat forces on new "
         "members' territory; permanent Western bases in Ukraine run against that restraint, "
         "although the Act has been largely dormant since 2014."},
        {"nrfa.tripwire", P::NatoRussiaFoundingAct, L::InTension, "foreign_forces.tripwire", {},
         "A standing allied tripwire force near Russia's border goes against the Act's pledge of "
         "restraint on stationed combat forces."},
        {"nrfa.norway", P::NatoRussiaFoundingAct, L::Consistent, "alignment.nato_norway", {},
         "Self-imposed limits on foreign forces mirror the restraint NATO pledged in the Act."},
        {"nrfa.basing_limits", P::NatoRussiaFoundingAct, L::Consistent,
         "european_security.basing_limits", {},
         "Limits on bases and long-range weapons revive the restraint the Act set out."},
        {"nrfa.cfe", P::NatoRussiaFoundingAct, L::Consistent, "european_security.cfe_ceilings", {},
         "Force ceilings on the CFE pattern revive the arms-control regime the Act built on."},

        // [SECTION] OSCE Istanbul Charter 1999
        {"osce.choice_constitutional_ban", P::OsceIstanbulCharter, L::InTension,
         "alignment.constitutional_ban", {},
         "The Charter affirms each state's freedom to choose its security arrangements, "
         "including alliances; a permanent ban written into a peace deal narrows that choice."},
        {"osce.choice_istanbul", P::OsceIstanbulCharter, L::InTension,
         "alignment.istanbul_neutrality", {},
         "Neutrality is a choice the Charter protects only if freely made; permanent neutrality "
         "with caps, agreed under fire, strains the freedom to choose alliances."},
        {"osce.choice_demilitarised", P::OsceIstanbulCharter, L::InTension,
         "alignment.demilitarised_neutrality", {},
         "Imposed neutral and demilitarised status restricts Ukraine's freedom to choose its "
         "security arrangements."},
        {"osce.choice_armed_neutrality", P::OsceIstanbulCharter, L::Consistent,
         "alignment.armed_neutrality", {},
         "The Charter also recognises the right to neutrality; consistent if Ukraine chooses it "
         "freely."},
        {"osce.choice_nato", P::OsceIstanbulCharter, L::Consistent, "alignment.nato_full", {},
         "Joining an alliance is a choice the Charter protects; Russia reads its clause on not "
         "strengthening security at others' expense against enlargement (seed 002)."},
        {"osce.choice_nato_west_germany", P::OsceIstanbulCharter, L::Consistent,
         "alignment.nato_west_germany", {},
         "Joining an alliance is a choice the Charter protects; the limits on Article 5 are "
         "Ukraine's own undertaking."},
        {"osce.choice_nato_norway", P::OsceIstanbulCharter, L::Consistent, "alignment.nato_norway", {},
         "Joining an alliance is a choice the Charter protects; self-limits on foreign forces "
         "also answer its clause on others' security."},
        {"osce.expense_bases", P::OsceIstanbulCharter, L::InTension, "foreign_forces.bases", {},
         "The Charter asks states not to strengthen their security at others' expense; Russia "
         "cites that clause against Western bases, the West the freedom to host them (seed 002)."},
        {"osce.expense_tripwire", P::OsceIstanbulCharter, L::InTension, "foreign_forces.tripwire", {},
         "Foreign combat troops are Ukraine's choice under the Charter, but Russia invokes its "
         "clause on not strengthening security at others' expense (seed 002)."},
        {"osce.indivisibility_limits", P::OsceIstanbulCharter, L::Consistent,
         "european_security.basing_limits", {},
         "Mutual limits near the NATO-Russia border answer the Charter's call for indivisible "
         "security (seed 002)."},

        // [SECTION] Geneva Convention III art. 118
        {"gc3.prisoners_missing", P::GenevaIII118, L::InTension, "humanitarian.none", {},
         "The agreement says nothing about prisoners; art. 118 requires their release and "
         "repatriation without delay once active hostilities end, deal or no deal."},
        {"gc3.exchange", P::GenevaIII118, L::Consistent, "humanitarian.prisoner_exchange", {},
         "Releasing all prisoners of war meets the duty of art. 118; it should not be delayed "
         "by haggling over numbers."},
        {"gc3.prisoners_children", P::GenevaIII118, L::Consistent,
         "humanitarian.prisoners_children", {},
         "Prisoner release meets art. 118; the return of deported children answers the wider "
         "protection of civilians."},
        {"gc3.full", P::GenevaIII118, L::Consistent, "humanitarian.full", {},
         "Prisoners, detainees, children and the dead are provided for, with verification."},
    };
}

}  // namespace armistice::legal_data
