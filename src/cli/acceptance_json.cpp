// acceptance_json.cpp — see acceptance_json.h.
#include "cli/acceptance_json.h"

#include <cstdio>

#include "cli/english_text.h"
#include "engine/acceptance/consent.h"
#include "engine/red_lines.h"

namespace armistice::cli {

namespace {

std::string qualified(Dim d, std::uint8_t option) {
    const Dimension& dim = catalog().at(d);
    return std::string(dim.id) + "." + std::string(dim.options[option].id);
}

std::string option_label(Dim d, std::uint8_t option) {
    return std::string(catalog().at(d).options[option].label);
}

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

const char* closest_status_id(ClosestStatus s) {
    switch (s) {
        case ClosestStatus::Found: return "found";
        case ClosestStatus::NoneExists: return "none_exists";
        case ClosestStatus::BudgetExhausted: return "budget_exhausted";
    }
    return "none_exists";
}

void write_closest(JsonWriter& w, const ClosestAgreement& c) {
    w.begin_object();
    w.key("exists");
    w.value(c.has_solution);
    w.key("status");
    w.value(closest_status_id(c.status));
    if (c.has_solution) {
        w.key("changes");
        w.begin_array();
        for (const ClauseChange& ch : c.changes) {
            w.begin_object();
            w.key("dimension");
            w.value(catalog().at(ch.dim).id);
            w.key("from");
            w.value(catalog().at(ch.dim).options[ch.from].id);
            w.key("to");
            w.value(catalog().at(ch.dim).options[ch.to].id);
            w.end_object();
        }
        w.end_array();
        w.key("margins");
        w.begin_object();
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            w.key(party_id(static_cast<Party>(p)));
            w.value(c.margins[p]);
        }
        w.end_object();
        w.key("nash_product");
        w.value(c.nash_product);
        w.key("p_all_accept");
        w.value(c.p_all_accept);
        w.key("target_met");
        w.value(c.target_met);
    }
    if (!c.reason.empty()) {
        w.key("reason");
        w.value(english(c.reason));
        w.key("reason_key");
        w.value(c.reason.message.key);
    }
    if (!c.has_solution) {
        w.key("blocking_red_lines");
        w.begin_array();
        for (std::size_t id : c.blocking_red_lines) {
            const RedLine& rl = red_lines()[id];
            w.begin_object();
            w.key("id");
            w.value(rl.id);
            w.key("party");
            w.value(party_id(rl.party));
            w.key("label");
            w.value(rl.label);
            w.end_object();
        }
        w.end_array();
        w.key("blocking_parties");
        w.begin_array();
        for (Party p : c.blocking_parties) w.value(party_id(p));
        w.end_array();
    }
    w.key("premise");
    w.begin_array();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        if ((c.premise >> d) & 1u) w.value(catalog().dimensions[d].id);
    }
    w.end_array();
    w.key("premise_kept");
    w.value(c.premise_kept);
    if (!c.premise_note.empty()) {
        w.key("premise_note");
        w.value(english(c.premise_note));
        w.key("premise_note_key");
        w.value(c.premise_note.message.key);
    }
    w.key("nodes");
    w.value(c.nodes);
    w.end_object();
}

}  // namespace

void write_acceptance_json(JsonWriter& w, const AcceptanceResult& r) {
    w.begin_object();
    w.key("is_agreement");
    w.value(r.is_agreement);
    w.key("all_accept");
    w.value(r.all_accept);
    w.key("units");
    w.value("utility points: salience-weighted mean of option utilities, each -100..100");
    w.key("parties");
    w.begin_array();
    for (const PartyAcceptance& a : r.parties) {
        w.begin_object();
        w.key("id");
        w.value(party_id(a.party));
        w.key("label");
        w.value(party_label(a.party));
        w.key("applicable");
        w.value(a.applicable);
        w.key("accepts");
        w.value(a.accepts);
        w.key("deal_utility");
        w.value(a.applicable ? a.deal_utility : 0.0);
        w.key("alternative");
        w.value(a.alternative.value);
        w.key("margin");
        w.value(a.applicable ? a.margin : 0.0);
        const PartyOdds& odds = r.odds.parties[static_cast<std::size_t>(a.party)];
        w.key("p_accept");
        w.value(odds.p_accept);
        w.key("verdict");
        w.value(a.applicable ? verdict_id(odds.verdict) : std::string_view("not_applicable"));
        w.key("margin_sd");
        w.value(odds.margin_sd);
        w.key("assumed_share");
        w.value(odds.assumed_share);
        w.key("interim");
        w.value(a.interim);
        w.key("halt_value");
        w.value(a.halt_value);
        w.key("red_lines_crossed");
        w.begin_array();
        for (const RedLineHit& h : a.red_lines_crossed) {
            w.begin_object();
            w.key("id");
            w.value(h.id);
            w.key("label");
            w.value(h.label);
            w.key("relaxed");
            w.value(h.relaxed);
            // Dated red lines (red_lines.h): the range of text dates it binds, e.g. "from 2025-11".
            w.key("dates");
            w.value(red_line_dates(red_lines()[h.red_line]));
            w.key("clauses");
            w.begin_array();
            for (Dim d : h.clauses) w.value(catalog().at(d).id);
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.key("core_issues_failed");
        w.begin_array();
        for (const CoreIssueHit& h : a.core_issues_failed) {
            w.begin_object();
            w.key("id");
            w.value(h.id);
            w.key("label");
            w.value(english(h.label));
            w.key("label_key");
            w.value(h.label);
            w.key("clause");
            w.value(qualified(h.clause, h.option));
            w.key("utility");
            w.value(h.utility);
            w.key("threshold");
            w.value(h.threshold);
            w.end_object();
        }
        w.end_array();
        w.key("costliest_clauses");
        w.begin_array();
        for (const ClauseCost& c : a.costliest_clauses) {
            w.begin_object();
            w.key("dimension");
            w.value(catalog().at(c.dim).id);
            w.key("option");
            w.value(catalog().at(c.dim).options[c.option].id);
            w.key("clause");
            w.value(qualified(c.dim, c.option));
            w.key("cost");
            w.value(c.cost_vs_best);
            w.key("cost_vs_default");
            w.value(c.cost_vs_default);
            w.key("red_line");
            w.value(c.crosses_red_line);
            w.key("core_issue");
            w.value(c.fails_core_issue);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("p_all_accept");
    w.value(r.odds.p_all_accept);
    w.key("p_parties_accept");
    w.value(r.odds.p_parties_accept);
    w.key("p_consent");
    w.value(r.odds.p_consent);
    w.key("needs_consent");
    w.begin_array();
    for (std::size_t n : r.odds.consents) {
        const ConsentNeed& need = consent_needs()[n];
        w.begin_object();
        w.key("id");
        w.value(need.id);
        w.key("holder");
        w.value(english(need.holder));
        w.key("holder_key");
        w.value(need.holder);
        w.key("clause");
        w.value(need.option);
        w.key("p_low");
        w.value(need.p_low);
        w.key("p_high");
        w.value(need.p_high);
        // Renewals (consent.h): p_low/p_high are per decision; the clause needs all of them.
        w.key("decisions");
        w.value(static_cast<unsigned>(need.decisions));
        w.key("p_low_all_decisions");
        w.value(consent_over_decisions(need, need.p_low));
        w.key("p_high_all_decisions");
        w.value(consent_over_decisions(need, need.p_high));
        w.key("source");
        w.value(source_info(need.source.source).short_name);
        w.key("note");
        w.value(need.source.note);
        w.end_object();
    }
    w.end_array();
    w.key("draws");
    w.value(r.odds.draws);
    w.key("closest");
    write_closest(w, r.closest);
    w.end_object();
}

void write_legal_json(JsonWriter& w, const std::vector<LegalFinding>& findings) {
    w.begin_array();
    for (const LegalFinding& f : findings) {
        w.begin_object();
        w.key("principle");
        w.value(principle_id(f.principle));
        w.key("principle_label");
        w.value(english(principle_label(f.principle)));
        w.key("status");
        w.value(legal_status_id(f.status));
        w.key("clause");
        w.value(f.clause);
        w.key("related_clause");
        if (f.related_clause.empty()) w.null();
        else w.value(f.related_clause);
        w.key("rule");
        w.value(f.rule);
        w.key("explanation");
        w.value(english(f.explanation));
        w.key("explanation_key");
        w.value(f.explanation.key);
        w.end_object();
    }
    w.end_array();
}

std::string acceptance_text_report(const AcceptanceResult& r) {
    std::string out = "Will they sign?  (utility points, -100..100; margin = deal - alternative)\n";
    if (!r.is_agreement) {
        out += "  No agreement: there is no deal to sign; each party's alternative (the war "
               "going on) is shown for reference.\n";
    }
    for (const PartyAcceptance& a : r.parties) {
        char line[160];
        if (!a.applicable) {
            std::snprintf(line, sizeof line, "  %-16s n/a      alternative %+.1f\n",
                          std::string(party_label(a.party)).c_str(), a.alternative.value);
            out += line;
            continue;
        }
        const PartyOdds& odds = r.odds.parties[static_cast<std::size_t>(a.party)];
        std::snprintf(line, sizeof line, "  %-16s %-8s margin %+6.1f  (deal %+.1f vs %s %+.1f)\n",
                      std::string(party_label(a.party)).c_str(), a.accepts ? "ACCEPTS" : "rejects",
                      a.margin, a.deal_utility, a.interim ? "war going on" : "alternative",
                      a.alternative.value);
        out += line;
        std::snprintf(line, sizeof line,
                      "      P(accepts) %.0f%% (%s); margin sd %.1f; %.0f%% of the margin rests on "
                      "assumed values\n",
                      100.0 * odds.p_accept, std::string(verdict_label(odds.verdict)).c_str(),
                      odds.margin_sd, 100.0 * odds.assumed_share);
        out += line;
        for (const RedLineHit& h : a.red_lines_crossed) {
            out += "      red line" + std::string(h.relaxed ? " (relaxed)" : "") + ": " +
                   std::string(h.label) + " [" + std::string(h.id) + "]\n";
        }
        for (const CoreIssueHit& h : a.core_issues_failed) {
            out += "      core issue not met: " + english(h.label) + " [" + std::string(h.id) +
                   "] (" + std::string(catalog().at(h.clause).label) +
                   fmt(" scores %+.0f, below its threshold", h.utility) +
                   fmt(" %+.0f; nothing elsewhere compensates)\n", h.threshold);
        }
        if (!a.costliest_clauses.empty())
            out += "      costliest clauses (cost vs its best option):\n";
        for (const ClauseCost& c : a.costliest_clauses) {
            out += "        " + std::string(catalog().at(c.dim).label) + ": " +
                   option_label(c.dim, c.option) + fmt("  %.1f", c.cost_vs_best) +
                   (c.crosses_red_line ? "  (red line)" : "") +
                   (c.fails_core_issue ? "  (core issue)" : "") + "\n";
        }
    }
    out += std::string("  All parties accept: ") + (r.all_accept ? "yes" : "no") +
           fmt("  (P(all accept) %.0f%%", 100.0 * r.odds.p_all_accept) +
           fmt(" over %.0f seeded draws)\n", static_cast<double>(r.odds.draws));
    for (std::size_t n : r.odds.consents) {
        const ConsentNeed& need = consent_needs()[n];
        out += "  Also needs: " + english(need.holder) + " for " + std::string(need.option) +
               fmt(" (P(consent) %.0f", 100.0 * need.p_low) + fmt("-%.0f%%", 100.0 * need.p_high) +
               english(renewal_note(need)) + ", assumption; included in P(all accept))\n";
    }
    out += "\n";

    const ClosestAgreement& c = r.closest;
    if (!c.premise_note.empty()) out += english(c.premise_note) + "\n";
    if (c.has_solution) {
        if (c.changes.empty()) {
            out += "Closest agreement every party accepts: this one, unchanged.\n";
        } else {
            out += "Closest agreement every party accepts (" + std::to_string(c.changes.size()) +
                   (c.changes.size() == 1 ? " change" : " changes") + "):\n";
            for (const ClauseChange& ch : c.changes) {
                out += "  " + std::string(catalog().at(ch.dim).label) + ": " +
                       option_label(ch.dim, ch.from) + " -> " + option_label(ch.dim, ch.to) + "\n";
            }
        }
        out += "  margins:";
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            out += " " + std::string(party_label(static_cast<Party>(p))) + fmt(" %+.1f", c.margins[p]) +
                   (p + 1 < kPartyCount ? "," : "\n");
        }
        out += fmt("  P(all accept) %.0f%%", 100.0 * c.p_all_accept) +
               (c.target_met ? " (target P(all accept) >= 50% reached)\n"
                             : " (below the 50% target: no closer agreement reaches it)\n");
    } else {
        out += "No agreement every party accepts exists.\n";
    }
    if (!c.reason.empty()) out += "  " + english(c.reason) + "\n";
    return out;
}

std::string legal_text_report(const std::vector<LegalFinding>& findings) {
    std::string out = "Is it lawful and consistent?\n";
    if (findings.empty()) out += "  No findings.\n";
    for (const LegalFinding& f : findings) {
        const char* tag = f.status == LegalStatus::Violates    ? "[violates]  "
                          : f.status == LegalStatus::InTension ? "[in tension]"
                                                               : "[consistent]";
        out += std::string("  ") + tag + " " + english(principle_label(f.principle)) + " - " +
               f.clause + (f.related_clause.empty() ? "" : " + " + f.related_clause) + "\n      " +
               english(f.explanation) + "\n";
    }
    return out;
}

}  // namespace armistice::cli
