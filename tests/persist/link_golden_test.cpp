// link_golden_test.cpp — golden share links per format version, with the state each MUST
// produce. NEVER edit or regenerate a golden link or its expected state: if one fails, the
// change broke old links (add a new format version and a migration instead, see link.h).
// Expectations are spelled with stable ids (catalog options are append-only), not with today's
// preset data, so editing a preset cannot hide a decoding change.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/red_lines.h"
#include "persist/link.h"
#include "persist_test_support.h"

namespace armistice::persist {
namespace {

using test_support::choices_of;

const std::vector<std::string> kNorwayChoices = {
    "line.current_line", "status.no_recognition", "separation.none", "monitoring.none",
    "foreign_forces.banned", "ukraine_forces.none", "alignment.nato_norway", "guarantee.article5",
    "sanctions.kept_until_settlement", "breach_response.political", "implementation.none",
    "assets.to_ukraine", "reparations.not_addressed", "humanitarian.none", "amnesty.none",
    "european_security.not_addressed", "black_sea.not_addressed", "zaporizhzhia_npp.not_addressed",
    "process.single_deal", "elections.not_addressed", "eu_accession.not_addressed",
    "identity.not_addressed", "relations.not_addressed"};

// v1, made 2025 by the first release: a custom scenario (name and description stored), a
// preset compare partner, view, note with format directives and a script tag, and a goal.
constexpr const char* kGoldenV1Full =
    "a1.TQEBBwMDAAAAAAAAAAAXAAAAAAAAAAMAAAAAAAIBAAAAAQAAAAAAAAAAAAAACQAAAAAAAAAeABEAGAAlABIABwAPAAwA"
    "BwADCAAAAAAAAADQBwAAPAAAAHnfDYZIcAAACgAAAAAAAABHb2xkZW4gb25lEwAAAAAAAABMaW5lIG9uZS4KTGluZSB0d2"
    "8uAAsAAAAAAAAAbmF0b19ub3J3YXkXAAAAAAAAAAMAAAABAAIBAAAAAgAAAAAAAAAAAAAACQAAAAAAAAAUAAwAEwAqAB4A"
    "DAAKAAgA_P8AAAAAAAAAAAAQJwAAeAAAAAEAAAAAAAAASwAAAAAAAABUcnkgbW92aW5nIGFpZC4gNTAlIOKJpSAwLjUg4o"
    "CUICVzJW4gPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PgpTZWNvbmQgbGluZS4FAAAAAAAA4D-plfyd";

// v1: the nato_norway preset unchanged (name and description restored from the preset).
constexpr const char* kGoldenV1Preset =
    "a1.aQABAAAACwAAAAAAAABuYXRvX25vcndheRcAAAAAAAAAAwAAAAEAAgEAAAACAAAAAAAAAAAAAAAJAAAAAAAAABQADAAT"
    "ACoAHgAMAAoACAD8_wAAAAAAAAAAABAnAAB4AAAAAQAAAAAAAABe5hAQ";

void expect_norway(const Scenario& s) {
    EXPECT_EQ(s.base_preset, "nato_norway");
    EXPECT_EQ(s.choices, choices_of(kNorwayChoices));
    const std::vector<double> levers = {100, 6, 9.5, 21, 1500, 6, 0.5, 0.4, -0.2};
    for (std::size_t l = 0; l < levers.size(); ++l) EXPECT_EQ(s.context.values[l], levers[l]) << l;
    EXPECT_EQ(s.lens, LensId::Evidence);
    EXPECT_EQ(s.relaxed_red_lines, 0u);
    EXPECT_EQ(s.sim.runs, 10000u);
    EXPECT_EQ(s.sim.horizon_months, 120u);
    EXPECT_EQ(s.sim.seed, 1u);
    EXPECT_FALSE(s.name.empty());  // restored from the preset of the running build
}

TEST(LinkGolden, V1FullStateDecodes) {
    const DecodeResult r = decode_link(kGoldenV1Full);
    ASSERT_TRUE(r.ok()) << r.error.message();
    const LinkState& st = *r.state;
    const Scenario& s = st.scenario;
    EXPECT_EQ(s.base_preset, "");
    EXPECT_EQ(s.name, "Golden one");
    EXPECT_EQ(s.description, "Line one.\nLine two.");
    EXPECT_EQ(s.choices,
              choices_of({"line.current_line", "status.no_recognition", "separation.none",
                          "monitoring.none", "foreign_forces.not_addressed", "ukraine_forces.none",
                          "alignment.nato_norway", "guarantee.article5",
                          "sanctions.kept_until_settlement", "breach_response.political",
                          "implementation.none", "assets.frozen", "reparations.not_addressed",
                          "humanitarian.none", "amnesty.none", "european_security.not_addressed",
                          "black_sea.not_addressed", "zaporizhzhia_npp.not_addressed",
                          "process.single_deal", "elections.not_addressed",
                          "eu_accession.not_addressed", "identity.not_addressed",
                          "relations.not_addressed"}));
    const std::vector<double> levers = {150, 8.5, 12, 18.5, 900, 3.5, 0.75, 0.6, 0.35};
    for (std::size_t l = 0; l < levers.size(); ++l) EXPECT_EQ(s.context.values[l], levers[l]) << l;
    EXPECT_EQ(s.lens, LensId::Leverage);
    EXPECT_EQ(s.relaxed_red_lines, 8u);
    EXPECT_EQ(s.relaxed_red_lines, std::uint64_t{1} << *find_red_line("russia.no_nato"));
    EXPECT_EQ(s.sim.runs, 2000u);
    EXPECT_EQ(s.sim.horizon_months, 60u);
    EXPECT_EQ(s.sim.seed, 123456789012345u);
    EXPECT_EQ(st.view, LinkView::Durability);
    EXPECT_EQ(st.note,
              "Try moving aid. 50% \xE2\x89\xA5 0.5 \xE2\x80\x94 %s%n <script>alert(1)</script>\n"
              "Second line.");
    EXPECT_TRUE(st.goal.require_all_accept);
    EXPECT_FALSE(st.goal.require_lawful);
    ASSERT_TRUE(st.goal.min_p_hold_60.has_value());
    EXPECT_EQ(*st.goal.min_p_hold_60, 0.5);
    ASSERT_TRUE(st.compare.has_value());
    expect_norway(*st.compare);
}

TEST(LinkGolden, V1PresetDecodes) {
    const DecodeResult r = decode_link(kGoldenV1Preset);
    ASSERT_TRUE(r.ok()) << r.error.message();
    expect_norway(r.state->scenario);
    EXPECT_FALSE(r.state->compare.has_value());
    EXPECT_EQ(r.state->view, LinkView::Agreement);
    EXPECT_TRUE(r.state->note.empty());
    EXPECT_TRUE(r.state->goal.empty());
}

TEST(LinkGolden, V1ReEncodesToTheSameLinkWithoutV2Fields) {
    // Links are written as v1 while no v2 field (hidden suggestions, start block) is set.
    // Full state: name/description stored, so the bytes depend on nothing mutable.
    EXPECT_EQ(encode_link(*decode_link(kGoldenV1Full).state), kGoldenV1Full);
}

}  // namespace
}  // namespace armistice::persist
