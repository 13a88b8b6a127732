// vocabulary.h — the closed word lists of the data tables (data/README.md): the names a CSV
// cell may hold for a source, stance, track, clause kind, mechanism or party, and back.
//
// Purpose: the data checker (engine/data/check.h) and the code generator (src/datagen) read the
// same names; the names are the enums' public ids (catalog.h, mechanisms.h, party.h), so JSON
// output, the model card and the data files agree. Invariant: find_*(x_id(v)) == v for every v.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/catalog.h"
#include "engine/mechanisms.h"
#include "engine/party.h"

namespace armistice::data {

std::optional<SourceId> find_source(std::string_view short_name);  // "Seed 001", "Assumption"
std::string_view stance_id(Stance s);                              // "proposes", ...
std::optional<Stance> find_stance(std::string_view id);
std::string_view track_id(Track t);  // "ceasefire", "political"
std::optional<Track> find_track(std::string_view id);
std::optional<ClauseKind> find_clause_kind(std::string_view id);  // clause_kind_id() names
std::optional<Mechanism> find_mechanism(std::string_view name);   // mechanism_name() names

// "a, b, c": every valid word of one list, for messages that say what would be accepted.
std::string known_sources();
std::string known_stances();
std::string known_tracks();
std::string known_clause_kinds();
std::string known_parties();

}  // namespace armistice::data
