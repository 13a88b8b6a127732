// legal.h — "Is it lawful and consistent?": the agreement checked against named principles of
// international law and against its own internal consistency.
//
// Purpose: check_legal() applies a rule set (data: legal_rules_*.cpp) to a scenario's clauses.
// Each finding names the principle, the clause that triggers it (qualified option id, plus the
// related clause for two-clause rules), a status and one or two plain sentences — as a string-table
// key (engine/message.h; the English is data/strings/en/engine_law.csv, "law.<rule id>"). The
// checker states what the texts say and where readings differ; it takes no side in the war's
// politics.
//
// Principles: UN Charter art. 2(4); Helsinki Final Act 1975 (inviolability of frontiers,
// territorial integrity, non-intervention); Budapest Memorandum 1994; NATO-Russia Founding Act
// 1997; OSCE Istanbul Charter 1999 (freedom to choose alliances; not strengthening security at
// others' expense); Geneva Convention III art. 118 (release of prisoners without delay); and the
// agreement's internal consistency (clauses that contradict each other).
//
// Invariants: findings are sorted worst first (violates, in tension, consistent), then by rule
// order; a "no agreement" scenario yields exactly one finding (the war goes on). Every rule's
// clauses exist in the catalog and all of a rule's `with` options share one dimension (tested).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/catalog.h"
#include "engine/message.h"
#include "engine/scenario.h"

namespace armistice {

enum class Principle : std::uint8_t {
    UnCharter2_4,
    HelsinkiFrontiers,          // Helsinki Final Act, principle III
    HelsinkiTerritorialIntegrity,  // principle IV
    HelsinkiNonIntervention,    // principle VI
    BudapestMemorandum,
    NatoRussiaFoundingAct,
    OsceIstanbulCharter,
    GenevaIII118,
    InternalConsistency,
    Count
};

enum class LegalStatus : std::uint8_t { Violates, InTension, Consistent };  // worst first

std::string_view principle_id(Principle p);     // e.g. "un_charter_2_4" (stable, for JSON)
// The principle's name as a string-table key, e.g. "law.principle.un_charter_2_4" (English
// "UN Charter art. 2(4)"); render it with text::render.
std::string_view principle_label(Principle p);
std::string_view legal_status_id(LegalStatus s);  // "violates", "in_tension", "consistent"

struct LegalRule {
    std::string_view id;         // stable, e.g. "consistency.article5_without_nato"
    Principle principle;
    LegalStatus status;
    std::string_view clause;     // qualified option id that triggers the rule
    std::vector<std::string_view> with;  // if non-empty: the rule fires only when one of these
                                         // (same dimension) is also chosen
    std::string_view explanation;  // string-table key of one or two plain sentences: "law.<id>"
};

struct LegalFinding {
    std::string_view rule;       // LegalRule::id
    Principle principle;
    LegalStatus status;
    std::string clause;          // qualified option id, e.g. "status.de_jure"
    std::string related_clause;  // the matching `with` option, or "" for one-clause rules
    Message explanation;         // LegalRule::explanation (no placeholders)
};

// The whole rule table (principles first, then internal consistency).
const std::vector<LegalRule>& legal_rules();

std::vector<LegalFinding> check_legal(const Scenario& s);

// Pairs of options that contradict each other outright (internal-consistency rules with status
// Violates). The closest-agreement search never proposes an agreement containing one.
const std::vector<std::pair<Catalog::Ref, Catalog::Ref>>& hard_contradictions();

}  // namespace armistice
