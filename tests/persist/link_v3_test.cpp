// link_v3_test.cpp — share-link format v3 (link.h): v2 plus a scenario-block flag that stores the
// text's date (Scenario::as_of) when it differs from the base preset's. Golden link per format
// rule: NEVER edit or regenerate it. Older links take their base preset's date.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "persist/link.h"
#include "persist_test_support.h"

namespace armistice::persist {
namespace {

// v3, made Dec 2026: the e3_counter_2025_11 preset (27 clauses) judged as of March 2025.
constexpr const char* kGoldenV3Dated =
    "a3.dgABAAAEEgAAAAAAAABlM19jb3VudGVyXzIwMjVfMTEbAAAAAAAAAAMABQgGAQQCAQMFAwQFAgEDAQAEAQMEAAAD"
    "AwkAAAAAAAAAFAAMABMAKgAeAAwACgAIAPz_AAAAAAAAAAAAECcAAHgAAAABAAAAAAAAAO5eXhgHrw";

// v1, made by the first release: the nato_norway preset unchanged (link_golden_test.cpp).
constexpr const char* kGoldenV1Preset =
    "a1."
    "aQABAAAACwAAAAAAAABuYXRvX25vcndheRcAAAAAAAAAAwAAAAEAAgEAAAACAAAAAAAAAAAAAAAJAAAAAAAAABQADAAT"
    "ACoAHgAMAAoACAD8_wAAAAAAAAAAABAnAAB4AAAAAQAAAAAAAABe5hAQ";

std::uint8_t option_of(const Scenario& s, const char* qualified) {
    const auto ref = catalog().find_qualified(qualified);
    EXPECT_TRUE(ref.has_value()) << qualified;
    return ref ? static_cast<std::uint8_t>(s.choice(ref->dim) == ref->option) : 0;
}

TEST(LinkV3Golden, DatedLinkDecodes) {
    const DecodeResult r = decode_link(kGoldenV3Dated);
    ASSERT_TRUE(r.ok()) << r.error.message();
    const Scenario& s = r.state->scenario;
    EXPECT_EQ(s.base_preset, "e3_counter_2025_11");
    EXPECT_EQ(s.as_of, month_code(2025, 3));
    EXPECT_EQ(option_of(s, "line.current_line"), 1);
    EXPECT_EQ(option_of(s, "special_status.left_open"), 1);
    EXPECT_EQ(option_of(s, "accountability.left_open"), 1);
    EXPECT_EQ(option_of(s, "sanctions.phased_snapback"), 1);
    EXPECT_FALSE(s.name.empty());  // restored from the preset of the running build
    EXPECT_EQ(encode_link(*r.state), kGoldenV3Dated) << "re-encodes to the same bytes";
}

TEST(LinkV3, OlderVersionsRefuseTheDateFlagAndTakeThePresetsDate) {
    const DecodeResult v2 = decode_link(test_support::rewrap(kGoldenV3Dated, 2));
    ASSERT_FALSE(v2.ok());
    EXPECT_EQ(v2.error.kind, LinkErrorKind::Damaged);
    EXPECT_NE(v2.error.detail.find("scenario flags"), std::string::npos) << v2.error.message();
    const DecodeResult old = decode_link(kGoldenV1Preset);
    ASSERT_TRUE(old.ok()) << old.error.message();
    EXPECT_EQ(old.state->scenario.as_of, month_code(2025, 2)) << "nato_norway's month (seed 001)";
    EXPECT_EQ(encode_link(*old.state), kGoldenV1Preset) << "still written as v1, byte for byte";
}

TEST(LinkV3, AnOutOfRangeStoredDateIsRefused) {
    LinkState st;  // a custom scenario: its date is the payload's last field
    st.scenario.as_of = month_code(2025, 3);
    const std::string link = encode_link(st);
    ASSERT_EQ(link.substr(0, 3), "a3.");
    const std::string bad = test_support::rewrap(link, 3, [](std::vector<std::uint8_t>& env) {
        env[env.size() - 2] = 0xFF;  // u16 LE as_of: the envelope's last bytes before the CRC
        env[env.size() - 1] = 0xFF;
    });
    const DecodeResult r = decode_link(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error.message().find("as_of"), std::string::npos) << r.error.message();
}

}  // namespace
}  // namespace armistice::persist
