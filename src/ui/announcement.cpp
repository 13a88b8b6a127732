// announcement.cpp — see announcement.h.
#include "ui/announcement.h"

#include <cmath>

#include "ui/party_text.h"

namespace armistice::ui {

namespace {

// The sentence's first letter in capitals: ASCII, and the Cyrillic of the tables (а–я, ё, є,
// і, ї, ґ), whose UTF-8 capitals are a fixed offset away.
void capitalise_first(std::string& s) {
    if (s.empty()) return;
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 >= 'a' && b0 <= 'z') {
        s[0] = static_cast<char>(b0 - 'a' + 'A');
        return;
    }
    if (s.size() < 2 || (b0 != 0xD0 && b0 != 0xD1 && b0 != 0xD2)) return;
    const unsigned cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[1]) & 0x3Fu);
    unsigned up = cp;
    if (cp >= 0x430 && cp <= 0x44F)
        up = cp - 0x20;  // а–я
    else if (cp >= 0x450 && cp <= 0x45F)
        up = cp - 0x50;  // ѐ–џ: ё, є, і, ї
    else if (cp == 0x491)
        up = 0x490;  // ґ
    if (up == cp) return;
    s[0] = static_cast<char>(0xC0 | (up >> 6));
    s[1] = static_cast<char>(0x80 | (up & 0x3F));
}

}  // namespace

std::optional<AnnouncedFigures> settled_figures(const text::Strings& t, const Outcome& o) {
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
        f.hold_label = h.interim ? h.term_label(t) : std::string(t(text::Str::announce_five_years));
        f.hold_percent = static_cast<int>(std::lround(100.0 * p));
    }
    return f;
}

std::string announce_change(const text::Strings& t, const AnnouncedFigures& before,
                            const AnnouncedFigures& after) {
    using text::Str;
    std::string parts;
    auto add = [&parts](const std::string& s) { parts += (parts.empty() ? "" : "; ") + s; };
    bool sign_changed = before.sign_available != after.sign_available;
    if (after.sign_available && before.sign_available) {
        for (std::size_t i = 0; i < kPartyCount; ++i) {
            if (before.accepts[i] == after.accepts[i]) continue;
            sign_changed = true;
            add(t.format(
                after.accepts[i] ? Str::announce_now_accepts : Str::announce_no_longer_accepts,
                {{"party", party_name(t, static_cast<Party>(i))}}));
        }
    } else if (sign_changed) {
        add(t(after.sign_available ? Str::announce_verdicts_back : Str::announce_no_verdict));
    }
    if (after.law_available &&
        (!before.law_available || before.law_problems != after.law_problems)) {
        add(after.law_problems == 0
                ? std::string(t(Str::announce_no_legal_problem))
                : t.format(
                      t.plural(after.law_problems, Str::announce_legal_problems_one,
                               Str::announce_legal_problems_few, Str::announce_legal_problems_many),
                      {{"n", std::to_string(after.law_problems)}}));
    }
    const bool hold_changed = before.hold_shown != after.hold_shown ||
                              before.hold_label != after.hold_label ||
                              before.hold_percent != after.hold_percent;
    if (hold_changed && after.hold_shown)
        add(t.format(Str::announce_holds, {{"term", after.hold_label},
                                           {"percent", std::to_string(after.hold_percent)}}));
    else if (hold_changed)
        add(t(Str::announce_no_estimate));
    if (parts.empty()) return "";
    capitalise_first(parts);
    return parts + ".";
}

}  // namespace armistice::ui
