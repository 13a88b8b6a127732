// catalog_vocabulary.cpp — the names of the catalog's enums: sources, stances, tracks, clause
// kinds, mechanisms and parties as the data tables spell them (see engine/data/vocabulary.h).
// No catalog content: the data generator (src/datagen) links this file without the catalog.
#include <array>

#include "engine/data/vocabulary.h"

namespace armistice {

namespace {

constexpr std::array<SourceInfo, static_cast<std::size_t>(SourceId::Count)> kSources = {{
    {"Seed 000",
     "Lviv Herald, \"Negotiating with Russia: challenges for the United States\", 2024–25",
     "Lviv Herald, “Negotiating with Russia”"},
    {"Seed 001",
     "\"The Right U.S. Strategy for Russia-Ukraine Negotiations\", by a former NSC senior director "
     "for strategic planning, Feb 2025 (copy reposted 24 Feb 2025)",
     "“The Right U.S. Strategy” (former NSC planner, Feb 2025)"},
    {"Seed 002",
     "Matthew Mai, \"Negotiations With Russia Must Go Beyond the Ukraine War\", 19FortyFive, 3 Feb "
     "2023",
     "19FortyFive, Mai, “Negotiations With Russia Must Go Beyond the Ukraine War”"},
    {"Seed 003",
     "Frederick W. Kagan, \"The Case Against Negotiations with Russia\", AEI Critical Threats "
     "Project, late 2022",
     "AEI, Kagan, “The Case Against Negotiations with Russia”"},
    {"Seed 004",
     "Parley Policy Initiative, \"Toward a Negotiating Strategy for Ukraine\", Cable No 12, early "
     "2022",
     "Parley Policy Initiative, “Toward a Negotiating Strategy for Ukraine”"},
    {"Reported 2025–26",
     "Public reporting on proposals tabled in 2025–26; each preset names outlet and date. Reported "
     "terms are not official texts.",
     "Public reporting, 2025–26"},
    {"Historical", "Historical agreements and their texts, named in each note",
     "Historical precedent"},
    {"Assumption", "Modelling assumption, not taken from a source", "Assumption"},
}};

constexpr std::array<std::string_view, 3> kStances = {"proposes", "opposes", "describes"};
constexpr std::array<std::string_view, 2> kTracks = {"ceasefire", "political"};
constexpr std::array<ClauseKind, 4> kClauseKinds = {ClauseKind::Negotiable, ClauseKind::LeftOpen,
                                                    ClauseKind::BattlefieldOutcome,
                                                    ClauseKind::UnilateralAct};

// The enum value whose name in `names` (indexed by the enum) is `id`, or nullopt.
template <typename Enum, typename Names>
std::optional<Enum> named(const Names& names, std::string_view id) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == id) return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <typename Names>
std::string joined(const Names& names) {
    std::string out;
    for (const auto& n : names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

}  // namespace

std::string_view clause_kind_id(ClauseKind k) {
    switch (k) {
        case ClauseKind::Negotiable:
            return "negotiable";
        case ClauseKind::LeftOpen:
            return "left_open";
        case ClauseKind::BattlefieldOutcome:
            return "battlefield_outcome";
        case ClauseKind::UnilateralAct:
            return "unilateral_act";
    }
    return "negotiable";
}

const SourceInfo& source_info(SourceId id) {
    return kSources[static_cast<std::size_t>(id)];
}

MechanismSet make_mechanisms(std::initializer_list<Mechanism> list) {
    MechanismSet set;
    for (const Mechanism m : list) add(set, m);
    return set;
}

namespace data {

std::optional<SourceId> find_source(std::string_view short_name) {
    for (std::size_t i = 0; i < kSources.size(); ++i) {
        if (kSources[i].short_name == short_name) return static_cast<SourceId>(i);
    }
    return std::nullopt;
}

std::string_view stance_id(Stance s) {
    return kStances[static_cast<std::size_t>(s)];
}

std::optional<Stance> find_stance(std::string_view id) {
    return named<Stance>(kStances, id);
}

std::string_view track_id(Track t) {
    return kTracks[static_cast<std::size_t>(t)];
}

std::optional<Track> find_track(std::string_view id) {
    return named<Track>(kTracks, id);
}

std::optional<ClauseKind> find_clause_kind(std::string_view id) {
    for (const ClauseKind k : kClauseKinds) {
        if (clause_kind_id(k) == id) return k;
    }
    return std::nullopt;
}

std::optional<Mechanism> find_mechanism(std::string_view name) {
    for (std::size_t i = 0; i < kMechanismCount; ++i) {
        if (mechanism_name(static_cast<Mechanism>(i)) == name) return static_cast<Mechanism>(i);
    }
    return std::nullopt;
}

std::string known_sources() {
    std::array<std::string_view, kSources.size()> names{};
    for (std::size_t i = 0; i < kSources.size(); ++i) names[i] = kSources[i].short_name;
    return joined(names);
}
std::string known_stances() {
    return joined(kStances);
}
std::string known_tracks() {
    return joined(kTracks);
}
std::string known_clause_kinds() {
    std::array<std::string_view, kClauseKinds.size()> names{};
    for (std::size_t i = 0; i < kClauseKinds.size(); ++i)
        names[i] = clause_kind_id(kClauseKinds[i]);
    return joined(names);
}
std::string known_parties() {
    std::array<std::string_view, kPartyCount> names{};
    for (std::size_t i = 0; i < kPartyCount; ++i) names[i] = party_id(static_cast<Party>(i));
    return joined(names);
}

}  // namespace data

}  // namespace armistice
