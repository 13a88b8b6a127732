// announcement.h — the one short sentence a screen reader hears after a change ("Russia now
// accepts; holds 5 years: 51 %"), instead of the whole text of the page.
//
// Invariants: figures are taken only from a settled outcome (durability not refining), so one
// edit yields at most one announcement; the first settled outcome of a session announces
// nothing (the outline is there to read); plain words, no machine ids, one line.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "engine/party.h"
#include "text/strings.h"
#include "ui/outcome.h"

namespace armistice::ui {

// What an announcement compares: who accepts, how many legal problems, the headline hold figure.
struct AnnouncedFigures {
    bool sign_available = false;
    std::array<bool, kPartyCount> accepts{};
    bool law_available = false;
    int law_problems = 0;
    bool hold_shown = false;  // a hold figure exists (an agreement, estimate complete)
    bool interim = false;
    std::string hold_label;  // "5 years" or the interim term ("its 30-day term")
    int hold_percent = 0;    // P(hold) rounded to a whole percent
};

// nullopt while the outcome is still refining (nothing settled to announce yet).
// `t`: the reader's language (the hold label).
std::optional<AnnouncedFigures> settled_figures(const text::Strings& t, const Outcome& o);

// "" when nothing a reader would notice changed; otherwise one sentence in the language `t`.
std::string announce_change(const text::Strings& t, const AnnouncedFigures& before,
                            const AnnouncedFigures& after);

}  // namespace armistice::ui
