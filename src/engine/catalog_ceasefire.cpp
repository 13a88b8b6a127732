// catalog_ceasefire.cpp — catalog data for the ceasefire track: line, status, separation,
// monitoring, foreign forces, limits on Ukraine's forces.
//
// Data, not logic. Descriptions paraphrase the sources; notes say who holds a position. Option
// order within a dimension is APPEND-ONLY (see catalog.h).
#include "engine/catalog_data.h"

namespace armistice::catalog_data {

using M = Mechanism;
using S = SourceId;
using St = Stance;

Dimension line_of_control() {
    return {Dim::Line, "line", "Line of control", "Where does the line between the forces run?",
            Track::Ceasefire, 3,
            {
                {"borders_1991", "1991 borders restored",
                 "Russia withdraws from all of Ukraine, Crimea included; the internationally "
                 "recognised borders of 1991 are restored.",
                 {{S::Seed001, St::Describes, "Ukraine's official position: all sovereign territory back"},
                  {S::Seed003, St::Describes, "the long-run aim; strategic areas first"}},
                 make_mechanisms({M::Withdrawal})},
                {"lines_2022", "Lines of 23 February 2022",
                 "Russian forces withdraw to where they stood before the full-scale invasion; "
                 "Crimea and parts of Donetsk and Luhansk stay under Russian control.",
                 {{S::Seed003, St::Describes, "Putin found this situation unacceptable enough to invade"},
                  {S::Seed004, St::Proposes, "Russian force withdrawal belongs in the political settlement"}},
                 make_mechanisms({M::Withdrawal, M::TerritoryUnresolved})},
                {"after_gains", "Line after Ukrainian gains",
                 "The line is frozen only after Ukraine has retaken strategically vital areas "
                 "(Melitopol, the Zaporizhzhia nuclear plant); then the facts are codified.",
                 {{S::Seed003, St::Proposes, "liberate the vital areas first, then codify them"}},
                 make_mechanisms({M::UkraineGains, M::TerritoryUnresolved}),
                 ClauseKind::BattlefieldOutcome},
                {"current_line", "Freeze the current line",
                 "Fighting stops where the forces stand; neither side gives up its claims.",
                 {{S::Seed001, St::Describes, "Ukraine might accept a freeze without legal recognition"},
                  {S::Seed000, St::Proposes, "peacekeepers would hold the existing front lines"},
                  {S::Seed003, St::Opposes, "a freeze now is a pause for Russian regeneration"}},
                 make_mechanisms({M::TerritoryUnresolved})},
                {"donetsk_withdrawal", "Ukraine leaves the rest of Donetsk",
                 "Ukraine withdraws from the part of Donetsk oblast it still holds; the front is "
                 "frozen in Kherson and Zaporizhzhia.",
                 {{S::Reported2025, St::Describes, "'Anchorage formula' (Aug 2025) and US 28-point draft (Nov 2025), as reported"}},
                 make_mechanisms({M::TerritoryUnresolved, M::MaximalTerritory})},
                {"four_oblasts", "Russia gets four whole oblasts",
                 "Ukraine withdraws from all of Donetsk, Luhansk, Kherson and Zaporizhzhia oblasts, "
                 "including cities Russia does not hold.",
                 {{S::Seed001, St::Describes, "Russia's demand, June 2024"},
                  {S::Seed000, St::Describes, "Russia's maximalist territorial demand"}},
                 make_mechanisms({M::MaximalTerritory})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension legal_status() {
    return {Dim::Status, "status", "Status of occupied areas",
            "What legal status do the areas Russia holds receive?", Track::Political, 0,
            {
                {"no_recognition", "No recognition",
                 "Nobody recognises Russian control; Ukraine keeps its claim and pursues it by "
                 "non-military means.",
                 {{S::Seed001, St::Describes, "what Ukraine might accept alongside a freeze"}},
                 make_mechanisms({M::TerritoryUnresolved})},
                {"intl_administration", "Temporary international administration",
                 "The occupied areas are run by an international administration until their final "
                 "status is negotiated.",
                 {{S::Seed000, St::Proposes, "a temporary special status instead of ceding sovereignty"}},
                 make_mechanisms({M::InternationalAdmin, M::TerritoryUnresolved})},
                {"de_facto", "De facto Russian control acknowledged",
                 "Russian control is acknowledged as a fact on the ground without legal "
                 "recognition of sovereignty.",
                 {{S::Reported2025, St::Describes, "US proposals of Apr and Nov 2025 and the Dec 2025 framework, as reported"}},
                 make_mechanisms({M::RecognitionDeFacto})},
                {"de_jure_crimea", "Crimea recognised de jure, rest de facto",
                 "The United States recognises Crimea as Russian in law; the other occupied areas "
                 "are acknowledged de facto.",
                 {{S::Reported2025, St::Describes, "US 'final offer', Apr 2025, as reported"}},
                 make_mechanisms({M::RecognitionDeFacto, M::RecognitionDeJure})},
                {"de_jure", "Annexations recognised in law",
                 "Crimea and the annexed oblasts are recognised internationally as Russian territory.",
                 {{S::Seed001, St::Describes, "follows from Russia's June 2024 demands"},
                  {S::Reported2025, St::Describes, "Russian memorandum, Istanbul, 2 Jun 2025, as reported"}},
                 make_mechanisms({M::RecognitionDeJure})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension separation() {
    return {Dim::Separation, "separation", "Separation of forces",
            "How far apart are the forces kept?", Track::Ceasefire, 0,
            {
                {"none", "No separation",
                 "Forces stay in contact along the line; only firing stops.",
                 {{S::Seed003, St::Describes, "the 2014–22 ceasefire never stopped the fire"}},
                 make_mechanisms({})},
                {"pullback", "Heavy weapons pulled back",
                 "Artillery and heavy weapons withdraw a set distance; troops may stay at the line.",
                 {{S::Historical, St::Describes, "Minsk II (2015) withdrawal lines for heavy weapons"}},
                 make_mechanisms({M::Withdrawal})},
                {"dmz_narrow", "Demilitarised zone (about 15 km)",
                 "A narrow zone along the line with no troops or heavy weapons.",
                 {{S::Seed004, St::Proposes, "demilitarised zones prevent accidental and deliberate incidents"}},
                 make_mechanisms({M::Withdrawal, M::Dmz})},
                {"dmz_wide", "Wide demilitarised zone (30 km or more)",
                 "A wide zone, on the Korean pattern, that keeps the armies out of each other's "
                 "direct fire range.",
                 {{S::Seed004, St::Proposes, "separation of forces and demilitarised zones"},
                  {S::Historical, St::Describes, "Korean Armistice 1953: 4 km zone, still holding"}},
                 make_mechanisms({M::Withdrawal, M::Dmz, M::DmzWide})},
                {"buffer_zone", "Demilitarised buffer or free economic zone",
                 "Land that Ukraine leaves becomes a demilitarised buffer or free economic zone, "
                 "its status subject to a referendum.",
                 {{S::Reported2025, St::Describes, "US 28-point draft (Nov 2025) and 20-point framework (Dec 2025), as reported"}},
                 make_mechanisms({M::Withdrawal, M::Dmz})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension monitoring() {
    return {Dim::Monitoring, "monitoring", "Monitoring and peacekeeping",
            "Who watches the line, and can they act?", Track::Ceasefire, 0,
            {
                {"none", "No monitors",
                 "The parties police the ceasefire themselves.",
                 {{S::Assumption, St::Describes, "the bare-ceasefire baseline"}},
                 make_mechanisms({})},
                {"observers_with_party", "Unarmed observers including a party",
                 "An OSCE-style unarmed mission whose members include Russia; it reports but "
                 "cannot act.",
                 {{S::Historical, St::Describes, "OSCE Special Monitoring Mission under Minsk, 2014–22"}},
                 make_mechanisms({M::ObserversWithParty})},
                {"neutral_observers", "Neutral unarmed observers",
                 "Observers from neutral, non-aligned states verify compliance (early 2022 "
                 "suggestions included Finland, Switzerland and India).",
                 {{S::Seed004, St::Proposes, "third-party oversight by neutral, non-aligned states"}},
                 make_mechanisms({M::ObserversNeutral})},
                {"tech_monitoring", "Satellite and drone monitoring",
                 "The line is watched from space and by drones under US leadership; no troops "
                 "on the line.",
                 {{S::Reported2025, St::Describes, "London counter (Apr 2025) and 20-point framework (Dec 2025), as reported"}},
                 make_mechanisms({M::TechMonitoring})},
                {"neutral_armed_force", "Neutral armed peacekeepers",
                 "A multinational force from neutral states, authorised to use force against "
                 "violations by either side.",
                 {{S::Seed000, St::Proposes, "a force with a mandate to use force, unlike past missions"},
                  {S::Seed004, St::Proposes, "third-party peacekeeping in the political settlement"}},
                 make_mechanisms({M::ArmedNeutralForce})},
                {"western_force", "Western enforcement force",
                 "NATO or EU forces deploy along the line with authority to respond to violations.",
                 {{S::Seed000, St::Proposes, "NATO or EU peacekeepers to enforce the armistice on the front"}},
                 make_mechanisms({M::WesternForce, M::ArmedNeutralForce})},
                {"force_with_party", "Peacekeepers including Russia",
                 "A force that includes Russian contingents, on the pattern of Transnistria or "
                 "South Ossetia.",
                 {{S::Historical, St::Opposes, "Russian-provided peacekeepers: 4 cases, 3 breakdowns"}},
                 make_mechanisms({M::ForceWithParty})},
                {"us_led_international", "US-led monitoring with other states",
                 "Monitoring of the line led by the United States, with technical means and "
                 "personnel contributed by other states.",
                 {{S::Reported2025, St::Describes, "London counter (Apr 2025) and Paris Declaration (Jan 2026), as reported"}},
                 make_mechanisms({M::TechMonitoring, M::ObserversNeutral})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension foreign_forces() {
    return {Dim::ForeignForces, "foreign_forces", "Foreign forces in Ukraine",
            "May foreign troops be stationed in Ukraine?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed",
                 "The agreement says nothing about foreign troops.",
                 {{S::Assumption, St::Describes, "status quo"}},
                 make_mechanisms({})},
                {"banned", "No foreign troops",
                 "No foreign military presence or NATO infrastructure on Ukrainian soil.",
                 {{S::Seed002, St::Proposes, "keep NATO infrastructure out of Ukraine"},
                  {S::Reported2025, St::Describes, "Russian memorandum (Jun 2025) and US 'final offer', as reported"}},
                 make_mechanisms({M::ArmsLimits})},
                {"trainers", "Trainers and advisers only",
                 "Foreign trainers help rebuild Ukraine's forces but are not a deterrent and "
                 "would leave if war threatened.",
                 {{S::Seed001, St::Describes, "trainers would have to leave when a new invasion looms"}},
                 make_mechanisms({M::TrainersOnly})},
                {"reassurance", "Reassurance force away from the front",
                 "A multinational force stationed well behind the line to reassure and train.",
                 {{S::Reported2025, St::Describes, "Coalition of the willing, Paris Declaration, 6 Jan 2026, as reported"}},
                 make_mechanisms({M::ReassuranceForce})},
                {"tripwire", "European tripwire force",
                 "European troops deployed so that any new attack would involve their states.",
                 {{S::Seed001, St::Describes, "a tripwire puts European states at war if attacked"}},
                 make_mechanisms({M::WesternForce})},
                {"bases", "Western bases and training facilities",
                 "Western states keep bases and training sites in Ukraine, with or without "
                 "Russia's consent.",
                 {{S::Seed000, St::Proposes, "fallback if Russia refuses: unilateral bases and guarantees"}},
                 make_mechanisms({M::WesternForce})},
                {"no_nato_command", "No NATO-commanded troops in peacetime",
                 "No troops under NATO command are stationed in Ukraine in peacetime; national "
                 "or coalition presences are not excluded.",
                 {{S::Reported2025, St::Describes, "UK–France–Germany counter, Nov 2025, as reported"}},
                 make_mechanisms({})},
                {"unrestricted", "No limits on friendly forces",
                 "Ukraine may host any friendly forces it invites; nothing obliges anyone to send "
                 "them.",
                 {{S::Reported2025, St::Describes, "London counter, Apr 2025, as reported"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
                // Appended (links store option indices).
                {"us_troops", "US troops in a force in Ukraine",
                 "US soldiers serve on the ground in a Western force deployed in Ukraine at "
                 "Kyiv's invitation, as a deterrent.",
                 {{S::Reported2025, St::Describes,
                   "asked for by Kyiv and several European capitals in 2025; ruled out by the US "
                   "defence secretary (Feb 2025) and the US president (Aug 2025), as reported"}},
                 make_mechanisms({M::WesternForce}), ClauseKind::UnilateralAct},
            }};
}

Dimension ukraine_forces() {
    return {Dim::UkraineForces, "ukraine_forces", "Limits on Ukraine's forces",
            "Are Ukraine's army and weapons capped?", Track::Political, 0,
            {
                {"none", "No limits",
                 "Ukraine keeps whatever forces it can build.",
                 {{S::Reported2025, St::Describes, "London counter (Apr 2025): no caps, as reported"}},
                 make_mechanisms({})},
                {"cap_800k", "Peacetime army capped at 800,000",
                 "A ceiling close to Ukraine's current size.",
                 {{S::Reported2025, St::Describes, "UK–France–Germany counter (Nov 2025) and 20-point framework, as reported"}},
                 make_mechanisms({M::ArmsLimits})},
                {"cap_600k", "Army capped at 600,000",
                 "A ceiling well below Ukraine's wartime strength.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({M::ArmsLimits, M::UkraineCapped})},
                {"long_range_limits", "Limits on long-range strike weapons",
                 "No numerical cap on troops, but limits on long-range and 'offensive' weapons.",
                 {{S::Seed001, St::Describes, "could be discussed if Russia accepted the Norway model"}},
                 make_mechanisms({M::ArmsLimits, M::UkraineCapped})},
                {"istanbul_caps", "Istanbul-2022 style caps",
                 "Tight ceilings on troops and heavy weapons, as in Russia's 2022 Istanbul draft.",
                 {{S::Seed001, St::Describes, "Istanbul 2022: the size of Ukraine's military limited"}},
                 make_mechanisms({M::ArmsLimits, M::UkraineCapped, M::UkraineDemilitarised})},
                {"demilitarisation", "Demilitarisation",
                 "Ukraine's forces cut back to a token level and 'offensive' weapons banned.",
                 {{S::Seed001, St::Describes, "Russia's June 2024 demand; unacceptable for Ukraine"}},
                 make_mechanisms({M::ArmsLimits, M::UkraineCapped, M::UkraineDemilitarised})},
                {"aid_halt", "Foreign aid and rearmament halted",
                 "During the ceasefire Ukraine receives no foreign weapons or intelligence and "
                 "does not mobilise or rearm.",
                 {{S::Reported2025, St::Describes, "Kremlin readout of 18 Mar 2025, as reported"}},
                 make_mechanisms({M::ArmsLimits, M::UkraineCapped})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

}  // namespace armistice::catalog_data
