// text_version.h — the page's answers as plain text, for browsers that cannot draw the app
// (no WebGL 2): the same text summary the screen reader gets, for the scenario in the link.
//
// Invariants: ImGui-free and synchronous (runs the evaluation to completion: acceptance, law
// and every durability run); no global state. A link that does not decode yields the default
// preset's text preceded by the link's error message, never nothing. The evaluation does not
// depend on the language, so one TextVersion renders the same answers in every language.
#pragma once

#include <optional>
#include <string>

#include "text/strings.h"
#include "ui/app_state.h"
#include "ui/outcome.h"

namespace armistice::ui {

// The scenario of one link, evaluated to completion; text() writes it in a language.
class TextVersion {
public:
    explicit TextVersion(const std::string& fragment);  // "" = the default preset
    std::string text(const text::Strings& t) const;

private:
    AppState state_;
    Outcome outcome_;
    std::optional<std::string> link_error_;  // the link did not decode (the default is shown)
    std::string notice_;                     // what decoding the link said, if anything
};

// `t`: the reader's language; `fragment`: the URL fragment ("" = none). Returns the complete
// text summary.
std::string text_version(const text::Strings& t, const std::string& fragment);

}  // namespace armistice::ui
