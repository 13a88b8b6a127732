// engine_bridge_sign.cpp — "Will they sign?" (acceptance) and "Is it lawful?" (legal) results
// converted into the UI's view structs (outcome.h): every text as a message (string-table keys
// with their values), rendered in the reader's language when a panel draws it.
#include <cstdio>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/consent.h"
#include "engine/acceptance/odds.h"
#include "engine/legal/legal.h"
#include "engine/red_lines.h"
#include "engine/text_keys.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "text/sentence_text.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

namespace {

std::string fmt(const char* format, double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

// The keyed arguments {dimension} and {option} naming one clause.
std::vector<std::pair<std::string_view, std::string>> clause_args(Dim d, std::uint8_t option) {
    return {{"dimension", dimension_key(d)}, {"option", option_key(d, option)}};
}

std::string_view verdict_key(Verdict v) {
    switch (v) {
        case Verdict::Likely:
            return "sign.verdict.likely";
        case Verdict::TossUp:
            return "sign.verdict.toss_up";
        case Verdict::Unlikely:
            return "sign.verdict.unlikely";
    }
    return "sign.verdict.unlikely";
}

std::string_view cost_key(const ClauseCost& c) {
    if (c.crosses_red_line && c.fails_core_issue) return "sign.cost_red_line_core_issue";
    if (c.crosses_red_line) return "sign.cost_red_line";
    if (c.fails_core_issue) return "sign.cost_core_issue";
    return "sign.cost";
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
            if (h.relaxed) {
                v.red_lines_crossed.push_back(
                    {"sign.red_line_relaxed",
                     {},
                     {{"red_line", red_line_key(red_lines()[h.red_line])}}});
            } else {
                v.red_lines_crossed.push_back(
                    {"list.item", {}, {{"item", red_line_key(red_lines()[h.red_line])}}});
            }
        }
        for (const CoreIssueHit& h : a.core_issues_failed) {
            Message m{
                "sign.core_issue_detail",
                {{"utility", fmt("%+.0f", h.utility)}, {"threshold", fmt("%+.0f", h.threshold)}},
                clause_args(h.clause, h.option)};
            m.keyed_args.emplace_back("issue", std::string(h.label));
            v.core_issues_failed.push_back(std::move(m));
        }
        for (const ClauseCost& c : a.costliest_clauses) {
            if (c.cost_vs_best <= 0.05) continue;
            v.costliest.push_back({cost_key(c),
                                   {{"points", fmt("%+.1f", -c.cost_vs_best)}},
                                   clause_args(c.dim, c.option)});
        }
        const PartyOdds& odds = r.odds.parties[i];
        v.p_accept = odds.p_accept;
        v.verdict = Message{verdict_key(odds.verdict), {}};
        v.assumed_share = odds.assumed_share;
        v.interim = a.interim;
        if (v.accepts) ++o.accepting;
    }
    o.p_all_accept = r.odds.p_all_accept;
    o.closest_p_all_accept = r.closest.p_all_accept;
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Option& opt = cat.dimensions[d].options[s.choices[d]];
        const Dim dim = static_cast<Dim>(d);
        if (opt.kind == ClauseKind::BattlefieldOutcome) {
            o.outside_the_text.push_back(
                {"sign.outside_battlefield", {}, clause_args(dim, s.choices[d])});
        } else if (opt.kind == ClauseKind::UnilateralAct) {
            o.outside_the_text.push_back(
                {"sign.outside_unilateral", {}, clause_args(dim, s.choices[d])});
        }
    }
    for (std::size_t n : r.odds.consents) {
        const ConsentNeed& need = consent_needs()[n];
        const auto ref = option_ref(need.option);
        Sentence line{
            {"sign.consent_line",
             {{"low", fmt("%.0f", 100.0 * need.p_low)}, {"high", fmt("%.0f", 100.0 * need.p_high)}},
             clause_args(ref.dim, ref.option)}};
        line.message.keyed_args.emplace_back("holder", std::string(need.holder));
        MessageList renewal{"renewal", {}, "list.comma"};
        if (const Message note = renewal_note(need); !note.empty()) renewal.items.push_back(note);
        line.lists.push_back(std::move(renewal));
        o.needs_consent.push_back(std::move(line));
    }
    if (!r.is_agreement) {
        o.status = {"sign.status_no_agreement", {}};
    } else {
        o.status = {r.odds.consents.empty() ? "sign.status" : "sign.status_consent",
                    {{"n", std::to_string(o.accepting)},
                     {"total", std::to_string(kPartyCount)},
                     {"p", fmt("%.0f", 100.0 * o.p_all_accept)}}};
    }
    const ClosestAgreement& c = r.closest;
    if (!c.premise_note.empty()) o.closest_summary.push_back(c.premise_note);
    if (c.has_solution && !c.changes.empty()) {
        Scenario next = s;
        next.choices = c.choices;
        o.closest = next;
        o.closest_changes = static_cast<int>(c.changes.size());
        MessageList changes{"changes", {}, "list.semicolon"};
        for (const ClauseChange& ch : c.changes)
            changes.items.push_back({"sign.change", {}, clause_args(ch.dim, ch.to)});
        o.closest_summary.push_back(
            {{"sign.closest_changes", {{"p", fmt("%.0f", 100.0 * c.p_all_accept)}}},
             {std::move(changes)}});
    } else if (c.has_solution) {
        o.closest_summary.push_back({{"sign.closest_already", {}}});
    } else if (c.reason.empty()) {
        o.closest_summary.push_back({{"sign.closest_none", {}}});
    } else {
        o.closest_summary.push_back(c.reason);
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
    v.principle = Message{principle_label(f.principle), {}};
    v.text = f.explanation;
    if (auto ref = catalog().find_qualified(f.clause))
        v.clause = Message{"list.clause", {}, clause_args(ref->dim, ref->option)};
    return v;
}

LawOutcome evaluate_law(const Scenario& s) {
    LawOutcome o;
    o.available = true;
    for (const armistice::LegalFinding& f : check_legal(s)) o.findings.push_back(law_finding(f));
    int bad = 0;
    for (const auto& f : o.findings) bad += f.severity != Severity::Note;
    o.problems = bad;
    return o;
}

std::string law_counts_label(const text::Strings& t, const LawOutcome& law) {
    int violations = 0, tensions = 0;
    for (const auto& f : law.findings) {
        violations += f.severity == Severity::Violation;
        tensions += f.severity == Severity::Conflict;
    }
    if (violations == 0 && tensions == 0) return t(text::Str::law_counts_clear);
    const std::string v =
        t.format(t.plural(violations, text::Str::law_violations_one, text::Str::law_violations_few,
                          text::Str::law_violations_many),
                 {{"n", std::to_string(violations)}});
    const std::string n = t.format(text::Str::law_tensions, {{"n", std::to_string(tensions)}});
    if (tensions == 0) return v;
    if (violations == 0) return n;
    return t.format(text::Str::law_counts_both, {{"violations", v}, {"tensions", n}});
}

}  // namespace armistice::ui::bridge

namespace armistice::ui {

std::string SignOutcome::closest_text(const text::Strings& t) const {
    std::string out;
    for (const Sentence& part : closest_summary) {
        if (!out.empty()) out += " ";
        out += text::render(t, part);
    }
    return out;
}

std::string LawOutcome::status(const text::Strings& t) const {
    if (problems == 0) return t(text::Str::law_status_clear);
    return t.format(t.plural(problems, text::Str::law_status_one, text::Str::law_status_few,
                             text::Str::law_status_many),
                    {{"n", std::to_string(problems)}});
}

}  // namespace armistice::ui
