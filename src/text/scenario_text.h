// scenario_text.h — a scenario and its edits in plain words, in one language: `armistice show`,
// the edited-preset title and paragraph (persist/edited_from.h) and the text summary.
//
// Purpose: the engine gives the scenario and the diff (engine/scenario.h, engine/diff/diff.h) and
// counts the edits (diff/edit_summary.h); these functions turn them into text from the string
// tables (data/strings/<lang>/scenario_text.csv) and the data's own texts (text/data_text.h).
// Invariants: plain UTF-8 text, no markup; user text (name, description) is copied verbatim;
// describe_edits() has exactly count_edits() lines, in diff order; in English the output is
// byte-for-byte what `armistice show` printed before the tables existed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diff/diff.h"
#include "engine/scenario.h"
#include "text/strings.h"

namespace armistice::text {

// Every clause grouped by track (those that differ from the default marked and described), the
// context levers with units, the relaxed red lines, the date, the lens and the simulation.
std::string describe_scenario(const Strings& t, const Scenario& s);

// "Ukraine's alignment: NATO, Norway variant" — one clause as a short line.
std::string describe_clause(const Strings& t, const Scenario& s, Dim d);

// "Edited from: NATO membership, Norway variant (3 changes)" ("1 change").
std::string edited_title(const Strings& t, std::string_view preset_name, std::size_t changes);

// One plain line per change of `d` (A = the preset, B = the edited scenario), e.g.
// "Ukraine's alignment: NATO, Norway variant → Constitutional neutrality".
std::vector<std::string> describe_edits(const Strings& t, const ScenarioDiff& d);

// describe_edits() as a paragraph: "Changed from the preset: <line>; <line>." ("" when none).
std::string edits_paragraph(const Strings& t, const ScenarioDiff& d);

}  // namespace armistice::text
