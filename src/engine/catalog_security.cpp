// catalog_security.cpp — catalog data for Ukraine's alignment, security guarantees, sanctions,
// breach responses and implementation bodies.
//
// Data, not logic. Option order within a dimension is APPEND-ONLY (see catalog.h).
#include "engine/catalog_data.h"

namespace armistice::catalog_data {

using M = Mechanism;
using S = SourceId;
using St = Stance;

Dimension alignment() {
    return {Dim::Alignment, "alignment", "Ukraine's alignment",
            "Does Ukraine join NATO, stay neutral, or something between?", Track::Political, 3,
            {
                {"nato_full", "Full NATO membership",
                 "Ukraine joins NATO; Article 5 covers all of its territory.",
                 {{S::Seed001, St::Describes, "Ukraine's official aim; Article 5 as an ironclad commitment"}},
                 make_mechanisms({M::NatoMembership, M::Guarantee, M::StrongGuarantee})},
                {"nato_west_germany", "NATO, West Germany variant",
                 "Ukraine joins NATO, but Article 5 covers only the territory it controls and it "
                 "pledges not to retake the rest by force.",
                 {{S::Seed001, St::Describes, "one of two membership variants"}},
                 make_mechanisms({M::NatoMembership, M::Guarantee, M::StrongGuarantee})},
                {"nato_norway", "NATO, Norway variant",
                 "Ukraine joins NATO but limits foreign bases, troops and equipment on its soil: "
                 "Ukraine in NATO, not NATO in Ukraine.",
                 {{S::Seed001, St::Proposes, "Plan A; possibly more palatable to Moscow than the alternatives"}},
                 make_mechanisms({M::NatoMembership, M::Guarantee, M::StrongGuarantee})},
                {"nato_deferred", "NATO membership deferred",
                 "Membership is delayed, not renounced; Ukraine is drawn deeper into Western "
                 "security structures meanwhile.",
                 {{S::Seed000, St::Proposes, "delay membership rather than formally concede it"}},
                 make_mechanisms({})},
                {"nato_consensus", "NATO entry only by alliance consensus",
                 "The agreement restates that membership is for NATO's members to decide "
                 "together; no bar and no promise.",
                 {{S::Reported2025, St::Describes, "UK–France–Germany counter, Nov 2025, as reported"}},
                 make_mechanisms({})},
                {"armed_neutrality", "Armed neutrality",
                 "Ukraine stays outside NATO and hosts no NATO infrastructure, but keeps strong "
                 "armed forces.",
                 {{S::Seed002, St::Proposes, "armed neutrality plus a wider European settlement"}},
                 make_mechanisms({M::Neutrality, M::NatoBarred})},
                {"istanbul_neutrality", "Istanbul-2022 neutrality",
                 "Permanent neutrality with military caps and a group of guarantor states that "
                 "includes Russia.",
                 {{S::Seed001, St::Opposes, "no enforcement: Russia would hold an effective veto"}},
                 make_mechanisms({M::Neutrality, M::NatoBarred})},
                {"demilitarised_neutrality", "Neutral, non-aligned and demilitarised",
                 "Neutral, non-nuclear, demilitarised status as Russia demanded in June 2024.",
                 {{S::Seed001, St::Describes, "Russia's June 2024 demand; no Ukrainian leadership could accept it"}},
                 make_mechanisms({M::Neutrality, M::NatoBarred})},
                {"constitutional_ban", "NATO membership barred in the constitution",
                 "Ukraine writes a permanent bar on NATO membership into its constitution and "
                 "NATO commits not to admit it.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({M::NatoBarred})},
                {"no_nato_pledge", "Ukraine renounces NATO membership",
                 "Ukraine commits not to seek NATO membership, without a constitutional bar or "
                 "neutral status.",
                 {{S::Reported2025, St::Describes, "US 'final offer', Apr 2025, as reported"}},
                 make_mechanisms({M::NatoBarred})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension guarantee() {
    return {Dim::Guarantee, "guarantee", "Security guarantee",
            "Who promises what if Russia attacks again?", Track::Political, 0,
            {
                {"none", "No guarantee",
                 "Ukraine relies on itself and on whatever aid arrives.",
                 {{S::Assumption, St::Describes, "baseline"}},
                 make_mechanisms({})},
                {"article5", "NATO Article 5",
                 "The guarantee that comes with NATO membership.",
                 {{S::Seed001, St::Describes, "usually read as a commitment to intervene directly"}},
                 make_mechanisms({M::Guarantee, M::StrongGuarantee})},
                {"article5_like_us", "Article 5-like US guarantee",
                 "A US commitment modelled on Article 5 outside NATO, with automatic sanctions "
                 "if Russia attacks.",
                 {{S::Reported2025, St::Describes, "London counter (Apr 2025) and 20-point framework (Dec 2025), as reported"}},
                 make_mechanisms({M::Guarantee, M::StrongGuarantee})},
                {"bilateral_pact", "US–European security pact",
                 "A formal pact with the US and European allies on the Israel or South Korea "
                 "pattern, in place of membership for now.",
                 {{S::Seed000, St::Proposes, "security pact as a temporary alternative to NATO"}},
                 make_mechanisms({M::Guarantee})},
                {"israel_model", "Israel model",
                 "Sustained Western arms, intelligence and industrial support so Ukraine can "
                 "deter and defeat an attack alone, including long-range strike.",
                 {{S::Seed001, St::Proposes, "Plan B: a heavily armed Ukraine without direct intervention"}},
                 make_mechanisms({M::UkraineRearmed})},
                {"israel_model_indirect_us", "Israel model plus indirect US support",
                 "The Israel model, plus a US promise of unrestricted military and intelligence "
                 "help if Russia invades again.",
                 {{S::Seed001, St::Proposes, "the 'good enough' outcome of the seed's strategy"}},
                 make_mechanisms({M::UkraineRearmed, M::Guarantee})},
                {"european_tripwire", "European tripwire, no US backstop",
                 "European troops in Ukraine as a tripwire, without a US guarantee behind them.",
                 {{S::Seed001, St::Describes, "raises the risk of Europe at war with Russia without the US"}},
                 make_mechanisms({M::Guarantee, M::WesternForce})},
                {"european_tripwire_us_backstop", "European tripwire with US backstop",
                 "European troops in Ukraine, backed by a US commitment to support them.",
                 {{S::Seed001, St::Describes, "what Moscow would fear a future US administration might add"}},
                 make_mechanisms({M::Guarantee, M::StrongGuarantee, M::WesternForce})},
                {"european_trainers", "European trainers, no deterrent role",
                 "European personnel train and help rebuild but would leave before a new war.",
                 {{S::Seed001, St::Describes, "not a deterrent force"}},
                 make_mechanisms({M::TrainersOnly})},
                {"guarantor_group_veto", "Guarantor group including Russia",
                 "Several states, Russia among them, promise to help Ukraine if attacked; any "
                 "guarantor can block action.",
                 {{S::Seed001, St::Opposes, "Istanbul 2022: Russia would have an effective veto"}},
                 make_mechanisms({M::GuaranteeRussianVeto})},
                {"us_conditional", "US guarantee void if Ukraine attacks",
                 "A US guarantee that lapses if Ukraine strikes first, and is answered by force "
                 "and sanctions if Russia does.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({M::Guarantee, M::StrongGuarantee, M::GuaranteeConditional})},
                {"european_group_no_us", "European-led guarantors, no US role",
                 "An ad hoc group of European and other willing states gives guarantees whose "
                 "content is left open; the United States takes no part.",
                 {{S::Reported2025, St::Describes, "US 'final offer', Apr 2025, as reported"}},
                 make_mechanisms({M::Guarantee})},
                {"coalition_force_us_backed", "Coalition reassurance force with US support",
                 "A multinational force stationed away from the front after a ceasefire, with "
                 "binding support commitments and US intelligence and logistics behind it.",
                 {{S::Reported2025, St::Describes, "Coalition of the willing, Paris Declaration, 6 Jan 2026"}},
                 make_mechanisms({M::Guarantee, M::ReassuranceForce, M::UkraineRearmed})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension sanctions() {
    return {Dim::Sanctions, "sanctions", "Sanctions on Russia",
            "What happens to sanctions once the guns fall silent?", Track::Political, 0,
            {
                {"kept_until_settlement", "Kept until a political settlement",
                 "Sanctions stay until a full political settlement is signed.",
                 {{S::Seed004, St::Proposes, "Russia breached the peace; sanctions stay until it is restored"},
                  {S::Seed001, St::Proposes, "keep the bulk while Russia occupies Ukrainian land"}},
                 make_mechanisms({M::SanctionsKept, M::EconomicLinkage})},
                {"phased_snapback", "Phased relief with automatic snapback",
                 "Sanctions are eased in steps as Russia complies, and return automatically on "
                 "breach.",
                 {{S::Reported2025, St::Describes, "London counter (Apr 2025) and 20-point framework, as reported"}},
                 make_mechanisms({M::EconomicLinkage, M::AutoSnapback})},
                {"partial_tech_kept", "Partial relief, technology controls kept",
                 "Most sanctions go, but controls on microelectronics and other military-relevant "
                 "technology stay.",
                 {{S::Seed001, St::Proposes, "the minimum to keep if sanctions are lifted"}},
                 make_mechanisms({M::EconomicLinkage})},
                {"lifted", "Lifted",
                 "All sanctions imposed since 2014 are lifted.",
                 {{S::Seed001, St::Describes, "Russia is likely to ask for this"},
                  {S::Reported2025, St::Describes, "US 'final offer' (Apr 2025) and Russian memorandum, as reported"}},
                 make_mechanisms({M::SanctionsLifted})},
                {"escalated_secondary", "Escalated, with secondary sanctions",
                 "Sanctions tighten, including on third countries that keep trading with Russia.",
                 {{S::Seed000, St::Proposes, "fallback if Russia refuses: secondary sanctions on its trade partners"}},
                 make_mechanisms({M::SanctionsKept, M::SecondarySanctions, M::EconomicLinkage}),
                 ClauseKind::UnilateralAct},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension breach_response() {
    return {Dim::BreachResponse, "breach_response", "Response to breaches",
            "What happens automatically if the agreement is broken?", Track::Ceasefire, 0,
            {
                {"political", "Decided case by case",
                 "Each response to a violation needs a fresh political decision.",
                 {{S::Assumption, St::Describes, "status quo"}},
                 make_mechanisms({})},
                {"automatic_sanctions", "Automatic sanction triggers",
                 "A breach triggers pre-agreed sanctions without further political approval.",
                 {{S::Seed000, St::Proposes, "breaches should escalate sanctions without new approvals"}},
                 make_mechanisms({M::AutoSnapback})},
                {"automatic_and_readiness", "Automatic triggers and NATO flank on alert",
                 "Automatic sanctions plus NATO forces in Poland, the Baltic states and Romania "
                 "kept at high readiness.",
                 {{S::Seed000, St::Proposes, "eastern flank kept ready to intervene"}},
                 make_mechanisms({M::AutoSnapback, M::FlankAlert})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

Dimension implementation() {
    return {Dim::Implementation, "implementation", "Implementation bodies",
            "Who manages disputes about compliance?", Track::Ceasefire, 0,
            {
                {"none", "None",
                 "No standing body: disputes go back to the capitals.",
                 {{S::Assumption, St::Describes, "baseline"}},
                 make_mechanisms({})},
                {"bilateral_commission", "Bilateral commission",
                 "A Ukrainian–Russian commission oversees implementation.",
                 {{S::Seed004, St::Proposes, "a bilateral commission for the ceasefire agreement"}},
                 make_mechanisms({M::JointCommission})},
                {"commission_third_party", "Commission with neutral third parties",
                 "A joint commission with neutral third-party members who can break deadlocks.",
                 {{S::Seed004, St::Proposes, "bilateral commission plus third-party oversight"}},
                 make_mechanisms({M::JointCommission, M::SpecificityHigh})},
                {"compliance_commission", "Compliance commission with dispute resolution",
                 "A permanent compliance-management commission with a dispute-resolution "
                 "procedure, set up by the political settlement.",
                 {{S::Seed004, St::Proposes, "compliance management in the political settlement"}},
                 make_mechanisms({M::JointCommission, M::SpecificityHigh})},
                {"peace_council", "Leaders' peace council",
                 "A council of leaders chaired by the US president supervises implementation.",
                 {{S::Reported2025, St::Describes, "US 28-point draft, Nov 2025, as reported"}},
                 make_mechanisms({M::JointCommission})},
                {"left_open", "Left open for later talks",
                 "The text leaves this question to later talks; each party values it at what it "
                 "expects those talks to give it, not as a position.",
                 {{S::Assumption, St::Describes, "a text that is silent on a question leaves it open"}},
                 make_mechanisms({}), ClauseKind::LeftOpen},
            }};
}

}  // namespace armistice::catalog_data
