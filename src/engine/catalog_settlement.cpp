// catalog_settlement.cpp — catalog data for the political settlement's other terms: assets,
// reparations, humanitarian terms, amnesty, European security, Black Sea, the Zaporizhzhia plant,
// process, elections, EU accession, identity provisions and relations.
//
// Data, not logic. Option order within a dimension is APPEND-ONLY (see catalog.h).
#include "engine/catalog_data.h"

namespace armistice::catalog_data {

using M = Mechanism;
using S = SourceId;
using St = Stance;

Dimension assets() {
    return {Dim::Assets, "assets", "Frozen Russian assets",
            "What happens to about $300 billion of frozen Russian sovereign assets?",
            Track::Political, 1,
            {
                {"returned", "Returned to Russia",
                 "The frozen reserves are released back to Russia.",
                 {{S::Seed001, St::Opposes, "Russia will ask for them; the demand should be rejected"}},
                 make_mechanisms({})},
                {"frozen", "Frozen until Russia compensates",
                 "The assets stay frozen as leverage until Russia pays for the damage.",
                 {{S::Reported2025, St::Describes, "London counter, Apr 2025, as reported"},
                  {S::Seed001, St::Describes, "a $50bn allied loan already leverages them"}},
                 make_mechanisms({M::AssetsEscrow, M::EconomicLinkage})},
                {"to_ukraine", "Transferred to Ukraine",
                 "The assets go to Ukraine for reconstruction and defence, in lieu of reparations.",
                 {{S::Seed001, St::Proposes, "Europe could transfer them without Russia's consent"}},
                 make_mechanisms({M::AssetsToUkraine}), ClauseKind::UnilateralAct},
                {"reconstruction_fund", "Reconstruction fund for Ukraine",
                 "The assets fund Ukraine's reconstruction through a European-led fund.",
                 {{S::Reported2025, St::Describes, "UK–France–Germany counter, Nov 2025, as reported"}},
                 make_mechanisms({M::AssetsToUkraine})},
                {"us_russia_funds", "Split between US-led and US–Russian funds",
                 "Part of the assets goes to a US-led reconstruction fund, the rest to a joint "
                 "US–Russian investment vehicle.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({M::EconomicLinkage})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension reparations() {
    return {Dim::Reparations, "reparations", "Reparations",
            "Does Russia pay for the damage?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "The agreement is silent on war damage.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"claims_waived", "Claims waived",
                 "Both sides renounce claims for war damage.",
                 {{S::Reported2025, St::Describes, "Russian memorandum (Jun 2025) and US 28-point draft, as reported"}},
                 make_mechanisms({})},
                {"via_assets", "Paid from frozen assets",
                 "Damage is compensated from the frozen Russian assets instead of new payments.",
                 {{S::Seed001, St::Proposes, "assets in lieu of reparations"}},
                 make_mechanisms({})},
                {"russia_pays", "Russia pays reparations",
                 "Russia commits to pay for the damage it caused.",
                 {{S::Seed004, St::Proposes, "Russia should be pressed to pay"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension humanitarian() {
    return {Dim::Humanitarian, "humanitarian", "Humanitarian terms",
            "What happens to prisoners, deported children and displaced people?",
            Track::Ceasefire, 0,
            {
                {"none", "Not addressed", "No humanitarian provisions.",
                 {{S::Assumption, St::Describes, "baseline"}}, make_mechanisms({})},
                {"prisoner_exchange", "All-for-all prisoner exchange",
                 "All prisoners of war are released and exchanged.",
                 {{S::Seed004, St::Proposes, "repatriation measures belong in the ceasefire"},
                  {S::Historical, St::Describes, "Geneva Convention III art. 118: release without delay after hostilities"}},
                 make_mechanisms({M::Humanitarian})},
                {"prisoners_children", "Prisoners and deported children",
                 "Prisoner exchange, release of civilian detainees and return of deported "
                 "Ukrainian children.",
                 {{S::Reported2025, St::Describes, "Jeddah US–Ukraine statement, 11 Mar 2025"}},
                 make_mechanisms({M::Humanitarian})},
                {"full", "Full humanitarian package",
                 "Prisoners, detainees, deported children, displaced people and the remains of "
                 "the dead, with verification.",
                 {{S::Seed004, St::Proposes, "displaced persons and remains in the political settlement"},
                  {S::Seed003, St::Describes, "abducted children and persecution in occupied areas"}},
                 make_mechanisms({M::Humanitarian, M::SpecificityHigh})},
                {"reunification_displaced", "Family reunification and displaced people",
                 "Families separated by the war are reunited and displaced people may return; "
                 "prisoners are not covered.",
                 {{S::Reported2025, St::Describes, "Russian memorandum, Istanbul, 2 Jun 2025, as reported"}},
                 make_mechanisms({M::Humanitarian})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension amnesty() {
    return {Dim::Amnesty, "amnesty", "Amnesty",
            "Are wartime acts amnestied?", Track::Political, 0,
            {
                {"none", "No amnesty", "Accountability for war crimes is left open.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"full_amnesty", "Full amnesty for wartime acts",
                 "All parties receive amnesty for acts committed during the war.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension european_security() {
    return {Dim::EuropeanSecurity, "european_security", "European security architecture",
            "Is the deal part of a wider NATO–Russia settlement?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "The deal is about Ukraine only.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"dialogue", "Talks on European security",
                 "The parties commit to negotiate a wider European security framework later.",
                 {{S::Reported2025, St::Describes, "US 28-point draft mentions a NATO–Russia dialogue, as reported"}},
                 make_mechanisms({})},
                {"basing_limits", "Limits on bases and long-range weapons",
                 "Limits on bases and long-range weapons near the NATO–Russia border.",
                 {{S::Seed002, St::Proposes, "address Russia's security concerns alongside the ceasefire"}},
                 make_mechanisms({M::ArmsControlEurope})},
                {"cfe_ceilings", "Basing, nuclear and CFE-style force limits",
                 "Basing limits plus limits on forward nuclear-capable missiles and bombers and "
                 "conventional ceilings on the pattern of the CFE Treaty.",
                 {{S::Seed002, St::Proposes, "a more comprehensive formulation, built on Helsinki principles"}},
                 make_mechanisms({M::ArmsControlEurope, M::ArmsLimits})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension black_sea() {
    return {Dim::BlackSea, "black_sea", "Black Sea trade",
            "How does trade through the Black Sea work?", Track::Ceasefire, 0,
            {
                {"not_addressed", "Not addressed", "No arrangement for shipping.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"supervised_trade", "Supervised trade for both sides",
                 "Ukrainian and Russian exports move through Black Sea ports under international "
                 "supervision.",
                 {{S::Seed000, St::Proposes, "a stabilising economic arrangement"}},
                 make_mechanisms({M::EconomicLinkage})},
                {"free_navigation", "Free navigation guaranteed",
                 "Both sides guarantee free commercial navigation and stop attacks on shipping.",
                 {{S::Reported2025, St::Describes, "Black Sea understandings of Mar 2025, as reported"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension zaporizhzhia() {
    return {Dim::Zaporizhzhia, "zaporizhzhia_npp", "Zaporizhzhia nuclear plant",
            "Who runs Europe's largest nuclear plant?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "The plant stays where the line leaves it.",
                 {{S::Assumption, St::Describes, "status quo: under Russian control"}}, make_mechanisms({})},
                {"ukrainian", "Returned to Ukraine",
                 "The plant returns to Ukrainian control.",
                 {{S::Seed003, St::Proposes, "one of the strategic areas Ukraine must regain"}},
                 make_mechanisms({})},
                {"iaea_neutral", "Neutral operation under the IAEA",
                 "The plant is run under International Atomic Energy Agency supervision by a "
                 "neutral operator.",
                 {{S::Assumption, St::Describes, "a middle option discussed in public debate"}},
                 make_mechanisms({})},
                {"us_operated", "Operated by the United States",
                 "The United States runs the plant and supplies power to both sides.",
                 {{S::Reported2025, St::Describes, "US 'final offer', Apr 2025, as reported"}},
                 make_mechanisms({})},
                {"iaea_shared_power", "IAEA-supervised, power shared",
                 "The plant restarts under IAEA supervision and its power is split between "
                 "Ukraine and Russia.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({})},
                {"russian", "Kept by Russia",
                 "Russia keeps and operates the plant.",
                 {{S::Seed003, St::Opposes, "a danger in Russian hands and a major source of Ukraine's energy"}},
                 make_mechanisms({})},
                {"trilateral", "Joint US–Ukrainian–Russian management",
                 "The plant is run jointly by the United States, Ukraine and Russia.",
                 {{S::Reported2025, St::Describes, "US–Ukraine 20-point framework, Dec 2025, as reported: disputed"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
                {"iaea_presence", "IAEA experts stationed at the plant",
                 "International Atomic Energy Agency experts stay at the plant to watch nuclear "
                 "safety; who runs it does not change.",
                 {{S::Historical, St::Describes, "IAEA support and assistance mission (ISAMZ), in place at the plant since 1 Sep 2022 with both sides' consent"}},
                 make_mechanisms({})},  // watches the plant, not the line: no ceasefire mechanism
            }};
}

Dimension process() {
    return {Dim::Process, "process", "Process",
            "In what order are the issues settled?", Track::Ceasefire, 0,
            {
                {"single_deal", "One comprehensive deal",
                 "Ceasefire and political issues are settled together in one text.",
                 {{S::Assumption, St::Describes, "default"}}, make_mechanisms({})},
                {"two_tracks", "Ceasefire first, then a political settlement",
                 "A military ceasefire is agreed first; a separate political settlement follows.",
                 {{S::Seed004, St::Proposes, "keeps Russia from extracting strategic concessions under the gun"},
                  {S::Seed002, St::Describes, "ceasefire first, then the harder questions"}},
                 make_mechanisms({M::TwoTracks})},
                {"interim_30day", "30-day interim ceasefire",
                 "A 30-day ceasefire, extendable by agreement, while a settlement is negotiated.",
                 {{S::Reported2025, St::Describes, "Jeddah US–Ukraine statement, 11 Mar 2025"}},
                 make_mechanisms({M::TwoTracks, M::SpecificityLow})},
                {"energy_pause", "Pause on energy strikes only",
                 "Only strikes on energy infrastructure stop; fighting continues elsewhere.",
                 {{S::Reported2025, St::Describes, "Russia's answer to Jeddah, Mar 2025, as reported"}},
                 make_mechanisms({M::SpecificityLow})},
                {"elections_then_treaty", "Elections in Ukraine, then a treaty",
                 "A ceasefire, then elections in Ukraine, then a peace treaty signed by the new "
                 "authorities.",
                 {{S::Reported2025, St::Describes, "Russian memorandum, Istanbul, 2 Jun 2025, as reported"},
                  {S::Seed001, St::Describes, "Russia calls Ukraine's president illegitimate to sign"}},
                 make_mechanisms({M::TwoTracks})},
                {"no_agreement", "No agreement: the war continues",
                 "No ceasefire is signed; fighting goes on under the chosen context.",
                 {{S::Seed003, St::Describes, "the case for fighting on before negotiating"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension elections() {
    return {Dim::Elections, "elections", "Elections in Ukraine",
            "Does the deal set a date for elections?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "Elections follow Ukraine's own law.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"within_100_days", "Elections within 100 days",
                 "Ukraine holds elections within 100 days of signature.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({})},
                {"before_treaty", "Elections before any treaty",
                 "No final treaty until new Ukrainian authorities are elected.",
                 {{S::Reported2025, St::Describes, "Russian memorandum, Jun 2025, as reported"}},
                 make_mechanisms({})},
                {"soon_after_signing", "Elections soon after signature",
                 "Ukraine holds elections as soon as possible after signature, without a fixed "
                 "deadline.",
                 {{S::Reported2025, St::Describes, "US–Ukraine 20-point framework, Dec 2025, as reported"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension eu_accession() {
    return {Dim::EuAccession, "eu_accession", "EU accession",
            "What does the deal say about Ukraine joining the European Union?",
            Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "Accession follows the EU's own process.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"path_open", "Path to membership affirmed",
                 "Ukraine's right to join the EU is affirmed without a date.",
                 {{S::Seed001, St::Describes, "political and economic integration into the West"}},
                 make_mechanisms({})},
                {"fixed_date", "Fixed accession date",
                 "A fixed date for Ukraine's EU membership is written into the deal.",
                 {{S::Reported2025, St::Describes, "US–Ukraine 20-point framework, Dec 2025, as reported"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension identity() {
    return {Dim::Identity, "identity", "Language and church",
            "Does the deal regulate language or religion in Ukraine?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "Ukraine's own laws apply.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"eu_minority_standards", "EU standards on minorities and religion",
                 "Ukraine adopts EU rules on religious tolerance and minority languages.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({})},
                {"russian_language_church", "Status for Russian language and church",
                 "Official status for the Russian language and protection of the Moscow-linked "
                 "church.",
                 {{S::Reported2025, St::Describes, "Russian memorandum, Jun 2025, as reported"}},
                 make_mechanisms({})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension relations() {
    return {Dim::Relations, "relations", "Relations with Russia",
            "Are relations with Russia restored?", Track::Political, 0,
            {
                {"not_addressed", "Not addressed", "Relations stay frozen.",
                 {{S::Assumption, St::Describes, "status quo"}}, make_mechanisms({})},
                {"diplomatic_restored", "Diplomatic relations restored",
                 "Ukraine and Russia restore diplomatic relations step by step.",
                 {{S::Seed004, St::Proposes, "protocols on restoring relations"}},
                 make_mechanisms({})},
                {"g8_return", "Russia back in the G8, economic cooperation",
                 "Russia is readmitted to the G8 and offered long-term economic cooperation "
                 "with the United States.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({M::EconomicLinkage})},
                {"us_russia_economic", "US–Russia economic cooperation",
                 "The United States and Russia open cooperation in energy and industry, without "
                 "Russia's return to the G8.",
                 {{S::Reported2025, St::Describes, "US 'final offer', Apr 2025, as reported"}},
                 make_mechanisms({M::EconomicLinkage})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

}  // namespace armistice::catalog_data
