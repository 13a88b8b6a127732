// red_lines.cpp — the red lines table (see red_lines.h). APPEND-ONLY: index = code = bit in
// Scenario::relaxed_red_lines, stored in share links.
//
// Each entry records a position the source attributes to a party; the label is a paraphrase.
#include "engine/red_lines.h"

namespace armistice {

namespace {

using S = SourceId;
using St = Stance;

std::vector<RedLine> build() {
    return {
        {"ukraine.no_legal_recognition", Party::Ukraine, "No legal recognition of Russia's annexations",
         {"status.de_jure", "status.de_jure_crimea"},
         {S::Seed001, St::Describes, "a freeze might be accepted only without legal recognition"}},
        {"ukraine.no_demilitarisation", Party::Ukraine, "No demilitarisation or crippling caps",
         {"ukraine_forces.demilitarisation", "ukraine_forces.istanbul_caps",
          "alignment.demilitarised_neutrality"},
         {S::Seed001, St::Describes, "no Ukrainian leadership can accept massive limits on its defence"}},
        {"ukraine.no_withdrawal_from_held_land", Party::Ukraine,
         "No withdrawal from land Ukraine still holds",
         {"line.four_oblasts", "line.donetsk_withdrawal"},
         {S::Seed000, St::Describes, "Ukraine has said repeatedly it will not cede sovereign territory"}},
        {"russia.no_nato", Party::Russia, "No NATO membership for Ukraine",
         {"alignment.nato_full", "alignment.nato_west_germany", "alignment.nato_norway"},
         {S::Seed001, St::Describes, "Russia's June 2024 demand for neutral, non-aligned status"}},
        {"russia.no_western_troops", Party::Russia, "No Western troops in Ukraine",
         {"foreign_forces.tripwire", "foreign_forces.bases", "monitoring.western_force",
          "guarantee.european_tripwire", "guarantee.european_tripwire_us_backstop",
          "foreign_forces.reassurance", "guarantee.coalition_force_us_backed",
          "foreign_forces.us_troops"},
         {S::Seed001, St::Describes, "Russia demands a veto over any security guarantees"}},
        {"russia.keep_annexed_land", Party::Russia, "No withdrawal from land Russia has annexed",
         {"line.borders_1991", "line.lines_2022"},
         {S::Seed003, St::Describes, "Putin will not pull back from land he has declared Russian"}},
        {"united_states.no_nato_now", Party::UnitedStates,
         "No NATO membership for Ukraine under the current administration",
         {"alignment.nato_full", "alignment.nato_west_germany", "alignment.nato_norway"},
         {S::Seed001, St::Describes, "membership is not acceptable to the administration of early 2025"}},
        {"united_states.no_backstop_for_europeans", Party::UnitedStates,
         "No US guarantee behind European troops in Ukraine",
         {"guarantee.european_tripwire_us_backstop"},
         {S::Seed001, St::Describes, "the US defence secretary ruled out a US guarantee for them (Feb 2025)"}},
        {"europe.no_legal_recognition", Party::Europe, "No legal recognition of annexations",
         {"status.de_jure"},
         {S::Seed002, St::Describes, "Helsinki principles: inviolability of frontiers, territorial integrity"}},
        {"europe.no_demilitarised_ukraine", Party::Europe, "No demilitarised Ukraine",
         {"ukraine_forces.demilitarisation", "alignment.demilitarised_neutrality"},
         {S::Reported2025, St::Describes, "European counter-proposals of 2025 keep Ukraine's army strong"}},
        // Appended (index = bit in relaxed_red_lines).
        {"united_states.no_us_troops", Party::UnitedStates, "No US troops on the ground in Ukraine",
         {"foreign_forces.us_troops"},
         {S::Reported2025, St::Describes,
          "the defence secretary (Feb 2025) and the president (Aug 2025) ruled out US soldiers in Ukraine"}},
    };
}

}  // namespace

const std::vector<RedLine>& red_lines() {
    static const std::vector<RedLine> table = build();
    return table;
}

std::optional<std::size_t> find_red_line(std::string_view id) {
    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].id == id) return i;
    }
    return std::nullopt;
}

}  // namespace armistice
