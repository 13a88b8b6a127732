// mechanisms.h — the generic vocabulary that links agreement clauses to the models.
//
// Purpose: every catalog option (catalog.h) lists the mechanisms it switches on. The durability
// model's hazard core speaks only of these generic mechanisms, so it can score historical
// ceasefires (shared/backtest) as well as Russia–Ukraine scenarios; the acceptance and legal
// models may read them too.
//
// Invariants:
//  - Append-only: a mechanism's numeric value never changes meaning (links and golden outputs
//    depend on catalog data, which depends on these names). Add new ones before `Count`.
//  - `MechanismSet` is a plain bitset over `Mechanism`; no ordering or strength is implied —
//    strengths live in the durability model's parameter table, with their sources.
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>

namespace armistice {

enum class Mechanism : std::uint8_t {
    // [SECTION] Generic mechanisms, coded in shared/backtest/cases_dev.csv
    Withdrawal,           // withdrawal or separation of forces is provided for
    Dmz,                  // a demilitarised or buffer zone exists
    DmzWide,              // the zone is wide (tens of km): fewer contacts than a narrow one
    ObserversNeutral,     // unarmed monitors from neutral states or organisations
    ObserversWithParty,   // unarmed monitors whose mission includes a party (OSCE-in-Minsk pattern)
    ArmedNeutralForce,    // armed peacekeepers from neutral providers with a use-of-force mandate
    ForceWithParty,       // peacekeepers provided by a belligerent or its patron
    Guarantee,            // a third-party security guarantee or alliance commitment backs one side
    JointCommission,      // joint commission or dispute-resolution body
    SpecificityHigh,      // lines, timelines and obligations written precisely
    SpecificityLow,       // vague terms (absence of both flags means medium)
    ArmsLimits,           // limits on forces or weapons
    EconomicLinkage,      // sanctions relief, aid or other economic terms tied to compliance
    TerritoryUnresolved,  // the territorial question is left open
    GreatPowerParty,      // a great power or nuclear state is a party or direct patron
    DecisiveVictory,      // the war ended with one side's decisive victory

    // [SECTION] Russia–Ukraine dynamic layer (no historical coding; priors are assumptions)
    TechMonitoring,       // satellite / drone monitoring of the line (raises detection)
    WesternForce,         // Western troops in Ukraine (tripwire or enforcement force)
    ReassuranceForce,     // Western reassurance presence away from the front
    TrainersOnly,         // foreign trainers and advisers, no deterrent mandate
    StrongGuarantee,      // Article 5 or Article 5-like guarantee by the United States
    GuaranteeRussianVeto, // guarantor group in which Russia can block action
    GuaranteeConditional, // guarantee void if Ukraine attacks first
    UkraineRearmed,       // Western commitment to a strong Ukrainian army (Israel model)
    UkraineCapped,        // binding caps on Ukraine's army or weapons
    UkraineDemilitarised, // severe caps (Istanbul-2022 Russian draft or "demilitarisation")
    AutoSnapback,         // automatic sanction triggers or snapback on breach
    SanctionsKept,        // sanctions maintained as leverage until a political settlement
    SanctionsLifted,      // sanctions lifted (leverage gone)
    SecondarySanctions,   // secondary sanctions on Russia's trade partners
    AssetsEscrow,         // frozen sovereign assets held as collateral against breach
    AssetsToUkraine,      // frozen assets transferred to Ukraine
    NatoMembership,       // Ukraine in NATO (any variant)
    NatoBarred,           // Ukraine barred from NATO (treaty or constitution)
    Neutrality,           // neutral status
    RecognitionDeFacto,   // occupied areas recognised de facto
    RecognitionDeJure,    // occupied areas recognised de jure
    InternationalAdmin,   // occupied areas under temporary international administration
    UkraineGains,         // the line reflects Ukrainian gains (Melitopol, ZNPP) before freezing
    MaximalTerritory,     // Russia receives more than it holds (four oblasts or all of Donetsk)
    Humanitarian,         // prisoners, deported children, displaced people provided for
    FlankAlert,           // NATO eastern flank on high readiness
    ArmsControlEurope,    // European security architecture: basing limits, CFE-style ceilings
    TwoTracks,            // ceasefire track first, political settlement second
    SpecialStatus,        // a special self-government regime for the occupied areas
    Prosecution,          // war crimes or the crime of aggression prosecuted under the text
    Count
};

constexpr std::size_t kMechanismCount = static_cast<std::size_t>(Mechanism::Count);
using MechanismSet = std::bitset<kMechanismCount>;

// Stable lower_snake_case name of a mechanism (used in the model card and JSON output).
std::string_view mechanism_name(Mechanism m);

inline bool has(const MechanismSet& set, Mechanism m) { return set.test(static_cast<std::size_t>(m)); }
inline void add(MechanismSet& set, Mechanism m) { set.set(static_cast<std::size_t>(m)); }

}  // namespace armistice
