// outcome.h — the UI's read-only view of one evaluation: plain strings and numbers.
//
// Purpose: panels never touch engine internals (DESIGN §5.3). engine_bridge.cpp converts the
// engines' results into these structs; panels, the text summary and the goal check read them.
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

#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice::ui {

// [SECTION] Will they sign?
struct PartyVerdict {
    Party party = Party::Ukraine;
    bool accepts = false;
    double margin = 0.0;       // deal utility minus the alternative (points; > 0 = better than war)
    double deal_utility = 0.0;     // points
    double alternative = 0.0;      // points: value of continuing the war under this context
    std::vector<std::string> red_lines_crossed;  // plain words
    std::vector<std::string> costliest;          // "clause label (−12 pts)", worst first
};

struct SignOutcome {
    bool available = false;
    std::string status;  // why unavailable, or a one-line verdict ("3 of 4 parties accept")
    std::array<PartyVerdict, kPartyCount> parties{};
    int accepting = 0;
    std::optional<Scenario> closest;  // closest agreement every party accepts (if one was found)
    std::string closest_summary;      // what changes, in plain words ("Alignment → neutrality; …")
    int closest_changes = 0;
};

// [SECTION] Is it lawful?
enum class Severity : std::uint8_t { Violation, Conflict, Note };  // violates / in tension / consistent

struct LawFinding {
    Severity severity = Severity::Note;
    std::string principle;  // "UN Charter art. 2(4)" or "Internal consistency"
    std::string text;       // plain words
    std::string clause;     // the clause that triggers it, "Dimension: option" ("" if none)
};

struct LawOutcome {
    bool available = false;
    std::string status;
    std::vector<LawFinding> findings;  // worst first
    int problems = 0;                    // findings that are violations or tensions
};

// [SECTION] Will it hold?
struct Share {
    std::string label;
    double value = 0.0;  // 0–1 or signed delta where noted
};

struct LedgerLine {
    std::string label;
    double violations_per_year = 0.0;
    double detected = 0.0;  // share 0–1
    double answered = 0.0;  // share 0–1
};

struct HoldOutcome {
    bool available = false;
    bool applicable = true;  // false for "no agreement": nothing to hold
    std::string status;
    std::uint32_t runs_done = 0, runs_target = 0;
    std::vector<double> survival, band_lo, band_hi;  // index = month (0 = signing, 1.0), 0–1
    std::vector<double> baseline;  // bare-ceasefire reference curve, same indexing (may be empty)
    std::string baseline_label;
    double p1 = 0, p5 = 0, p10 = 0;  // P(hold 12/60/120 months); NaN beyond the horizon
    std::vector<Share> causes;       // share of breakdowns, largest first
    std::vector<LedgerLine> ledger;  // obligations, most violated first
    std::vector<Share> sensitivity;  // delta of P(hold 5 years), largest |delta| first
    bool sensitivity_ready = false;
    bool refining() const { return available && applicable && runs_done < runs_target; }
};

struct Outcome {
    SignOutcome sign;
    LawOutcome law;
    HoldOutcome hold;
};

}  // namespace armistice::ui
