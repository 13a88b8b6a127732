// red_lines.cpp — the red lines table (see red_lines.h). APPEND-ONLY: index = code = bit in
// Scenario::relaxed_red_lines, stored in share links.
//
// Each entry records a position the source attributes to a party; the label is a paraphrase.
#include "engine/red_lines.h"

#include "engine/scenario.h"  // month_code

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
        // Dated: binds texts of November 2025 and later (see red_lines.h). Every line that leaves
        // Ukraine holding the rest of Donetsk oblast crosses it; a text that leaves the line to
        // later talks does not (the energy pause, the Black Sea and plant arrangements).
        {"russia.rest_of_donetsk", Party::Russia,
         "No ceasefire unless Ukraine leaves the rest of Donetsk oblast (from Nov 2025)",
         {"line.current_line", "line.after_gains", "line.lines_2022", "line.borders_1991"},
         {S::Reported2025, St::Describes,
          "the US 28-point draft of 20-21 Nov 2025 had Ukraine withdraw from the part of Donetsk "
          "it holds; on 27 Nov 2025 in Bishkek Russia's president made the withdrawal of "
          "Ukrainian forces from the land Russia claims the condition for halting combat, "
          "otherwise it would be taken by force (AFP via Straits Times, Novinite, 27 Nov 2025); "
          "in late Dec 2025 Moscow kept the demand against the US-Ukraine 20-point framework"},
         month_code(2025, 11), 0},
    };
}

}  // namespace

const std::vector<RedLine>& red_lines() {
    static const std::vector<RedLine> table = build();
    return table;
}

bool in_force(const RedLine& rl, std::uint16_t as_of) {
    if (rl.from == 0) return true;
    if (as_of == 0 || as_of < rl.from) return false;
    return rl.until == 0 || as_of < rl.until;
}

std::uint64_t dormant_red_lines(std::uint16_t as_of) {
    std::uint64_t mask = 0;
    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size() && i < kMaxRedLines; ++i) {
        if (!in_force(table[i], as_of)) mask |= std::uint64_t{1} << i;
    }
    return mask;
}

std::string red_line_dates(const RedLine& rl) {
    if (rl.from == 0) return "";
    if (rl.until == 0) return "from " + month_text(rl.from);
    return month_text(rl.from) + " to " + month_text(rl.until);
}

std::string red_line_key(const RedLine& rl) {
    return "red_line." + std::string(rl.id);
}

std::optional<std::size_t> find_red_line(std::string_view id) {
    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].id == id) return i;
    }
    return std::nullopt;
}

}  // namespace armistice
