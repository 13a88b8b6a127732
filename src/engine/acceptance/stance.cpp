// stance.cpp — per-party stance on a clause (see stance.h).
#include "engine/acceptance/stance.h"

#include <cstdio>

#include "engine/acceptance/party_model.h"
#include "engine/acceptance/value_table.h"
#include "engine/red_lines.h"
#include "engine/text_keys.h"

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

Message stance_explanation(Party p, Dim d, std::uint8_t option, std::uint64_t relaxed) {
    const std::string party = party_key(p);
    if (const RedLine* rl = blocking_red_line(p, d, option, relaxed)) {
        return {"stance.red_line", {}, {{"party", party}, {"red_line", red_line_key(*rl)}}};
    }
    std::string_view key = "stance.can_live_with";
    switch (party_stance(p, d, option, relaxed)) {
        case PartyStance::Supports:
            key = "stance.supports";
            break;
        case PartyStance::CanLiveWith:
            key = "stance.can_live_with";
            break;
        case PartyStance::Opposes:
            key = "stance.opposes";
            break;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.0f", option_utility(p, d, option));
    return {key, {{"utility", buf}}, {{"party", party}}};
}

}  // namespace armistice
