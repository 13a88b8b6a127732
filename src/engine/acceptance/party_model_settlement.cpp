// party_model_settlement.cpp — party utilities for the political settlement's other terms:
// assets, reparations, humanitarian terms, amnesty, European security, Black Sea, Zaporizhzhia
// plant, process, elections, EU accession, identity provisions and relations.
// Data, not logic (see party_model.h). Utility order: {Ukraine, Russia, United States, Europe}.
#include "engine/acceptance/party_model_data.h"

namespace armistice::party_model_data {

using S = SourceId;

DimensionModel assets() {
    return {Dim::Assets, {4, 6, 5, 7}, S::Seed001,
            "Russia will ask for the ~$300bn back; most of it is held in Europe",
            {
                {"returned", {-80, 100, -20, -60}, S::Seed001,
                 "Russia's likely demand, which seed 001 says should be rejected"},
                {"frozen", {10, -20, 20, 30}, S::Reported2025,
                 "kept as leverage (2025 counter-proposals); a $50bn loan already uses them"},
                {"to_ukraine", {80, -100, 20, 10}, S::Seed001,
                 "transfer in lieu of reparations; European legal caution is an assumption"},
                {"reconstruction_fund", {60, -80, 10, 30}, S::Reported2025,
                 "European-led fund, Nov 2025, as reported"},
                {"us_russia_funds", {-40, 40, 60, -50}, S::Reported2025,
                 "US 28-point draft as reported: US and Russian vehicles share the assets"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel reparations() {
    return {Dim::Reparations, {3, 4, 1, 2}, S::Seed004,
            "seed 004 puts reparations on the political agenda; weights assumed",
            {
                {"not_addressed", {0, 0, 0, 0}, S::Assumption, "status quo"},
                {"claims_waived", {-50, 60, 10, -20}, S::Reported2025,
                 "Russian memorandum and US draft, as reported"},
                {"via_assets", {40, -60, 10, 20}, S::Seed001, "assets in lieu of reparations"},
                {"russia_pays", {60, -100, 0, 20}, S::Seed004, "Russia pressed to pay"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel humanitarian() {
    return {Dim::Humanitarian, {6, 2, 2, 4}, S::Seed004,
            "repatriation belongs in the ceasefire; abducted children weigh heavily for Ukraine "
            "(seed 003)",
            {
                {"none", {-60, 0, -30, -40}, S::Assumption, "prisoners and children left out"},
                {"prisoner_exchange", {30, 30, 20, 20}, S::Seed004,
                 "repatriation measures; Russia wants its own prisoners back (assumption)"},
                {"prisoners_children", {60, -10, 30, 40}, S::Reported2025,
                 "Jeddah statement, Mar 2025; Russian reluctance on children assumed"},
                {"full", {80, -20, 30, 50}, S::Seed004,
                 "displaced persons and remains too; verification irks Russia (assumption)"},
                {"reunification_displaced", {15, 10, 10, 15}, S::Reported2025,
                 "Russian memorandum as reported; leaves prisoners out (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel amnesty() {
    return {Dim::Amnesty, {2, 2, 1, 2}, S::Reported2025,
            "amnesty appears in the 2025 US draft as reported; weights assumed",
            {
                {"none", {0, -20, 0, 10}, S::Assumption, "accountability left open"},
                {"full_amnesty", {-40, 40, 10, -40}, S::Reported2025,
                 "US 28-point draft as reported; European attachment to accountability assumed"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel european_security() {
    return {Dim::EuropeanSecurity, {1, 6, 4, 6}, S::Seed002,
            "seed 002: Russia's long-standing security concerns; eastern allies' stakes (seed 001)",
            {
                {"not_addressed", {0, -20, 0, 0}, S::Seed002,
                 "ignoring Russia's concerns guarantees a standoff (seed 002's argument)"},
                {"dialogue", {0, 20, 20, 0}, S::Reported2025, "NATO-Russia dialogue, as reported"},
                {"basing_limits", {-20, 60, -10, -30}, S::Seed002,
                 "limits near the NATO-Russia border; front-line allies' opposition assumed"},
                {"cfe_ceilings", {-20, 80, -20, -30}, S::Seed002,
                 "the comprehensive formulation; Western opposition assumed"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel black_sea() {
    return {Dim::BlackSea, {2, 2, 2, 2}, S::Seed000,
            "a stabilising economic arrangement for both sides (seed 000)",
            {
                {"not_addressed", {-20, -10, 0, -10}, S::Assumption, "shipping stays at risk"},
                {"supervised_trade", {30, 40, 30, 30}, S::Seed000,
                 "both sides export under supervision"},
                {"free_navigation", {40, 20, 30, 30}, S::Reported2025,
                 "Black Sea understandings, Mar 2025, as reported"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel zaporizhzhia() {
    return {Dim::Zaporizhzhia, {3, 2, 2, 2}, S::Seed003,
            "the plant is a strategic area Ukraine must regain (seed 003)",
            {
                {"not_addressed", {-20, 20, 0, -10}, S::Assumption, "stays under Russian control"},
                {"ukrainian", {80, -80, 10, 30}, S::Seed003, "returned to Ukraine"},
                {"iaea_neutral", {30, -20, 10, 30}, S::Assumption, "a neutral middle option"},
                {"us_operated", {10, -40, 40, 0}, S::Reported2025,
                 "US 'final offer', Apr 2025, as reported"},
                {"iaea_shared_power", {0, 20, 30, 10}, S::Reported2025,
                 "US 28-point draft as reported"},
                {"russian", {-80, 80, -10, -30}, S::Seed003, "a danger in Russian hands"},
                {"trilateral", {-20, 20, 25, -5}, S::Reported2025,
                 "20-point framework as reported; Ukraine proposed a US–Ukrainian venture "
                 "instead (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
                {"iaea_presence", {20, 20, 30, 30}, S::Historical,
                 "IAEA mission of Sep 2022: Ukraine asked for it, Russia hosted it while keeping "
                 "the plant, the US and EU backed it; intensities assumed"},
            }};
}

DimensionModel process() {
    return {Dim::Process, {2, 2, 3, 2}, S::Seed004,
            "sequencing matters to seed 004; 'no_agreement' is not a deal and is never scored",
            {
                {"single_deal", {0, 20, 20, 0}, S::Seed004,
                 "one text lets Russia seek strategic concessions under the gun"},
                {"two_tracks", {30, -10, 10, 30}, S::Seed004,
                 "ceasefire first keeps strategic issues out of it"},
                {"interim_30day", {10, -20, 20, 10}, S::Reported2025,
                 "Jeddah, Mar 2025; Russia refused a full interim ceasefire (as reported)"},
                {"energy_pause", {-40, 30, -10, -30}, S::Reported2025,
                 "Russia's answer to Jeddah as reported: fighting continues elsewhere"},
                {"elections_then_treaty", {-60, 70, -10, -40}, S::Seed001,
                 "Russia calls Ukraine's president illegitimate to sign"},
                {"no_agreement", {0, 0, 0, 0}, S::Assumption,
                 "not an agreement: parties are judged only against deals"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel elections() {
    return {Dim::Elections, {2, 3, 1, 1}, S::Seed001,
            "Russia questions the Ukrainian president's legitimacy (seed 001)",
            {
                {"not_addressed", {10, -20, 0, 10}, S::Assumption, "Ukraine's own law applies"},
                {"within_100_days", {-30, 40, 20, -10}, S::Reported2025,
                 "US 28-point draft as reported"},
                {"before_treaty", {-60, 60, -10, -30}, S::Reported2025,
                 "Russian memorandum, Jun 2025, as reported"},
                {"soon_after_signing", {-5, 15, 10, 0}, S::Reported2025,
                 "20-point framework as reported (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel eu_accession() {
    return {Dim::EuAccession, {3, 2, 1, 4}, S::Seed001,
            "political and economic integration into the West matters to Ukraine (seed 001)",
            {
                {"not_addressed", {0, 0, 0, 0}, S::Assumption, "EU process unchanged"},
                {"path_open", {40, -10, 10, 20}, S::Seed001, "pledge of integration into the West"},
                {"fixed_date", {70, -30, 10, -20}, S::Reported2025,
                 "Dec 2025 framework as reported; EU members guard their own process (assumption)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel identity() {
    return {Dim::Identity, {2, 4, 1, 2}, S::Reported2025,
            "language and church terms appear in 2025 Russian and US drafts as reported",
            {
                {"not_addressed", {10, -30, 0, 0}, S::Assumption, "Ukraine's laws apply"},
                {"eu_minority_standards", {0, 0, 10, 20}, S::Reported2025,
                 "US 28-point draft as reported"},
                {"russian_language_church", {-70, 80, 0, -40}, S::Reported2025,
                 "Russian memorandum, Jun 2025, as reported"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

DimensionModel relations() {
    return {Dim::Relations, {1, 3, 3, 1}, S::Seed004,
            "restoring relations is on seed 004's agenda; US economic interest as reported",
            {
                {"not_addressed", {0, -10, 0, 0}, S::Assumption, "relations stay frozen"},
                {"diplomatic_restored", {10, 20, 10, 10}, S::Seed004, "protocols on relations"},
                {"g8_return", {-40, 70, 40, -30}, S::Reported2025,
                 "US 28-point draft as reported"},
                {"us_russia_economic", {-20, 40, 30, -20}, S::Reported2025,
                 "US 'final offer' as reported (intensities assumed)"},
                {"left_open", {0, 0, 0, 0}, S::Assumption, kLeftOpenNote},
            }};
}

}  // namespace armistice::party_model_data
