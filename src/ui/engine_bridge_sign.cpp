// engine_bridge_sign.cpp — "Will they sign?" (acceptance) and "Is it lawful?" (legal) results
// converted into the UI's view structs (outcome.h).
#include <cstdio>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/consent.h"
#include "engine/acceptance/odds.h"
#include "engine/legal/legal.h"
#include "engine/red_lines.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

namespace {

std::string points(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f points", v);
    return buf;
}

std::string clause_label(Dim d, std::uint8_t option) {
    const Dimension& dim = catalog().at(d);
    std::string out(dim.label);
    out += ": ";
    out += option < dim.options.size() ? std::string(dim.options[option].label) : "?";
    return out;
}

}  // namespace

SignOutcome evaluate_sign(const Scenario& s) {
    const AcceptanceResult r = evaluate_acceptance(s, persist::search_limits_for(s));
    SignOutcome o;
    o.available = true;
    for (std::size_t i = 0; i < kPartyCount; ++i) {
        const PartyAcceptance& a = r.parties[i];
        PartyVerdict& v = o.parties[i];
        v.party = a.party;
        v.accepts = a.accepts;
        v.margin = a.margin;
        v.deal_utility = a.deal_utility;
        v.alternative = a.alternative.value;
        for (const RedLineHit& h : a.red_lines_crossed) {
            v.red_lines_crossed.push_back(std::string(h.label) + (h.relaxed ? " (relaxed)" : ""));
        }
        for (const CoreIssueHit& h : a.core_issues_failed) {
            char buf[96];
            std::snprintf(buf, sizeof buf, " scores %+.0f, below the threshold %+.0f", h.utility,
                          h.threshold);
            v.core_issues_failed.push_back(std::string(h.label) + " (" +
                                           clause_label(h.clause, h.option) + buf +
                                           "; nothing elsewhere compensates)");
        }
        for (const ClauseCost& c : a.costliest_clauses) {
            if (c.cost_vs_best <= 0.05) continue;
            v.costliest.push_back(clause_label(c.dim, c.option) + " (" + points(-c.cost_vs_best) +
                                  (c.crosses_red_line ? ", red line" : "") +
                                  (c.fails_core_issue ? ", core issue" : "") + ")");
        }
        const PartyOdds& odds = r.odds.parties[i];
        v.p_accept = odds.p_accept;
        v.verdict = std::string(verdict_label(odds.verdict));
        v.assumed_share = odds.assumed_share;
        v.interim = a.interim;
        if (v.accepts) ++o.accepting;
    }
    o.p_all_accept = r.odds.p_all_accept;
    o.closest_p_all_accept = r.closest.p_all_accept;
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Option& opt = cat.dimensions[d].options[s.choices[d]];
        const std::string what = clause_label(static_cast<Dim>(d), s.choices[d]);
        if (opt.kind == ClauseKind::BattlefieldOutcome) {
            o.outside_the_text.push_back(what +
                                         ": a battlefield outcome, not a term anyone signs. "
                                         "It must first be won on the ground; Russia would "
                                         "only be asked to accept the facts afterwards.");
        } else if (opt.kind == ClauseKind::UnilateralAct) {
            o.outside_the_text.push_back(what +
                                         ": a unilateral act. It needs no Russian "
                                         "signature, only the governments that take it "
                                         "(for EU measures, all EU members).");
        }
    }
    for (std::size_t n : r.odds.consents) {
        const ConsentNeed& need = consent_needs()[n];
        const auto ref = option_ref(need.option);
        char p[160];
        std::snprintf(p, sizeof p, ": P(consent) %.0f–%.0f%%%s (assumption)", 100.0 * need.p_low,
                      100.0 * need.p_high, renewal_note(need).c_str());
        o.needs_consent.push_back(std::string(need.holder) + " for \"" +
                                  clause_label(ref.dim, ref.option) + "\"" + p);
    }
    if (!r.is_agreement) {
        o.status = "No agreement is on the table: the war goes on. Each party's alternative "
                   "is what it gets.";
    } else {
        char p_all[112];
        std::snprintf(p_all, sizeof p_all, " P(all four accept) %.0f%%%s.", 100.0 * o.p_all_accept,
                      r.odds.consents.empty() ? "" : ", with the veto players' consent");
        o.status = std::to_string(o.accepting) + " of " + std::to_string(kPartyCount) +
                   " parties would accept this agreement." + p_all;
    }
    const ClosestAgreement& c = r.closest;
    if (!c.premise_note.empty()) o.closest_summary = c.premise_note + " ";
    if (c.has_solution && !c.changes.empty()) {
        Scenario next = s;
        next.choices = c.choices;
        o.closest = next;
        o.closest_changes = static_cast<int>(c.changes.size());
        for (const ClauseChange& ch : c.changes) {
            if (&ch != &c.changes.front()) o.closest_summary += "; ";
            const Dimension& dim = catalog().at(ch.dim);
            o.closest_summary += std::string(dim.label) + " → " +
                                 std::string(dim.options[ch.to].label);
        }
        char p_all[96];
        std::snprintf(p_all, sizeof p_all, " (P(all four accept) %.0f%%)", 100.0 * c.p_all_accept);
        o.closest_summary += p_all;
    } else if (c.has_solution) {
        o.closest_summary += "Every party already accepts this agreement.";
    } else {
        o.closest_summary += c.reason.empty() ? "No agreement in the catalog is accepted by all "
                                                "four parties under these red lines."
                                              : c.reason;
    }
    return o;
}

LawFinding law_finding(const armistice::LegalFinding& f) {
    LawFinding v;
    switch (f.status) {
        case LegalStatus::Violates: v.severity = Severity::Violation; break;
        case LegalStatus::InTension: v.severity = Severity::Conflict; break;
        case LegalStatus::Consistent: v.severity = Severity::Note; break;
    }
    const text::Strings english;  // the reader's language comes with the str_logic migration
    v.principle = text::render(english, principle_label(f.principle));
    v.text = text::render(english, f.explanation);
    if (auto ref = catalog().find_qualified(f.clause)) v.clause = clause_label(ref->dim, ref->option);
    return v;
}

LawOutcome evaluate_law(const Scenario& s) {
    LawOutcome o;
    o.available = true;
    for (const armistice::LegalFinding& f : check_legal(s)) o.findings.push_back(law_finding(f));
    int bad = 0;
    for (const auto& f : o.findings) bad += f.severity != Severity::Note;
    o.status = bad == 0 ? "No conflict with the principles checked."
                        : std::to_string(bad) + (bad == 1 ? " finding" : " findings") +
                              " against the agreement.";
    o.problems = bad;
    return o;
}

std::string law_counts_label(const LawOutcome& law) {
    int violations = 0, tensions = 0;
    for (const auto& f : law.findings) {
        violations += f.severity == Severity::Violation;
        tensions += f.severity == Severity::Conflict;
    }
    if (violations == 0 && tensions == 0) return "no conflicts";
    std::string out;
    if (violations > 0) out = std::to_string(violations) + (violations == 1 ? " violation" : " violations");
    if (tensions > 0) out += (out.empty() ? "" : ", ") + std::to_string(tensions) + " in tension";
    return out;
}

}  // namespace armistice::ui::bridge
