// party_text.h — the four parties' names in the reader's language ("Ukraine", "Україна", ...).
//
// Purpose: engine/party.h keeps the English label (JSON, CLI); every text a reader sees names a
// party through this function, so the name comes from data/strings/<lang>/parties.csv.
// Invariants: ImGui-free (ui_logic); every Party has a name in every language (the build's check).
#pragma once

#include "engine/party.h"
#include "text/strings.h"

namespace armistice::ui {

const char* party_name(const text::Strings& t, Party p);

}  // namespace armistice::ui
