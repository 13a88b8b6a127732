// link_v2_test.cpp — link format v2 (issue #15: class links): golden v2 links with the state
// each MUST produce, the v1 → v2 migration, the choice of the oldest version that holds a
// state, v1's refusal of v2 flags, and the largest valid class link against kMaxLinkChars.
// NEVER edit or regenerate a golden link or its expected state (see link_golden_test.cpp).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "engine/red_lines.h"
#include "persist/base64url.h"
#include "persist/crc32.h"
#include "persist/link.h"
#include "persist/link_payload.h"
#include "persist_test_support.h"

namespace armistice::persist {
namespace {

using test_support::choices_of;
using test_support::rewrap;

const std::vector<std::string> kNorwayChoices = {"line.current_line",
                                                 "status.no_recognition",
                                                 "separation.none",
                                                 "monitoring.none",
                                                 "foreign_forces.banned",
                                                 "ukraine_forces.none",
                                                 "alignment.nato_norway",
                                                 "guarantee.article5",
                                                 "sanctions.kept_until_settlement",
                                                 "breach_response.political",
                                                 "implementation.none",
                                                 "assets.to_ukraine",
                                                 "reparations.not_addressed",
                                                 "humanitarian.none",
                                                 "amnesty.none",
                                                 "european_security.not_addressed",
                                                 "black_sea.not_addressed",
                                                 "zaporizhzhia_npp.not_addressed",
                                                 "process.single_deal",
                                                 "elections.not_addressed",
                                                 "eu_accession.not_addressed",
                                                 "identity.not_addressed",
                                                 "relations.not_addressed"};
const std::vector<double> kNorwayLevers = {100, 6, 9.5, 21, 1500, 6, 0.5, 0.4, -0.2};

// The state of the golden class link, spelled with stable ids (not today's preset data): a
// student's result (nato_norway with monitoring and aid changed, its name and description
// stored) with the assignment's start (nato_norway as tabled, texts stored), a note in Cyrillic
// and Latin with format directives and a script tag, a three-part goal, suggestions hidden.
LinkState golden_class_state() {
    LinkState st;
    Scenario start;
    start.base_preset = "nato_norway";
    start.name = "Norway start";
    start.description = "The assignment's start.";
    start.choices = choices_of(kNorwayChoices);
    for (std::size_t l = 0; l < kNorwayLevers.size(); ++l)
        start.context.values[l] = kNorwayLevers[l];
    start.sim = SimSettings{10000, 120, 1};
    // v3 migration (link.h): a v1/v2 link takes its base preset's date; nato_norway's is the
    // month of seed 001, Feb 2025. Spelled as a constant so a preset edit cannot hide a change.
    start.as_of = month_code(2025, 2);
    Scenario result = start;
    result.name = "Student result";
    result.description = "";
    result.set_choice(Dim::Monitoring,
                      catalog().find_qualified("monitoring.neutral_observers")->option);
    result.context.values[0] = 150;
    st.scenario = result;
    st.start = start;
    st.view = LinkView::Acceptance;
    st.note =
        "Найдите соглашение — find a deal all four sign. %s%n <script>alert(1)</script>\nЛиния 2.";
    st.goal.require_all_accept = true;
    st.goal.require_lawful = true;
    st.goal.min_p_hold_60 = 0.6;
    st.suggestions_hidden = true;
    return st;
}

// v2, made by the release that introduced class links (issue #15).
constexpr const char* kGoldenV2Class =
    "a2."
    "oAEBHgEDCwAAAAAAAABuYXRvX25vcndheRcAAAAAAAAAAwAAAgEAAgEAAAACAAAAAAAAAAAAAAAJAAAAAAAAAB4ADAATA"
    "CoAHgAMAAoACAD8_"
    "wAAAAAAAAAAABAnAAB4AAAAAQAAAAAAAAAOAAAAAAAAAFN0dWRlbnQgcmVzdWx0AAAAAAAAAABvAAAAA"
    "AAAANCd0LDQudC00LjRgtC1INGB0L7Qs9C70LDRiNC10L3QuNC1IOKAlCBmaW5kIGEgZGVhbCBhbGwgZm91ciBzaWduLiA"
    "lc"
    "yVuIDxzY3JpcHQ-"
    "YWxlcnQoMSk8L3NjcmlwdD4K0JvQuNC90LjRjyAyLgczMzMzMzPjPwMLAAAAAAAAAG5hdG9fbm9yd2F5F"
    "wAAAAAAAAADAAAAAQACAQAAAAIAAAAAAAAAAAAAAAkAAAAAAAAAFAAMABMAKgAeAAwACgAIAPz_"
    "AAAAAAAAAAAAECcAAHgAA"
    "AABAAAAAAAAAAwAAAAAAAAATm9yd2F5IHN0YXJ0FwAAAAAAAABUaGUgYXNzaWdubWVudCdzIHN0YXJ0LtUwa4U";
// v2: nato_norway as tabled, only the "suggestions hidden" flag (texts restored from the preset).
constexpr const char* kGoldenV2Hidden =
    "a2."
    "aQABCAAACwAAAAAAAABuYXRvX25vcndheRcAAAAAAAAAAwAAAAEAAgEAAAACAAAAAAAAAAAAAAAJAAAAAAAAABQADAATA"
    "CoAHgAMAAoACAD8_wAAAAAAAAAAABAnAAB4AAAAAQAAAAAAAAC_pkjk";

// v1 goldens, copied from link_golden_test.cpp (the same bytes; never edited).
constexpr const char* kGoldenV1Full =
    "a1."
    "TQEBBwMDAAAAAAAAAAAXAAAAAAAAAAMAAAAAAAIBAAAAAQAAAAAAAAAAAAAACQAAAAAAAAAeABEAGAAlABIABwAPAAwA"
    "BwADCAAAAAAAAADQBwAAPAAAAHnfDYZIcAAACgAAAAAAAABHb2xkZW4gb25lEwAAAAAAAABMaW5lIG9uZS4KTGluZSB0d2"
    "8uAAsAAAAAAAAAbmF0b19ub3J3YXkXAAAAAAAAAAMAAAABAAIBAAAAAgAAAAAAAAAAAAAACQAAAAAAAAAUAAwAEwAqAB4A"
    "DAAKAAgA_P8AAAAAAAAAAAAQJwAAeAAAAAEAAAAAAAAASwAAAAAAAABUcnkgbW92aW5nIGFpZC4gNTAlIOKJpSAwLjUg4o"
    "CUICVzJW4gPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PgpTZWNvbmQgbGluZS4FAAAAAAAA4D-plfyd";
constexpr const char* kGoldenV1Preset =
    "a1."
    "aQABAAAACwAAAAAAAABuYXRvX25vcndheRcAAAAAAAAAAwAAAAEAAgEAAAACAAAAAAAAAAAAAAAJAAAAAAAAABQADAAT"
    "ACoAHgAMAAoACAD8_wAAAAAAAAAAABAnAAB4AAAAAQAAAAAAAABe5hAQ";

// The payload of `link` re-wrapped as format `version` (valid CRC): the same bytes under
// another version's rules.

TEST(LinkV2Golden, ClassLinkDecodes) {
    const DecodeResult r = decode_link(kGoldenV2Class);
    ASSERT_TRUE(r.ok()) << r.error.message()
                        << "\nencoder now writes: " << encode_link(golden_class_state());
    EXPECT_EQ(*r.state, golden_class_state());
    EXPECT_TRUE(r.state->suggestions_hidden);
    ASSERT_TRUE(r.state->start.has_value());
    EXPECT_EQ(r.state->start->choices, choices_of(kNorwayChoices));
}

TEST(LinkV2Golden, HiddenFlagAloneDecodes) {
    const DecodeResult r = decode_link(kGoldenV2Hidden);
    ASSERT_TRUE(r.ok()) << r.error.message();
    const Scenario& s = r.state->scenario;
    EXPECT_EQ(s.base_preset, "nato_norway");
    EXPECT_EQ(s.choices, choices_of(kNorwayChoices));
    for (std::size_t l = 0; l < kNorwayLevers.size(); ++l)
        EXPECT_EQ(s.context.values[l], kNorwayLevers[l]) << l;
    EXPECT_FALSE(s.name.empty());  // restored from the preset of the running build
    EXPECT_TRUE(r.state->suggestions_hidden);
    EXPECT_FALSE(r.state->start.has_value());
    EXPECT_TRUE(r.state->note.empty());
    EXPECT_TRUE(r.state->goal.empty());
}

TEST(LinkV2Golden, ClassStateEncodesToTheGoldenWhileV2HoldsIt) {
    // encode_link writes the oldest version that holds a state: this one needs no v3 field.
    EXPECT_EQ(encode_link(golden_class_state()), kGoldenV2Class);
}

TEST(LinkV2, V1LinksMigrateWithSuggestionsShownAndNoStart) {
    for (const char* link : {kGoldenV1Full, kGoldenV1Preset}) {
        const DecodeResult r = decode_link(link);
        ASSERT_TRUE(r.ok()) << r.error.message();
        EXPECT_FALSE(r.state->suggestions_hidden);
        EXPECT_FALSE(r.state->start.has_value());
    }
}

TEST(LinkV2, StatesWithoutV2FieldsStillEncodeAsV1) {
    EXPECT_EQ(encode_link(*decode_link(kGoldenV1Full).state), kGoldenV1Full);
    LinkState st = *decode_link(kGoldenV1Preset).state;
    EXPECT_EQ(encode_link(st).substr(0, 3), "a1.");
    st.suggestions_hidden = true;
    EXPECT_EQ(encode_link(st).substr(0, 3), "a2.");
}

TEST(LinkV2, V1RefusesTheV2Flags) {
    const std::string v1 = rewrap(encode_link(golden_class_state()), 1);
    const DecodeResult r = decode_link(v1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.kind, LinkErrorKind::Damaged);
    EXPECT_NE(r.error.detail.find("link flags"), std::string::npos) << r.error.message();
    // A v1 payload read as v2 is the same state (v2 only adds flags).
    const DecodeResult as_v2 = decode_link(rewrap(kGoldenV1Full, 2));
    ASSERT_TRUE(as_v2.ok()) << as_v2.error.message();
    EXPECT_EQ(*as_v2.state, *decode_link(kGoldenV1Full).state);
}

TEST(LinkV2, AStartEqualToTheScenarioIsNotStored) {
    LinkState st = *decode_link(kGoldenV1Preset).state;
    st.note = "Start here.";
    LinkState with_start = st;
    with_start.start = st.scenario;
    EXPECT_EQ(encode_link(with_start), encode_link(st));
}

TEST(LinkV2, InvalidStartIsRefusedWithItsPath) {
    LinkState st = golden_class_state();
    st.start->name = "";
    const std::vector<ValidationIssue> issues = validate_link_state(st);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues.front().path.rfind("start.", 0), 0u) << issues.front().path;
    EXPECT_EQ(encode_link(st), "");
}

// Every field at its bound: three scenarios with stored 120-byte names and 1200-byte
// descriptions, unknown 64-byte preset ids, every clause away from its default, every lever and
// red line set; a 280-character note of 4-byte characters; the whole goal; both v2 flags.
LinkState largest_class_state() {
    auto big = [](char c) {
        Scenario s;
        s.base_preset = "x" + std::string(kMaxPresetIdBytes - 1, c);
        s.name = std::string(kMaxNameBytes, 'N');
        s.description = std::string(kMaxDescriptionBytes, 'D');
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            s.choices[d] = static_cast<std::uint8_t>(catalog().dimensions[d].options.size() - 1);
        }
        for (std::size_t l = 0; l < kLeverCount; ++l)
            s.context.values[l] = lever_info(static_cast<Lever>(l)).min;
        s.relaxed_red_lines = (std::uint64_t{1} << red_lines().size()) - 1;
        s.sim = SimSettings{SimSettings::kMaxRuns, SimSettings::kMaxHorizon, ~std::uint64_t{0}};
        return s;
    };
    LinkState st;
    st.scenario = big('a');
    st.compare = big('b');
    st.start = big('c');
    st.view = LinkView::Durability;
    for (std::size_t i = 0; i < kMaxNoteChars; ++i) st.note += "\xF0\x9F\x95\x8A";  // U+1F54A
    st.goal = {true, true, 0.55};
    st.suggestions_hidden = true;
    return st;
}

TEST(LinkV2, TheLargestClassLinkFits) {
    const LinkState st = largest_class_state();
    ASSERT_TRUE(validate_link_state(st).empty()) << validate_link_state(st).front().path;
    const std::vector<std::uint8_t> payload = encode_payload(st);
    const std::string link = encode_link(st);
    std::printf(
        "largest class link: %zu characters (payload %zu of %zu bytes; limit %zu characters)\n",
        link.size(), payload.size(), kMaxPayloadBytes, kMaxLinkChars);
    ASSERT_FALSE(link.empty());
    EXPECT_LE(payload.size(), kMaxPayloadBytes);
    EXPECT_LE(link.size(), kMaxLinkChars);
    const DecodeResult r = decode_link(link);
    ASSERT_TRUE(r.ok()) << r.error.message();
    EXPECT_EQ(*r.state, st);
}

}  // namespace
}  // namespace armistice::persist
