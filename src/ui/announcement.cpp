// announcement.cpp — see announcement.h.
#include "ui/announcement.h"

#include <cmath>

namespace armistice::ui {

std::optional<AnnouncedFigures> settled_figures(const Outcome& o) {
    if (o.hold.refining()) return std::nullopt;
    AnnouncedFigures f;
    f.sign_available = o.sign.available;
    for (const PartyVerdict& p : o.sign.parties)
        f.accepts[static_cast<std::size_t>(p.party)] = p.accepts;
    f.law_available = o.law.available;
    f.law_problems = o.law.problems;
    const HoldOutcome& h = o.hold;
    f.interim = h.interim;
    const double p = h.interim ? h.p_term : h.p5;
    f.hold_shown = h.available && h.applicable && std::isfinite(p);
    if (f.hold_shown) {
        f.hold_label = h.interim ? h.term_label() : "5 years";
        f.hold_percent = static_cast<int>(std::lround(100.0 * p));
    }
    return f;
}

std::string announce_change(const AnnouncedFigures& before, const AnnouncedFigures& after) {
    std::string parts;
    auto add = [&parts](const std::string& t) { parts += (parts.empty() ? "" : "; ") + t; };
    bool sign_changed = before.sign_available != after.sign_available;
    if (after.sign_available && before.sign_available) {
        for (std::size_t i = 0; i < kPartyCount; ++i) {
            if (before.accepts[i] == after.accepts[i]) continue;
            sign_changed = true;
            add(std::string(party_label(static_cast<Party>(i))) +
                (after.accepts[i] ? " now accepts" : " no longer accepts"));
        }
    } else if (sign_changed) {
        add(after.sign_available ? "the parties' verdicts are back"
                                 : "no signing verdict for this text");
    }
    if (after.law_available &&
        (!before.law_available || before.law_problems != after.law_problems)) {
        add(after.law_problems == 0
                ? "no legal problem found"
                : std::to_string(after.law_problems) +
                      (after.law_problems == 1 ? " legal problem" : " legal problems"));
    }
    const bool hold_changed = before.hold_shown != after.hold_shown ||
                              before.hold_label != after.hold_label ||
                              before.hold_percent != after.hold_percent;
    if (hold_changed && after.hold_shown)
        add("holds " + after.hold_label + ": " + std::to_string(after.hold_percent) + " %");
    else if (hold_changed)
        add("no durability estimate for this text");
    if (parts.empty()) return "";
    parts[0] =
        static_cast<char>(parts[0] >= 'a' && parts[0] <= 'z' ? parts[0] - 'a' + 'A' : parts[0]);
    return parts + ".";
}

}  // namespace armistice::ui
