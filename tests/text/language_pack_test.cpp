// language_pack_test.cpp — the pack files the page loads for a language it does not compile in
// (text/language_pack.h): the generated packs hold exactly the compiled-in texts; damaged, stale
// or foreign packs are refused with a reason, never shown under the wrong keys.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include "text/language_pack.h"
#include "text/string_tables.h"
#include "text/strings.h"

namespace armistice::text {
namespace {

std::string read_pack(const std::string& code) {
    std::ifstream in(std::string(ARMISTICE_TEXT_DIR) + "/strings-" + code + ".pack",
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(LanguagePack, GeneratedPacksMatchTheCompiledInTables) {
    for (std::size_t lang = 1; lang < language_count(); ++lang) {
        const std::string bytes = read_pack(language_code(lang));
        ASSERT_FALSE(bytes.empty()) << language_code(lang);
        std::string error;
        const auto pack = LanguagePack::parse(bytes, &error);
        ASSERT_TRUE(pack.has_value()) << error;
        EXPECT_EQ(pack->language(), lang);
        ASSERT_TRUE(embedded(lang));  // natively every language is compiled in: compare
        for (std::size_t k = 0; k < kTables.key_count; ++k)
            ASSERT_STREQ(pack->texts()[k], kTables.languages[lang].texts[k]) << kTables.keys[k];
        const Strings from_pack(*pack), compiled(lang);
        EXPECT_STREQ(from_pack(Str::top_share), compiled(Str::top_share));
        EXPECT_EQ(from_pack.data_text("dimension.line.label", "x"),
                  compiled.data_text("dimension.line.label", "x"));
    }
}

TEST(LanguagePack, MovingKeepsTheTexts) {
    std::string error;
    auto pack = LanguagePack::parse(read_pack("uk"), &error);
    ASSERT_TRUE(pack.has_value()) << error;
    const std::string share = Strings(*pack)(Str::top_share);
    LanguagePack moved = std::move(*pack);
    EXPECT_EQ(Strings(moved)(Str::top_share), share);
}

TEST(LanguagePack, DamagedStaleAndForeignPacksAreRefused) {
    const std::string good = read_pack("ru");
    ASSERT_FALSE(good.empty());
    const auto refused = [](std::string bytes) {
        std::string error;
        const bool ok = LanguagePack::parse(std::move(bytes), &error).has_value();
        return ok ? std::string("accepted") : error;
    };
    EXPECT_EQ(refused("hello"), "not a language pack");
    EXPECT_EQ(refused(good.substr(0, good.size() - 40)), "the pack for 'ru' is cut short");
    EXPECT_EQ(refused(good + "x"), "the pack for 'ru' has extra bytes");
    std::string stale = good;
    stale.replace(stale.find("digest=") + 7, 4, "ffff");
    EXPECT_EQ(refused(stale), "the pack for 'ru' belongs to another version of the page");
    std::string foreign = good;
    foreign.replace(foreign.find("code=ru"), 7, "code=pl");
    EXPECT_EQ(refused(foreign), "the pack is for an unknown language 'pl'");
    std::string english = good;
    english.replace(english.find("code=ru"), 7, "code=en");
    EXPECT_EQ(refused(english), "the pack is for an unknown language 'en'");
    std::string header = good;
    header.replace(header.find("keys="), 5, "kays=");
    EXPECT_EQ(refused(header), "the pack's header is damaged");
}

}  // namespace
}  // namespace armistice::text
