// stance.cpp — per-party stance on a clause (see stance.h).
#include "engine/acceptance/stance.h"

#include <cstdio>

#include "engine/acceptance/party_model.h"
#include "engine/acceptance/value_table.h"
#include "engine/red_lines.h"

namespace armistice {

namespace {

// The first unrelaxed red line of p forbidding the option, or nullptr.
const RedLine* blocking_red_line(Party p, Dim d, std::uint8_t option, std::uint64_t relaxed) {
    for (std::size_t i : acceptance_detail::red_lines_forbidding(d, option)) {
        const RedLine& rl = red_lines()[i];
        if (rl.party == p && !((relaxed >> i) & 1u)) return &rl;
    }
    return nullptr;
}

}  // namespace

PartyStance party_stance(Party p, Dim d, std::uint8_t option, std::uint64_t relaxed) {
    if (blocking_red_line(p, d, option, relaxed)) return PartyStance::Opposes;
    const double u = option_utility(p, d, option);
    if (u <= kOpposesBelow) return PartyStance::Opposes;
    if (u >= kSupportsAbove) return PartyStance::Supports;
    return PartyStance::CanLiveWith;
}

std::string_view stance_mark(PartyStance s) {
    switch (s) {
        case PartyStance::Supports: return "+";
        case PartyStance::CanLiveWith: return "~";
        case PartyStance::Opposes: return "-";
    }
    return "~";
}

std::string_view stance_words(PartyStance s) {
    switch (s) {
        case PartyStance::Supports: return "supports";
        case PartyStance::CanLiveWith: return "can live with";
        case PartyStance::Opposes: return "opposes";
    }
    return "can live with";
}

std::string stance_explanation(Party p, Dim d, std::uint8_t option, std::uint64_t relaxed) {
    std::string out(party_label(p));
    out += " ";
    out += stance_words(party_stance(p, d, option, relaxed));
    if (const RedLine* rl = blocking_red_line(p, d, option, relaxed)) {
        out += ": red line '" + std::string(rl->label) + "'";
        return out;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, ": utility %+.0f on a -100..+100 scale",
                  option_utility(p, d, option));
    return out + buf;
}

}  // namespace armistice
