// catalog.h — the provision catalog: every clause a user can put into an agreement.
//
// Purpose: the catalog is data (data/catalog/*.csv, generated into C++ at build time), not code.
// Each dimension is one question an agreement answers ("Ukraine's alignment"); each option is one
// answer, with a plain-words description, its provenance in the source articles, and the generic
// mechanisms it switches on.
//
// Invariants (share links and saved scenarios depend on them — see persist/):
//  - `Dim` values and each dimension's option order are APPEND-ONLY. An option's index within its
//    dimension is its stable code; never reorder, remove or reuse one. Retired options stay. The
//    codes are listed in data/manifest/option_codes.csv, and `armistice data check` and the build
//    enforce the rule (engine/data/data_set.h).
//  - Ids are lower_snake_case, unique within a dimension; the qualified id is "dimension.option".
//  - Every option has a non-empty description and at least one source reference (tested).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/mechanisms.h"

namespace armistice {

// [SECTION] Sources
enum class SourceId : std::uint8_t {
    Seed000,  // Lviv Herald, "Negotiating with Russia: challenges for the United States", 2024–25
    Seed001,  // "The Right U.S. Strategy for Russia-Ukraine Negotiations", Feb 2025 (former NSC
              // senior director for strategic planning; copy reposted 24 Feb 2025)
    Seed002,  // Matthew Mai, "Negotiations With Russia Must Go Beyond the Ukraine War",
              // 19FortyFive, 3 Feb 2023
    Seed003,  // Frederick W. Kagan, "The Case Against Negotiations with Russia", AEI Critical
              // Threats, late 2022
    Seed004,  // Parley Policy Initiative, "Toward a Negotiating Strategy for Ukraine", Cable No 12,
              // early 2022
    Reported2025,  // public reporting on 2025–26 proposals (each preset names outlet and date)
    Historical,    // historical precedent (treaty texts, case studies), named in the note
    Assumption,    // no source: a modelling assumption, labelled as such
    Count
};

struct SourceInfo {
    std::string_view short_name;   // citation key in data and JSON, e.g. "Seed 001" (stable)
    std::string_view citation;     // outlet, title, date
    std::string_view reader_name;  // what readers see: outlet and short title, e.g. "AEI, Kagan,
                                   // “The Case Against Negotiations”" (engine/citations.h)
};

const SourceInfo& source_info(SourceId id);

enum class Stance : std::uint8_t {
    Proposes,   // the source argues for this option
    Opposes,    // the source argues against it
    Describes,  // the source reports it as someone's position without endorsing it
};

struct SourceRef {
    SourceId source;
    Stance stance;
    std::string_view note;  // one short paraphrase: who holds it and why (never a quotation)
};

// [SECTION] Dimensions and options
enum class Track : std::uint8_t { Ceasefire, Political };

enum class Dim : std::uint8_t {
    Line,              // line of control
    Status,            // legal status of occupied areas
    Separation,        // separation of forces and demilitarised zone
    Monitoring,        // monitoring and peacekeeping
    ForeignForces,     // foreign forces in Ukraine
    UkraineForces,     // limits on Ukraine's forces and weapons
    Alignment,         // Ukraine's alignment
    Guarantee,         // security guarantee
    Sanctions,         // sanctions on Russia
    BreachResponse,    // how breaches are answered
    Implementation,    // implementation bodies
    Assets,            // frozen Russian sovereign assets
    Reparations,       // reparations and claims
    Humanitarian,      // prisoners, deported children, displaced people
    Amnesty,           // amnesty for wartime acts
    EuropeanSecurity,  // wider European security architecture
    BlackSea,          // Black Sea trade
    Zaporizhzhia,      // Zaporizhzhia nuclear power plant
    Process,           // sequencing of the negotiation
    Elections,         // elections in Ukraine
    EuAccession,       // Ukraine's EU accession
    Identity,          // language and church provisions
    Relations,         // restoration of relations with Russia
    Scope,             // what the text settles: everything, a ceasefire first, or one issue
    Term,              // how long the text runs before it lapses (fixed term or open-ended)
    SpecialStatus,     // special status / self-government of the occupied areas
    Accountability,    // prosecution of aggression or war crimes (amnesty: Dim::Amnesty)
    Count
};

constexpr std::size_t kDimensionCount = static_cast<std::size_t>(Dim::Count);

// What kind of clause an option is (issue #11). Only negotiable terms are proposed by the
// closest-agreement search; a left-open clause is valued at each party's expectation of later
// talks (party_model.h); battlefield outcomes and unilateral acts are not terms anyone signs, so
// the sign card says who must consent to what instead of giving a treaty verdict.
enum class ClauseKind : std::uint8_t {
    Negotiable,          // a term the parties can agree to and sign
    LeftOpen,            // the text leaves the question to later talks
    BattlefieldOutcome,  // a change on the ground (e.g. line.after_gains), not a signed term
    UnilateralAct,       // a Western step that needs no Russian signature (secondary sanctions)
};

std::string_view clause_kind_id(ClauseKind k);  // "negotiable", "left_open", ...

struct Option {
    std::string_view id;           // unique within its dimension, lower_snake_case
    std::string_view label;        // short, for a combo box (≤ 48 chars)
    std::string_view description;  // plain words, one to three sentences
    std::vector<SourceRef> sources;
    MechanismSet mechanisms;  // what this option switches on for the models
    ClauseKind kind = ClauseKind::Negotiable;
};

struct Dimension {
    Dim dim;
    std::string_view id;        // lower_snake_case
    std::string_view label;     // short heading
    std::string_view question;  // the question this dimension answers, in plain words
    Track track;
    std::uint8_t default_option;  // index into options: the "not addressed / status quo" answer
    std::vector<Option> options;  // index = stable code (append-only)
};

struct Catalog {
    std::vector<Dimension> dimensions;  // index = static_cast<size_t>(Dim)

    const Dimension& at(Dim d) const { return dimensions[static_cast<std::size_t>(d)]; }
    // Lookups by id; nullopt when unknown.
    std::optional<Dim> find_dimension(std::string_view id) const;
    std::optional<std::uint8_t> find_option(Dim d, std::string_view option_id) const;
    // "dimension.option" → (dim, option index); nullopt when unknown or malformed.
    struct Ref {
        Dim dim;
        std::uint8_t option;
    };
    std::optional<Ref> find_qualified(std::string_view qualified_id) const;
};

// The one catalog, built once from the generated tables (catalog_data.h); immutable.
const Catalog& catalog();

// Convenience: resolves a qualified id known at compile time; aborts with a message if it does
// not exist (catalog references in model tables are checked by tests at start-up).
Catalog::Ref option_ref(std::string_view qualified_id);

MechanismSet make_mechanisms(std::initializer_list<Mechanism> list);

}  // namespace armistice
