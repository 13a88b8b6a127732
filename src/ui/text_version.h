// text_version.h — the page's answers as plain text, for browsers that cannot draw the app
// (no WebGL 2): the same text summary the screen reader gets, for the scenario in the link.
//
// Invariants: ImGui-free and synchronous (runs the evaluation to completion: acceptance, law
// and every durability run); no global state. A link that does not decode yields the default
// preset's text preceded by the link's error message, never nothing.
#pragma once

#include <string>

#include "text/strings.h"

namespace armistice::ui {

// `t`: the reader's language; `fragment`: the URL fragment ("" = none). Returns the complete
// text summary.
std::string text_version(const text::Strings& t, const std::string& fragment);

}  // namespace armistice::ui
