// link_test.cpp — share links: round trips for every preset, the 200-character budget, and a
// table of hostile links (cut off, bit-flipped, oversized lengths, newer versions, wrong
// prefixes, crafted payloads with valid checksums) each giving its one clear message.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "persist/base64url.h"
#include "persist/crc32.h"
#include "persist/link.h"
#include "persist/link_payload.h"
#include "persist/presets.h"
#include "persist/scenario_arg.h"

namespace armistice::persist {
namespace {

// [SECTION] Helpers

LinkState moved_levers(LinkState st, bool to_max) {
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const LeverInfo& info = lever_info(static_cast<Lever>(l));
        double v = to_max ? info.max - info.step : info.min + info.step;
        if (v == st.scenario.context.values[l]) v = to_max ? info.max : info.min;
        st.scenario.context.values[l] = quantise_lever(static_cast<Lever>(l), v);
    }
    return st;
}

// Little-endian payload builder for crafted (checksum-valid) hostile payloads.
struct Bytes {
    std::vector<std::uint8_t> b;
    Bytes& u8(std::uint8_t v) { b.push_back(v); return *this; }
    Bytes& le(std::uint64_t v, int n) {
        for (int i = 0; i < n; ++i) b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
        return *this;
    }
    Bytes& f64(double d) {
        std::uint64_t u = 0;
        std::memcpy(&u, &d, 8);
        return le(u, 8);
    }
    Bytes& str(const std::string& s) {
        le(s.size(), 8);
        b.insert(b.end(), s.begin(), s.end());
        return *this;
    }
};

// A minimal valid v1 payload with a few fields overridable.
struct Craft {
    std::uint8_t link_flags = 0, view = 0, block_flags = 1, lens = 0, goal_flags = 0;
    std::uint64_t preset_len = 0, n_choices = kDimensionCount, n_levers = kLeverCount;
    std::uint64_t name_len = 4, note_len = 0;
    std::string note;
    std::uint64_t relaxed = 0;
    std::uint32_t runs = 1000, horizon = 60;
    double p = 0.5;
    bool trailing = false;

    std::vector<std::uint8_t> bytes() const {
        Bytes out;
        out.u8(1).u8(link_flags).u8(view).u8(block_flags).le(preset_len, 8);
        out.le(n_choices, 8);
        const Choices defaults = Scenario::default_choices();
        for (std::uint64_t d = 0; d < n_choices && d < 100; ++d) out.u8(d < kDimensionCount ? defaults[d] : 0);
        out.le(n_levers, 8);
        for (std::uint64_t l = 0; l < n_levers && l < 100; ++l) {
            const LeverInfo& info = lever_info(static_cast<Lever>(l < kLeverCount ? l : 0));
            out.le(static_cast<std::uint16_t>(static_cast<std::int16_t>(std::lround(info.default_value / info.step))), 2);
        }
        out.u8(lens).le(relaxed, 8).le(runs, 4).le(horizon, 4).le(7, 8);
        out.le(name_len, 8);
        for (std::uint64_t i = 0; i < name_len && i < 64; ++i) out.u8('N');
        if (link_flags & 2) {
            out.le(note_len, 8);
            out.b.insert(out.b.end(), note.begin(), note.end());
        }
        if (link_flags & 4) {
            out.u8(goal_flags);
            if (goal_flags & 4) out.f64(p);
        }
        if (trailing) out.u8(0);
        return out.b;
    }
};

std::string wrap(std::uint8_t version, const std::vector<std::uint8_t>& payload) {
    std::vector<std::uint8_t> env;
    env.push_back(static_cast<std::uint8_t>(payload.size() & 0xFF));
    env.push_back(static_cast<std::uint8_t>(payload.size() >> 8));
    env.insert(env.end(), payload.begin(), payload.end());
    const std::uint8_t v[1] = {version};
    const std::uint32_t crc = crc32(env.data(), env.size(), crc32(v, 1));
    for (int i = 0; i < 4; ++i) env.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
    return "a" + std::to_string(version) + "." + base64url_encode(env.data(), env.size());
}

// [SECTION] Building blocks

TEST(LinkParts, Crc32CheckValue) {
    const char* s = "123456789";
    EXPECT_EQ(crc32(reinterpret_cast<const std::uint8_t*>(s), 9), 0xCBF43926u);
}

TEST(LinkParts, Base64UrlRoundTripAndCanonical) {
    for (std::size_t n = 0; n < 40; ++n) {
        std::vector<std::uint8_t> in(n);
        for (std::size_t i = 0; i < n; ++i) in[i] = static_cast<std::uint8_t>(i * 37 + 11);
        const std::string text = base64url_encode(in.data(), in.size());
        EXPECT_EQ(text.find_first_of("+/="), std::string::npos);
        std::vector<std::uint8_t> out;
        ASSERT_EQ(base64url_decode(text, out), Base64Status::Ok);
        EXPECT_EQ(out, in);
    }
    std::vector<std::uint8_t> out;
    EXPECT_EQ(base64url_decode("QQ", out), Base64Status::Ok);  // "A"
    EXPECT_EQ(base64url_decode("QR", out), Base64Status::NonCanonical);
    EXPECT_EQ(base64url_decode("QUJD=", out), Base64Status::BadCharacter);
    EXPECT_EQ(base64url_decode("QUJDR", out), Base64Status::DanglingChar);
}

TEST(LinkParts, QuantiseLeverSnapsToTheSliderGrid) {
    EXPECT_EQ(quantise_lever(Lever::UsReliability, 0.52), 0.5);
    EXPECT_EQ(quantise_lever(Lever::UsReliability, 0.85), 0.85);
    EXPECT_EQ(quantise_lever(Lever::WesternAid, 103), 105);
    EXPECT_EQ(quantise_lever(Lever::WesternAid, std::nan("")), lever_info(Lever::WesternAid).default_value);
}

TEST(LinkParts, PinnedV1QuantaMatchTheSliderSteps) {
    // If this fails, a lever step changed: links need a new format version (link.h).
    const double expected[] = {5, 0.5, 0.5, 0.5, 50, 0.5, 0.05, 0.05, 0.05};
    ASSERT_EQ(kLeverCount, 9u);
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        EXPECT_EQ(lever_info(static_cast<Lever>(l)).step, expected[l]) << l;
    }
}

// [SECTION] Round trips and the length budget

TEST(Link, EveryPresetRoundTripsFileLinkFile) {
    ASSERT_FALSE(presets().empty());
    for (const ScenarioFile& p : presets()) {
        SCOPED_TRACE(p.id);
        const std::string link = encode_link(link_state_from_file(p));
        ASSERT_FALSE(link.empty());
        const DecodeResult r = decode_link(link);
        ASSERT_TRUE(r.ok()) << r.error.message();
        EXPECT_EQ(file_from_link_state(*r.state), p);                  // file → link → file
        EXPECT_EQ(encode_link(*r.state), link);                        // link → state → link
        EXPECT_EQ(save_scenario_json(file_from_link_state(*r.state)), save_scenario_json(p));
    }
}

TEST(Link, EveryPresetWithAllLeversMovedFitsIn200Characters) {
    std::size_t longest = 0;
    for (const ScenarioFile& p : presets()) {
        for (const bool to_max : {false, true}) {
            SCOPED_TRACE(p.id);
            const LinkState st = moved_levers(link_state_from_file(p), to_max);
            for (std::size_t l = 0; l < kLeverCount; ++l) {
                EXPECT_NE(st.scenario.context.values[l], p.scenario.context.values[l]);
            }
            const std::string link = encode_link(st);
            EXPECT_LE(link.size(), 200u) << link;
            longest = std::max(longest, link.size());
            const DecodeResult r = decode_link(link);
            ASSERT_TRUE(r.ok()) << r.error.message();
            EXPECT_EQ(*r.state, st);
            EXPECT_EQ(encode_link(*r.state), link);
        }
    }
    RecordProperty("longest_preset_link", static_cast<int>(longest));
    std::printf("longest preset link with all levers moved: %zu characters\n", longest);
}

TEST(Link, EditedStateWithEverythingRoundTrips) {
    LinkState st = moved_levers(link_state_from_file(presets().front()), true);
    st.scenario.name = "My variant";
    st.scenario.description = "Edited.\nTwo lines.";
    st.scenario.set_choice(Dim::Alignment, 1);
    st.scenario.relaxed_red_lines = 0b101;
    st.scenario.lens = LensId::Process;
    st.scenario.sim = {5000, 36, 0xFFFFFFFFFFFFFFFFull};
    st.compare = presets().back().scenario;
    st.view = LinkView::Compare;
    st.note = std::string(kMaxNoteChars - 1, 'n') + "\xE2\x82\xAC";  // exactly 280 characters
    st.goal.require_lawful = true;
    st.goal.min_p_hold_60 = 0.65;
    const std::string link = encode_link(st);
    ASSERT_FALSE(link.empty());
    const DecodeResult r = decode_link(link);
    ASSERT_TRUE(r.ok()) << r.error.message();
    EXPECT_EQ(*r.state, st);
    EXPECT_EQ(encode_link(*r.state), link);
}

TEST(Link, DecodeAcceptsHashAndFullUrl) {
    const std::string link = encode_link(link_state_from_file(presets().front()));
    EXPECT_TRUE(decode_link("#" + link).ok());
    EXPECT_TRUE(decode_link("https://example.org/armistice/#" + link).ok());
    EXPECT_TRUE(decode_link("  " + link + "\n").ok());
    const LoadResult arg = load_scenario_arg("#" + link);
    ASSERT_TRUE(arg.ok());
    EXPECT_EQ(*arg.file, presets().front());
    EXPECT_TRUE(load_scenario_arg(presets().front().id).ok());  // a bare preset id
}

TEST(Link, NoteIsLimitedInCharactersNotBytes) {
    // Issue #6: at most 280 characters of UTF-8 text. A Cyrillic note of 280 characters (560
    // bytes) must survive; one more character must not.
    LinkState st = link_state_from_file(presets().front());
    std::string note;
    for (std::size_t i = 0; i < kMaxNoteChars; ++i) note += "\xD0\x96";  // U+0416, 2 bytes
    st.note = note;
    const std::string link = encode_link(st);
    ASSERT_FALSE(link.empty());
    const DecodeResult r = decode_link(link);
    ASSERT_TRUE(r.ok()) << r.error.message();
    EXPECT_EQ(r.state->note, note);
    st.note = note + "x";
    EXPECT_EQ(encode_link(st), "");
    const auto issues = validate_link_state(st);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_NE(issues[0].message.find("281 characters"), std::string::npos) << issues[0].message;
}

TEST(Link, LargestValidStateStaysDecodable) {
    // Custom name and description on both scenarios plus a full note: the biggest state a user
    // can make must produce a link that decode_link accepts.
    LinkState st = link_state_from_file(presets().front());
    st.scenario.name = std::string(kMaxNameBytes, 'N');
    st.scenario.description = std::string(kMaxDescriptionBytes, 'D');
    st.compare = st.scenario;
    st.note = std::string(kMaxNoteChars, 'n');
    const std::string link = encode_link(st);
    ASSERT_FALSE(link.empty());
    EXPECT_LE(link.size(), kMaxLinkChars);
    const DecodeResult r = decode_link(link);
    ASSERT_TRUE(r.ok()) << r.error.message();
    EXPECT_EQ(*r.state, st);
}

TEST(Link, InvalidStatesAreNotEncoded) {
    LinkState st = link_state_from_file(presets().front());
    st.note = std::string(kMaxNoteBytes + 1, 'x');
    EXPECT_EQ(encode_link(st), "");
    st.note = "bell\x07";
    EXPECT_EQ(encode_link(st), "");
    st.note.clear();
    st.goal.min_p_hold_60 = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(encode_link(st), "");
    st.goal.min_p_hold_60 = 1.5;
    EXPECT_EQ(encode_link(st), "");
}

// [SECTION] Hostile links

struct Hostile {
    const char* label;
    std::string link;
    LinkErrorKind kind;
    const char* detail;  // substring of the detail
};

std::vector<Hostile> hostile_cases() {
    const std::string good = encode_link(link_state_from_file(presets().front()));
    std::string flipped = good;
    flipped[flipped.size() / 2] = flipped[flipped.size() / 2] == 'A' ? 'B' : 'A';
    std::string payload_flip = good;
    payload_flip[20] = payload_flip[20] == 'x' ? 'y' : 'x';
    static const std::string newer = "version " + std::to_string(kLinkVersion + 1);
    std::vector<Hostile> cases = {
        {"empty", "", LinkErrorKind::NotALink, "empty"},
        {"just a hash", "#", LinkErrorKind::NotALink, "empty"},
        {"plain word", "hello", LinkErrorKind::NotALink, "a1."},
        {"other site's fragment", "https://example.org/#section-2", LinkErrorKind::NotALink, ""},
        {"wrong prefix letter", "b1." + good.substr(3), LinkErrorKind::NotALink, ""},
        {"no version", "a." + good.substr(3), LinkErrorKind::NotALink, "version"},
        {"version zero", "a0." + good.substr(3), LinkErrorKind::NotALink, "version"},
        {"newer version", "a" + std::to_string(kLinkVersion + 1) + "." + good.substr(3),
         LinkErrorKind::NewerVersion, newer.c_str()},
        {"much newer version", "a999.AAAA", LinkErrorKind::NewerVersion, "version 999"},
        {"cut after prefix", "a1.", LinkErrorKind::Incomplete, ""},
        {"truncated by one", good.substr(0, good.size() - 1), LinkErrorKind::Incomplete, "of"},
        {"truncated by ten", good.substr(0, good.size() - 10), LinkErrorKind::Incomplete, "of"},
        {"truncated to half", good.substr(0, good.size() / 2), LinkErrorKind::Incomplete, "of"},
        {"extra characters", good + "AAAA", LinkErrorKind::Damaged, "end"},
        {"bit flipped", flipped, LinkErrorKind::Damaged, ""},
        {"bit flipped early", payload_flip, LinkErrorKind::Damaged, ""},
        {"bad characters", good.substr(0, 10) + "+/" + good.substr(12), LinkErrorKind::Damaged,
         "characters"},
        {"percent-encoded", good.substr(0, 10) + "%20" + good.substr(13), LinkErrorKind::Damaged,
         "characters"},
        {"too long", "a1." + std::string(kMaxLinkChars + 100, 'A'), LinkErrorKind::Damaged,
         "characters long"},
        {"absurdly long", std::string(100000, 'A'), LinkErrorKind::Damaged, "too long"},
        {"format string", "a1.%s%n%x%p", LinkErrorKind::Damaged, "characters"},
        {"script tag", "<script>alert(1)</script>", LinkErrorKind::NotALink, ""},
    };
    return cases;
}

std::vector<Hostile> crafted_cases() {
    auto craft = [](auto change) {
        Craft c;
        change(c);
        return wrap(1, c.bytes());
    };
    std::vector<Hostile> cases = {
        {"crafted baseline decodes", craft([](Craft&) {}), LinkErrorKind::Damaged, "<ok>"},
        {"preset length 2^63", craft([](Craft& c) { c.preset_len = 1ull << 63; }), LinkErrorKind::Damaged,
         "longer than 64"},
        {"preset length 2^32+3 (wasm32 truncation)", craft([](Craft& c) { c.preset_len = (1ull << 32) + 3; }),
         LinkErrorKind::Damaged, "longer than 64"},
        {"name length 2^64-1", craft([](Craft& c) { c.name_len = ~0ull; }), LinkErrorKind::Damaged, "longer than 120"},
        {"name length past the end", craft([](Craft& c) { c.name_len = 100; }), LinkErrorKind::Damaged, "end early"},
        {"choice count huge", craft([](Craft& c) { c.n_choices = 1ull << 40; }), LinkErrorKind::Damaged, "too many"},
        {"choice count from a newer catalog", craft([](Craft& c) { c.n_choices = kDimensionCount + 1; }),
         LinkErrorKind::NewerVersion, "clauses"},
        {"lever count huge", craft([](Craft& c) { c.n_levers = 1ull << 33; }), LinkErrorKind::Damaged, "too many"},
        {"unknown view", craft([](Craft& c) { c.view = 200; }), LinkErrorKind::Damaged, "view"},
        {"unknown lens", craft([](Craft& c) { c.lens = 77; }), LinkErrorKind::Damaged, "lens"},
        {"unknown link flags", craft([](Craft& c) { c.link_flags = 0x80; }), LinkErrorKind::Damaged, "flags"},
        {"unknown block flags", craft([](Craft& c) { c.block_flags = 0x41; }), LinkErrorKind::Damaged, "flags"},
        {"unknown red line bit", craft([](Craft& c) { c.relaxed = 1ull << 63; }), LinkErrorKind::Damaged,
         "relaxed_red_lines"},
        {"runs out of range", craft([](Craft& c) { c.runs = 0xFFFFFFFFu; }), LinkErrorKind::Damaged, "simulation.runs"},
        {"trailing byte", craft([](Craft& c) { c.trailing = true; }), LinkErrorKind::Damaged, "after the end"},
        {"goal NaN", craft([](Craft& c) { c.link_flags = 4; c.goal_flags = 4; c.p = std::nan(""); }),
         LinkErrorKind::Damaged, "non-finite"},
        {"goal infinity", craft([](Craft& c) { c.link_flags = 4; c.goal_flags = 4; c.p = HUGE_VAL; }),
         LinkErrorKind::Damaged, "non-finite"},
        {"goal out of range", craft([](Craft& c) { c.link_flags = 4; c.goal_flags = 4; c.p = 3; }),
         LinkErrorKind::Damaged, "probability"},
        {"unknown goal flags", craft([](Craft& c) { c.link_flags = 4; c.goal_flags = 0x10; }),
         LinkErrorKind::Damaged, "goal flags"},
        {"note length 2^62", craft([](Craft& c) { c.link_flags = 2; c.note_len = 1ull << 62; }),
         LinkErrorKind::Damaged, "longer than 1120"},
        {"note with control characters", craft([](Craft& c) { c.link_flags = 2; c.note = "\x1b[2J"; c.note_len = 4; }),
         LinkErrorKind::Damaged, "note"},
        {"note with invalid UTF-8", craft([](Craft& c) { c.link_flags = 2; c.note = "\xC0\xAF"; c.note_len = 2; }),
         LinkErrorKind::Damaged, "note"},
        {"payload length field oversized", [] {
             std::string l = wrap(1, Craft().bytes());
             std::vector<std::uint8_t> env;
             base64url_decode(l.substr(3), env);
             env[0] = 0xFF;
             env[1] = 0x7F;  // 32767 > kMaxPayloadBytes
             return "a1." + base64url_encode(env.data(), env.size());
         }(), LinkErrorKind::Damaged, "length field"},
        {"payload length announces more", [] {
             std::string l = wrap(1, Craft().bytes());
             std::vector<std::uint8_t> env;
             base64url_decode(l.substr(3), env);
             env[0] = static_cast<std::uint8_t>(env[0] + 50);
             return "a1." + base64url_encode(env.data(), env.size());
         }(), LinkErrorKind::Incomplete, "of"},
        {"big-endian marker", [] {
             std::vector<std::uint8_t> b = Craft().bytes();
             b[0] = 0;
             return wrap(1, b);
         }(), LinkErrorKind::Damaged, "byte order"},
    };
    return cases;
}

void check(const Hostile& h) {
    SCOPED_TRACE(h.label);
    const DecodeResult r = decode_link(h.link);
    if (std::string(h.detail) == "<ok>") {
        EXPECT_TRUE(r.ok()) << r.error.message();
        return;
    }
    ASSERT_FALSE(r.ok()) << "decoded unexpectedly";
    EXPECT_EQ(static_cast<int>(r.error.kind), static_cast<int>(h.kind)) << r.error.message();
    EXPECT_NE(r.error.detail.find(h.detail), std::string::npos) << r.error.message();
    const std::string msg = r.error.message();
    EXPECT_EQ(msg.find('\n'), std::string::npos);
    for (const char c : msg) EXPECT_GE(static_cast<unsigned char>(c), 0x20u);
    // load_scenario_arg reports the same one-line message.
    const LoadResult arg = load_scenario_arg("#" + h.link);
    if (!arg.ok() && !h.link.empty()) {
        ASSERT_EQ(arg.errors.size(), 1u);
    }
}

TEST(LinkHostile, HandMadeLinksGiveOneClearMessage) {
    for (const Hostile& h : hostile_cases()) check(h);
}

TEST(LinkHostile, CraftedPayloadsWithValidChecksumsAreRejected) {
    for (const Hostile& h : crafted_cases()) check(h);
}

TEST(LinkHostile, EveryTruncationIsIncompleteOrDamagedNeverACrash) {
    const std::string good = encode_link(moved_levers(link_state_from_file(presets().back()), true));
    for (std::size_t n = 0; n < good.size(); ++n) {
        const DecodeResult r = decode_link(good.substr(0, n));
        ASSERT_FALSE(r.ok()) << n;
        if (n > 3) {
            EXPECT_EQ(r.error.kind, LinkErrorKind::Incomplete) << n << " " << r.error.message();
        }
    }
}

TEST(LinkHostile, EverySingleCharacterChangeIsDetected) {
    const std::string good = encode_link(link_state_from_file(presets().front()));
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (std::size_t i = 3; i < good.size(); ++i) {
        for (const char c : {'A', 'z', '_', '5'}) {
            if (good[i] == c) continue;
            std::string bad = good;
            bad[i] = c;
            const DecodeResult r = decode_link(bad);
            ASSERT_FALSE(r.ok()) << i;
        }
    }
}

TEST(LinkHostile, FormatStringsAndScriptTagsInTheNoteAreInertText) {
    LinkState st = link_state_from_file(presets().front());
    for (const std::string note : {"%s%n%x%p%d %1$s", "<script>alert(document.cookie)</script>",
                                   "<img src=x onerror=alert(1)>", "\"'><svg/onload=alert(1)>",
                                   "{{constructor.constructor('alert(1)')()}}"}) {
        st.note = note;
        const DecodeResult r = decode_link(encode_link(st));
        ASSERT_TRUE(r.ok()) << r.error.message();
        EXPECT_EQ(r.state->note, note);  // byte-exact, nothing interpreted or escaped
    }
}

}  // namespace
}  // namespace armistice::persist
