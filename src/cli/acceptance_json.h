// acceptance_json.h — writes the acceptance and legal results of `armistice evaluate`, as JSON
// (--json) and as a readable text report.
//
// Public JSON interface (never rename; the caller writes the keys "acceptance" and "legal"):
//   acceptance: { is_agreement, all_accept, units,
//     parties: [{ id ∈ {ukraine, russia, united_states, europe}, label, applicable, accepts,
//                 deal_utility, alternative, margin,
//                 red_lines_crossed: [{ id, label, relaxed, clauses: [qualified ids] }],
//                 core_issues_failed: [{ id, label, clause (qualified id), utility,
//                                        threshold }],
//                 costliest_clauses: [{ dimension, option, clause, cost, cost_vs_default,
//                                       red_line, core_issue }] }],
//     p_all_accept (all four accept and every veto player consents), p_parties_accept,
//     p_consent, needs_consent: [{ id, holder, clause, p_low, p_high, source, note }], draws,
//     closest: { exists: true, status: "found"|"budget_exhausted", changes: [{ dimension, from,
//                to }], margins: { <party id>: points }, nash_product, nodes, reason?,
//                premise: [dimension ids], premise_kept, premise_note? }
//            | { exists: false, status: "none_exists"|"budget_exhausted", reason,
//                blocking_red_lines: [{ id, party, label }], blocking_parties: [party ids], nodes }
//                }
//   legal: [{ principle, principle_label, status ∈ {violates, in_tension, consistent}, clause,
//             related_clause (qualified id or null), rule, explanation }]
// Numbers are utility points (party_model.h); `cost` is the cost against the party's best option
// in that dimension; for "no agreement" every party has applicable=false, accepts=false, margin 0.
#pragma once

#include <string>
#include <vector>

#include "cli/json_writer.h"
#include "engine/acceptance/acceptance.h"
#include "engine/legal/legal.h"

namespace armistice::cli {

// Writes the object value of "acceptance".
void write_acceptance_json(JsonWriter& w, const AcceptanceResult& r);
// Writes the array value of "legal".
void write_legal_json(JsonWriter& w, const std::vector<LegalFinding>& findings);

// Readable reports (plain text, lines end with '\n').
std::string acceptance_text_report(const AcceptanceResult& r);
std::string legal_text_report(const std::vector<LegalFinding>& findings);

}  // namespace armistice::cli
