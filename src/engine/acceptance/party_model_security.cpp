// party_model_security.cpp — party utilities for alignment, security guarantee, sanctions,
// breach responses and implementation bodies. Data, not logic (see party_model.h).
// Utility order in every row: {Ukraine, Russia, United States, Europe}, points −100 … +100.
#include "engine/acceptance/party_model_data.h"

namespace armistice::party_model_data {

using S = SourceId;

DimensionModel alignment() {
    return {Dim::Alignment, {10, 16, 8, 8}, S::Seed001,
            "neutral status is the first of Russia's June 2024 demands; NATO is Ukraine's "
            "official aim; the 2025 US administration rejects membership",
            {
                {"nato_full", {100, -100, -60, 20}, S::Seed001,
                 "Ukraine's official aim; not acceptable to the US administration of 2025; "
                 "European enthusiasm is an assumption"},
                {"nato_west_germany", {80, -85, -50, 20}, S::Seed001,
                 "membership with Article 5 limited to controlled territory"},
                {"nato_norway", {75, -50, -40, 25}, S::Seed001,
                 "Plan A; plausibly more palatable to Moscow than the Israel model or European "
                 "troops because NATO forces stay out of Ukraine"},
                {"nato_deferred", {20, -40, 20, 20}, S::Seed000,
                 "delay rather than renounce membership"},
                {"nato_consensus", {30, -50, 10, 20}, S::Reported2025,
                 "European counter-proposal, Nov 2025, as reported"},
                {"armed_neutrality", {-30, 50, 20, 0}, S::Seed002,
                 "the minimum seed 002 thinks addresses Russia's concerns; Ukraine wants NATO "
                 "(seed 001)"},
                {"istanbul_neutrality", {-70, 80, 0, -30}, S::Seed001,
                 "Istanbul 2022: neutrality with a guarantee Russia could veto"},
                {"demilitarised_neutrality", {-100, 100, -50, -70}, S::Seed001,
                 "Russia's June 2024 demand; no Ukrainian leadership could accept it"},
                {"constitutional_ban", {-60, 70, 10, -20}, S::Reported2025,
                 "US 28-point draft as reported; Ukraine's official aim is NATO (seed 001)"},
                {"no_nato_pledge", {-40, 60, 15, -10}, S::Reported2025,
                 "US 'final offer' as reported; weaker than a constitutional bar (assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel guarantee() {
    return {Dim::Guarantee, {14, 10, 10, 12}, S::Seed001,
            "deterring a new attack is Ukraine's priority; guarantees carry costs and risks for "
            "the guarantors (seed 001)",
            {
                {"none", {-60, 60, 10, -30}, S::Seed001,
                 "Ukraine needs something that dissuades Russia from resuming the war"},
                {"article5", {100, -60, -40, 30}, S::Seed001,
                 "read as an ironclad commitment; the 2025 US administration rejects membership"},
                {"article5_like_us", {90, -70, -40, 30}, S::Reported2025,
                 "2025 counter-proposals as reported; a direct US commitment (cost assumed)"},
                {"bilateral_pact", {60, -40, 10, 30}, S::Seed000,
                 "a pact on the Israel or South Korea pattern as a temporary alternative"},
                {"israel_model", {50, -85, 30, 20}, S::Seed001,
                 "Plan B: a heavily armed Ukraine that Russia would find worse than Norway"},
                {"israel_model_indirect_us", {70, -95, 30, 30}, S::Seed001,
                 "the outcome seed 001 thinks a US administration could secure; unrestricted "
                 "use of Western weapons inside Russia"},
                {"european_tripwire", {40, -100, 10, -40}, S::Seed001,
                 "guarantees without America are not real (Ukraine's president); Europe not "
                 "ready and at war without US support"},
                {"european_tripwire_us_backstop", {80, -100, -60, 40}, S::Seed001,
                 "what Moscow fears a future US administration might add; ruled out by the US "
                 "defence secretary (Feb 2025)"},
                {"european_trainers", {10, -30, 10, 10}, S::Seed001,
                 "trainers would leave when an invasion looms"},
                {"guarantor_group_veto", {-70, 70, -10, -40}, S::Seed001,
                 "Istanbul 2022 gave Russia an effective veto: no enforcement"},
                {"us_conditional", {60, -40, 0, 20}, S::Reported2025,
                 "US 28-point draft as reported; intensities assumed"},
                {"european_group_no_us", {20, -60, 30, -10}, S::Reported2025,
                 "US 'final offer' as reported; guarantees without America are not real for "
                 "Ukraine (seed 001)"},
                {"coalition_force_us_backed", {75, -90, 0, 25}, S::Reported2025,
                 "Paris Declaration, Jan 2026; Russia rejects Western troops (assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel sanctions() {
    return {Dim::Sanctions, {4, 8, 6, 7}, S::Seed001,
            "Russia will ask for sanctions relief; seed 001 and seed 004 want them kept",
            {
                {"kept_until_settlement", {40, -60, 20, 40}, S::Seed004,
                 "Russia breached the peace; sanctions stay until it is restored"},
                {"phased_snapback", {20, 10, 30, 20}, S::Reported2025,
                 "relief in steps with snapback, 2025 counter-proposals as reported"},
                {"partial_tech_kept", {-10, 40, 30, 0}, S::Seed001,
                 "the minimum to keep if the administration insists on lifting"},
                {"lifted", {-50, 100, 20, -40}, S::Seed001,
                 "Russia is likely to ask for it; the US administration may insist (seed 001)"},
                {"escalated_secondary", {60, -100, -20, 0}, S::Seed000,
                 "fallback if Russia refuses; costs to US trade with China and India assumed"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel breach_response() {
    return {Dim::BreachResponse, {3, 3, 3, 4}, S::Seed000,
            "seed 000 stresses automatic consequences; weights assumed",
            {
                {"political", {-20, 30, 0, -10}, S::Assumption,
                 "case-by-case responses leave room to delay"},
                {"automatic_sanctions", {30, -30, 10, 20}, S::Seed000,
                 "breaches escalate sanctions without new approvals"},
                {"automatic_and_readiness", {40, -50, 0, 20}, S::Seed000,
                 "NATO flank on alert; US cost of readiness assumed"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel implementation() {
    return {Dim::Implementation, {1, 1, 2, 2}, S::Seed004,
            "implementation bodies matter but rarely decide signature (assumption)",
            {
                {"none", {-20, 0, -20, -20}, S::Assumption, "disputes go back to the capitals"},
                {"bilateral_commission", {0, 20, 0, 0}, S::Seed004,
                 "a bilateral commission; Russia prefers direct dealings (assumption)"},
                {"commission_third_party", {30, 0, 20, 30}, S::Seed004,
                 "commission with neutral third parties"},
                {"compliance_commission", {30, 0, 20, 30}, S::Seed004,
                 "compliance management in the political settlement"},
                {"peace_council", {0, 10, 40, -10}, S::Reported2025,
                 "US-chaired council (28-point draft, as reported); Europe sidelined (assumption)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

}  // namespace armistice::party_model_data
