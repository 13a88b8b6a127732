// link_payload_v1.cpp — link payload format version 1 (layout in link.h). FROZEN once released:
// never edit the layout, the bounds or kQuantaV1. Version 2 (link_payload_v2.cpp) is this layout
// plus two link flags, and version 3 adds one scenario-block flag (the text's date); all three
// are read and written by the same functions below (encode_payload_layout, decode_payload_layout)
// so the versions can never drift apart; v1 refuses the v2 flags, v1 and v2 the v3 block flag.
#include <array>
#include <cmath>

#include "persist/byte_codec.h"
#include "persist/link_payload.h"

namespace armistice::persist::detail {

namespace {

using Out = ByteWriter;
using In = ByteReader;

// Lever quanta of v1 as exact rationals num/den (value = q * num / den, computed so that the
// result is the double nearest to the decimal value, as a JSON parser would give).
struct Quantum {
    double num;
    double den;
};
constexpr std::array<Quantum, 9> kQuantaV1 = {{
    {5, 1},    // western_aid, % of 2024 level
    {1, 2},    // sanctions_pressure, index
    {1, 2},    // russian_inflation, %/year
    {1, 2},    // russian_policy_rate, %/year
    {50, 1},   // russian_casualties, persons/day
    {1, 2},    // outside_support, index
    {1, 20},   // us_reliability, probability
    {1, 20},   // european_readiness, index
    {1, 20},   // battlefield_trend, -1..+1
}};
constexpr std::size_t kMaxChoicesV1 = 64;
constexpr std::size_t kMaxLeversV1 = kQuantaV1.size();
constexpr std::uint8_t kLinkFlagsV1 = 0x07, kBlockFlagsV1 = 0x03, kGoalFlagsV1 = 0x07;
constexpr std::uint8_t kBlockFlagAsOf = 0x04;  // v3 only: u16 as_of follows the description
constexpr std::uint8_t kFlagSuggestionsHidden = 0x08, kFlagStartBlock = 0x10;  // v2 only

[[noreturn]] void fail(LinkErrorKind kind, std::string detail) {
    throw PayloadFailure{kind, std::move(detail)};
}

std::int16_t lever_code(std::size_t l, double value) {
    const double q = std::round(value * kQuantaV1[l].den / kQuantaV1[l].num);
    if (!(q >= -32768.0 && q <= 32767.0)) return 0;  // unreachable for validated values
    return static_cast<std::int16_t>(q);
}

double lever_value(std::size_t l, std::int16_t q) {
    return static_cast<double>(q) * kQuantaV1[l].num / kQuantaV1[l].den;
}

void write_string(Out& ar, const std::string& s) {
    ar(static_cast<std::uint64_t>(s.size()));
    ar.raw(s.data(), s.size());
}

std::string read_string(In& ar, std::uint64_t max_bytes, const char* what) {
    std::uint64_t n = 0;
    ar(n);
    if (n > max_bytes) {
        fail(LinkErrorKind::Damaged, std::string(what) + " is longer than " +
                                         std::to_string(max_bytes) + " bytes");
    }
    std::string s(static_cast<std::size_t>(n), '\0');  // n ≤ max_bytes: the cast is safe
    if (n != 0) ar.raw(&s[0], static_cast<std::size_t>(n));
    return s;
}

void write_block(Out& ar, const Scenario& s, bool v3_fields) {
    static_assert(kLeverCount == kQuantaV1.size(), "a new lever needs link format v2 (link.h)");
    static_assert(kDimensionCount <= kMaxChoicesV1, "more dimensions than v1 can hold");
    const bool store_name = should_store_name(s);
    const bool store_description = should_store_description(s);
    const bool store_as_of = v3_fields && should_store_as_of(s);
    const std::uint8_t flags = static_cast<std::uint8_t>(
        (store_name ? 1 : 0) | (store_description ? 2 : 0) | (store_as_of ? kBlockFlagAsOf : 0));
    ar(flags);
    write_string(ar, s.base_preset);
    // Dimensions appended after the first release (scope, term, ...) are written only up to the
    // last one that differs from its default: the bytes of a state that does not use them stay
    // what they were, and older pages (which reject unknown trailing clauses) still open it.
    constexpr std::size_t kChoicesInFirstRelease = 23;
    std::size_t n_choices = kDimensionCount;
    const Choices defaults = Scenario::default_choices();
    while (n_choices > kChoicesInFirstRelease &&
           s.choices[n_choices - 1] == defaults[n_choices - 1]) {
        --n_choices;
    }
    ar(static_cast<std::uint64_t>(n_choices));
    for (std::size_t d = 0; d < n_choices; ++d) ar(s.choices[d]);
    ar(static_cast<std::uint64_t>(kLeverCount));
    for (std::size_t l = 0; l < kLeverCount; ++l) ar(lever_code(l, s.context.values[l]));
    ar(static_cast<std::uint8_t>(s.lens));
    ar(s.relaxed_red_lines);
    ar(s.sim.runs, s.sim.horizon_months, s.sim.seed);
    if (store_name) write_string(ar, s.name);
    if (store_description) write_string(ar, s.description);
    if (store_as_of) ar(s.as_of);
}

Scenario read_block(In& ar, bool v3_fields) {
    Scenario s;
    std::uint8_t flags = 0;
    ar(flags);
    const std::uint8_t allowed = v3_fields ? (kBlockFlagsV1 | kBlockFlagAsOf) : kBlockFlagsV1;
    if (flags & ~allowed) fail(LinkErrorKind::Damaged, "unknown scenario flags");
    s.base_preset = read_string(ar, kMaxPresetIdBytes, "the preset id");

    std::uint64_t n_choices = 0;
    ar(n_choices);
    if (n_choices > kMaxChoicesV1) fail(LinkErrorKind::Damaged, "too many clauses");
    if (n_choices > kDimensionCount) {
        fail(LinkErrorKind::NewerVersion, "it uses agreement clauses this version does not know");
    }
    for (std::uint64_t d = 0; d < n_choices; ++d) {
        std::uint8_t c = 0;
        ar(c);
        s.choices[static_cast<std::size_t>(d)] = c;  // range: validate()
    }

    std::uint64_t n_levers = 0;
    ar(n_levers);
    if (n_levers > kMaxLeversV1) fail(LinkErrorKind::Damaged, "too many context levers");
    for (std::uint64_t l = 0; l < n_levers; ++l) {
        std::int16_t q = 0;
        ar(q);
        s.context.values[static_cast<std::size_t>(l)] = lever_value(static_cast<std::size_t>(l), q);
    }

    std::uint8_t lens_code = 0;
    ar(lens_code);
    if (lens_code >= kLensCount) fail(LinkErrorKind::Damaged, "unknown lens");
    s.lens = static_cast<LensId>(lens_code);
    ar(s.relaxed_red_lines);  // bits beyond the table: validate()
    ar(s.sim.runs, s.sim.horizon_months, s.sim.seed);
    const bool name_stored = flags & 1;
    const bool description_stored = flags & 2;
    if (name_stored) s.name = read_string(ar, kMaxNameBytes, "the name");
    if (description_stored) s.description = read_string(ar, kMaxDescriptionBytes, "the description");
    restore_texts(s, name_stored, description_stored);
    const bool as_of_stored = flags & kBlockFlagAsOf;
    if (as_of_stored) ar(s.as_of);  // range: validate()
    restore_as_of(s, as_of_stored);
    return s;
}

}  // namespace

std::vector<std::uint8_t> encode_payload_v1(const LinkState& state) {
    return encode_payload_layout(state, false, false);
}

LinkState decode_payload_v1(const std::uint8_t* data, std::size_t size) {
    return decode_payload_layout(data, size, kLinkFlagsV1, false);
}

std::vector<std::uint8_t> encode_payload_layout(const LinkState& state, bool v2_fields,
                                                bool v3_fields) {
    Out ar;
    {
        const bool hidden = v2_fields && state.suggestions_hidden;
        const bool start = v2_fields && state.start && *state.start != state.scenario;
        const std::uint8_t flags = static_cast<std::uint8_t>(
            (state.compare ? 1 : 0) | (!state.note.empty() ? 2 : 0) |
            (!state.goal.empty() ? 4 : 0) | (hidden ? kFlagSuggestionsHidden : 0) |
            (start ? kFlagStartBlock : 0));
        ar(flags, static_cast<std::uint8_t>(state.view));
        write_block(ar, state.scenario, v3_fields);
        if (state.compare) write_block(ar, *state.compare, v3_fields);
        if (!state.note.empty()) write_string(ar, state.note);
        if (!state.goal.empty()) {
            const EducatorGoal& g = state.goal;
            const std::uint8_t goal_flags = static_cast<std::uint8_t>(
                (g.require_all_accept ? 1 : 0) | (g.require_lawful ? 2 : 0) | (g.min_p_hold_60 ? 4 : 0));
            ar(goal_flags);
            if (g.min_p_hold_60) ar(*g.min_p_hold_60);
        }
        if (start) write_block(ar, *state.start, v3_fields);
    }
    return ar.take();
}

LinkState decode_payload_layout(const std::uint8_t* data, std::size_t size, std::uint8_t allowed,
                                bool v3_fields) {
    if (size == 0 || data[0] != 1) fail(LinkErrorKind::Damaged, "unexpected byte order marker");
    In ar(data, size);
    LinkState state;
    std::uint8_t flags = 0, view = 0;
    ar(flags, view);
    if (flags & ~allowed) fail(LinkErrorKind::Damaged, "unknown link flags");
    if (view >= static_cast<std::uint8_t>(LinkView::Count)) fail(LinkErrorKind::Damaged, "unknown view");
    state.view = static_cast<LinkView>(view);
    state.scenario = read_block(ar, v3_fields);
    if (flags & 1) state.compare = read_block(ar, v3_fields);
    if (flags & 2) {
        state.note = read_string(ar, kMaxNoteBytes, "the note");
        if (state.note.empty()) fail(LinkErrorKind::Damaged, "empty note stored");
    }
    if (flags & 4) {
        std::uint8_t goal_flags = 0;
        ar(goal_flags);
        if (goal_flags & ~kGoalFlagsV1) fail(LinkErrorKind::Damaged, "unknown goal flags");
        if (goal_flags == 0) fail(LinkErrorKind::Damaged, "empty goal stored");
        state.goal.require_all_accept = goal_flags & 1;
        state.goal.require_lawful = goal_flags & 2;
        if (goal_flags & 4) {
            double p = 0;
            ar(p);
            if (!std::isfinite(p)) fail(LinkErrorKind::Damaged, "the goal holds a non-finite number");
            state.goal.min_p_hold_60 = p;  // range: validate_link_state()
        }
    }
    state.suggestions_hidden = flags & kFlagSuggestionsHidden;
    if (flags & kFlagStartBlock) {
        state.start = read_block(ar, v3_fields);
        if (*state.start == state.scenario) state.start.reset();  // the same as no start block
    }
    if (!ar.at_end()) {
        fail(LinkErrorKind::Damaged, "unexpected bytes after the end of the scenario");
    }
    return state;
}

}  // namespace armistice::persist::detail
