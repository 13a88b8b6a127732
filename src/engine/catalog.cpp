// catalog.cpp — assembles the immutable catalog and answers lookups (see catalog.h).
#include "engine/catalog.h"

#include <array>
#include <cstdio>
#include <cstdlib>

#include "engine/catalog_data.h"

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

Catalog build() {
    using namespace catalog_data;
    Catalog c;
    c.dimensions = {
        line_of_control(),   legal_status(),  separation(),   monitoring(),   foreign_forces(),
        ukraine_forces(),    alignment(),     guarantee(),    sanctions(),    breach_response(),
        implementation(),    assets(),        reparations(),  humanitarian(), amnesty(),
        european_security(), black_sea(),     zaporizhzhia(), process(),      elections(),
        eu_accession(),      identity(),      relations(),    scope(),        term(),
        special_status(),    accountability()};
    for (std::size_t i = 0; i < c.dimensions.size(); ++i) {
        if (static_cast<std::size_t>(c.dimensions[i].dim) != i) {
            std::fprintf(stderr, "catalog: dimension %zu is out of order\n", i);
            std::abort();
        }
    }
    return c;
}

}  // namespace

std::string_view clause_kind_id(ClauseKind k) {
    switch (k) {
        case ClauseKind::Negotiable: return "negotiable";
        case ClauseKind::LeftOpen: return "left_open";
        case ClauseKind::BattlefieldOutcome: return "battlefield_outcome";
        case ClauseKind::UnilateralAct: return "unilateral_act";
    }
    return "negotiable";
}

const SourceInfo& source_info(SourceId id) { return kSources[static_cast<std::size_t>(id)]; }

MechanismSet make_mechanisms(std::initializer_list<Mechanism> list) {
    MechanismSet set;
    for (const Mechanism m : list) add(set, m);
    return set;
}

const Catalog& catalog() {
    static const Catalog instance = build();
    return instance;
}

std::optional<Dim> Catalog::find_dimension(std::string_view id) const {
    for (const Dimension& d : dimensions) {
        if (d.id == id) return d.dim;
    }
    return std::nullopt;
}

std::optional<std::uint8_t> Catalog::find_option(Dim d, std::string_view option_id) const {
    const auto& options = at(d).options;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].id == option_id) return static_cast<std::uint8_t>(i);
    }
    return std::nullopt;
}

std::optional<Catalog::Ref> Catalog::find_qualified(std::string_view qualified_id) const {
    const auto dot = qualified_id.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    const auto dim = find_dimension(qualified_id.substr(0, dot));
    if (!dim) return std::nullopt;
    const auto option = find_option(*dim, qualified_id.substr(dot + 1));
    if (!option) return std::nullopt;
    return Ref{*dim, *option};
}

Catalog::Ref option_ref(std::string_view qualified_id) {
    const auto ref = catalog().find_qualified(qualified_id);
    if (!ref) {
        std::fprintf(stderr, "catalog: unknown option id '%.*s'\n",
                     static_cast<int>(qualified_id.size()), qualified_id.data());
        std::abort();
    }
    return *ref;
}

}  // namespace armistice
