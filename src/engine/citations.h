// citations.h — the source articles as readers see them, in any text that cites them by key.
//
// Purpose: the catalog, the party models, the parameter table and the presets cite the five
// source articles by a short key ("seed 001", "Seed 003's"), like citation keys in a paper. The
// key means nothing to a reader, so every text shown to people (page, screen-reader text, text
// version, CLI prose) goes through cite_sources(), which names the outlet and title instead.
// Machine output (JSON fields, scenario files, links) keeps the keys unchanged.
// Invariants: pure and deterministic; text without a key comes back byte for byte; a key is
// "seed" or "Seed", one space and three digits naming Seed000..Seed004, not followed by a
// digit; anything else (e.g. "seed 7", the simulation's random seed) is left alone.
#pragma once

#include <string>
#include <string_view>

namespace armistice {

// `text` with every source key replaced by the source's reader name (SourceInfo::reader_name);
// a possessive key ("seed 003's") becomes the source's possessive form ("Kagan's (AEI)").
std::string cite_sources(std::string_view text);

// True when `text` contains a source key (cheap: lets callers skip the copy).
bool has_source_key(std::string_view text);

}  // namespace armistice
