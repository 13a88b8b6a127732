// outcome.h — the UI's read-only view of one evaluation: plain strings and numbers.
//
// Purpose: panels never touch engine internals (DESIGN §5.3). engine_bridge.cpp converts the
// engines' results into these structs; panels, the text summary and the goal check read them.
// Texts of the sign and law cards are messages (engine/message.h, engine/sentence.h), rendered
// with the reader's text::Strings at draw time, so switching language needs no re-evaluation.
// Invariants:
//  - Every block has `available`: false means that engine is not built into this binary (or not
//    applicable); `status` then says why in plain words, and every number must be ignored.
//  - Probabilities are 0–1; months are calendar months; margins are utility points.
//  - Nothing here is a forecast: the cards label every figure as a model estimate.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/message.h"
#include "engine/party.h"
#include "engine/scenario.h"
#include "engine/sentence.h"
#include "text/strings.h"
#include "ui/charts/chart_specs.h"

namespace armistice::ui {

// [SECTION] Will they sign?
struct PartyVerdict {
    Party party = Party::Ukraine;
    bool accepts = false;
    double margin = 0.0;  // deal utility minus the alternative (points; > 0 = better than war)
    double deal_utility = 0.0;  // points
    double alternative = 0.0;   // points: value of continuing the war under this context
    std::vector<Message> red_lines_crossed;   // the red line ("(relaxed)" when relaxed)
    std::vector<Message> core_issues_failed;  // core issue and the clause below it
    std::vector<Message> costliest;           // "clause label (−12.0 points)", worst first
    double p_accept = 0.0;       // probability over the seeded draws (engine odds.h)
    Message verdict;             // "likely", "toss-up" or "unlikely" (keys sign.verdict.*)
    double assumed_share = 0.0;  // [0, 1]: share of the margin resting on assumed values
    bool interim = false;        // judged as an interim or partial text, against the war going on
};

struct SignOutcome {
    bool available = false;
    Message status;  // a one-line verdict ("3 of 4 parties would accept this agreement. …")
    std::array<PartyVerdict, kPartyCount> parties{};
    int accepting = 0;
    std::optional<Scenario> closest;  // closest agreement every party accepts (if one was found)
    // What changes ("Alignment → neutrality; …"), or why there is none; its sentences are joined
    // by spaces (the premise note first, when the premise had to go). See closest_summary().
    std::vector<Sentence> closest_summary;
    int closest_changes = 0;
    double p_all_accept = 0.0;          // probability that all four accept this draft
    double closest_p_all_accept = 0.0;  // the same for the closest agreement (when found)
    // Clauses nobody signs (battlefield outcomes, unilateral acts): who must consent to what,
    // instead of a treaty verdict on them.
    std::vector<Message> outside_the_text;
    // Veto players the clauses need beyond the four parties (engine consent.h):
    // "EU Council unanimity (27 members) for sanctions relief: P(consent) 5–30% (assumption)".
    std::vector<Sentence> needs_consent;

    std::string closest_text(const text::Strings& t) const;  // closest_summary in t's language
};

// [SECTION] Is it lawful?
enum class Severity : std::uint8_t { Violation, Conflict, Note };  // violates / in tension / consistent

struct LawFinding {
    Severity severity = Severity::Note;
    Message principle;  // "UN Charter art. 2(4)" or "Internal consistency"
    Message text;       // the finding's explanation
    Message clause;     // the clause that triggers it, "Dimension: option" (empty if none)
};

struct LawOutcome {
    bool available = false;
    std::vector<LawFinding> findings;  // worst first
    int problems = 0;                    // findings that are violations or tensions

    // "No conflict with the principles checked." / "2 findings against the agreement."
    std::string status(const text::Strings& t) const;
};

// [SECTION] Will it hold?
// Texts of the hold block are engine Messages (engine/message.h), rendered with the reader's
// text::Strings when drawn (text::render), so a language switch needs no new evaluation.
struct Share {
    Message label;       // a cause of breakdown, or one change in the sensitivity ranking
    double value = 0.0;  // 0–1 or signed delta where noted
};

struct LedgerLine {
    Message label;  // the obligation
    double violations_per_year = 0.0;
    double detected = 0.0;  // share 0–1
    double answered = 0.0;  // share 0–1
};

struct HoldOutcome {
    bool available = false;
    bool applicable = true;  // false for "no agreement": nothing to hold
    Message status;          // why unavailable or not applicable (empty otherwise)
    std::uint32_t runs_done = 0, runs_target = 0;
    std::vector<double> survival, band_lo, band_hi;  // index = month (0 = signing, 1.0), 0–1
    std::vector<double> baseline;    // bare-ceasefire reference curve, same indexing (may be empty)
    double p1 = 0, p5 = 0, p10 = 0;  // P(hold 12/60/120 months); NaN beyond the horizon
    std::vector<Share> causes;       // share of breakdowns, largest first
    std::vector<LedgerLine> ledger;  // obligations, most violated first
    std::vector<Share> sensitivity;  // delta of P(hold 5 years), largest |delta| first
    bool sensitivity_ready = false;
    // Interim and partial deals: judged over their term only (p1/p5/p10 are NaN then).
    bool interim = false;
    std::uint32_t term_days = 0;      // days; 0 = open-ended partial deal
    double p_term = 0, p_extended = 0;  // P(holds its term), P(extended into a lasting ceasefire)
    double violations_per_week = 0;   // expected minor violations along the line per week
    // "its 30-day term" or "its first 3 months", in the reader's language
    std::string term_label(const text::Strings& t) const;
    // Most durable agreement all four accept (engine/durability/most_durable.h), searched after
    // the sensitivity ranking; `best` is empty when none exists or the search is still running.
    bool best_ready = false;
    std::optional<Scenario> best;
    std::string best_summary;  // plain words: P(hold) from → to, and the clauses changed
    std::string best_progress;  // while the search runs: its round, stage and count, plain words
    int best_changes = 0;
    bool consent = true;          // Russia would sign these terms; false: treated as imposed
    double deterrence = 0;        // deterrence score 0–1 (automaticity, forces, nuclear commitment)
    bool refining() const { return available && applicable && runs_done < runs_target; }
};

struct Outcome {
    SignOutcome sign;
    LawOutcome law;
    HoldOutcome hold;
};

// [SECTION] Compare: what each of B's differing clauses does to A on its own
// (engine/diff/diff_effects.h, computed progressively by bridge::EffectsJob).
struct PartyShift {
    Party party = Party::Ukraine;
    double margin_a = 0.0;  // points, A as it is
    double margin = 0.0;    // points, A with B's choice on this one clause
    double delta = 0.0;     // margin − margin_a
    bool accepts_a = false;
    bool accepts = false;
};

struct ClauseEffectView {
    std::string dimension_id;  // e.g. "alignment"
    std::string dimension;     // e.g. "Ukraine's alignment"
    std::string option_a;      // label of A's choice
    std::string option_b;      // label of B's choice
    std::string option_b_id;
    bool ready = false;        // false while its simulation is still running
    bool acceptance_applicable = false;  // the variant is an agreement (margins meaningful)
    std::array<PartyShift, kPartyCount> parties{};
    std::vector<LawFinding> legal_added;    // findings the change adds to A's, worst first
    std::vector<LawFinding> legal_removed;  // findings of A the change removes
    bool hold_applicable = false;
    double p_hold_60 = 0.0;        // of the variant; NaN when not applicable
    double delta_p_hold_60 = 0.0;  // variant − A; NaN when either is not applicable
};

struct CompareEffects {
    bool started = false;              // a job exists for the current A and B
    bool done = false;
    std::uint32_t runs = 0;            // trajectories per simulation (A's seed for all)
    std::size_t simulations_done = 0, simulations_total = 0;
    bool a_applicable = false, b_applicable = false;
    double p_hold_60_a = 0.0, p_hold_60_b = 0.0;  // NaN when not applicable / not yet run
    bool b_ready = false;
    std::vector<ClauseEffectView> clauses;  // one per differing clause, in catalog order
};

// [SECTION] Model card: the durability model scored on the development backtest cases.
struct BacktestFigures {
    bool available = false;
    // Why unavailable: the embedded CSV did not parse at this line (1-based), for this reason
    // (the engine's words); the model card turns them into a sentence in the reader's language.
    int error_line = 0;
    std::string error_message;
    std::size_t cases = 0;
    double c_index = 0.0;          // Harrell's C with censoring, 0–1 (0.5 = chance)
    double brier_60 = 0.0;         // Brier score at 60 months (lower is better)
    std::uint32_t brier_cases = 0; // cases usable at 60 months
    double baseline_c_index = 0.0; // C of the number of protective provisions present
    // Predicted against observed P(war resumes within 60 months), by risk tercile, lowest first;
    // empty when fewer than 3 cases are usable at 60 months.
    std::vector<charts::CalibrationPoint> calibration;
};

}  // namespace armistice::ui
