// strings_test.cpp — lookups in the generated string tables (text/strings.h): every fixed text
// exists in every language, placeholders are filled, data texts fall back to the row's English,
// and the reader's language is chosen from the browser's preferences.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "text/string_tables.h"
#include "text/strings.h"

namespace armistice::text {
namespace {

TEST(Strings, EveryFixedTextIsNonEmptyInEveryLanguage) {
    ASSERT_GE(language_count(), 3u);
    for (std::size_t lang = 0; lang < language_count(); ++lang) {
        const Strings t(lang);
        for (std::size_t k = 0; k < kStaticKeyCount; ++k) {
            const char* s = t(static_cast<Str>(k));
            ASSERT_NE(s, nullptr);
            EXPECT_GT(std::strlen(s), 0u) << t.code() << " " << kTables.keys[k];
        }
    }
}

TEST(Strings, LanguagesByCode) {
    ASSERT_TRUE(find_language("uk").has_value());
    ASSERT_TRUE(find_language("ru").has_value());
    EXPECT_EQ(find_language("en"), std::optional<std::size_t>(0));
    EXPECT_FALSE(find_language("xx").has_value());
    EXPECT_STREQ(Strings(*find_language("uk")).name(), "Українська");
    EXPECT_STREQ(Strings(*find_language("ru")).code(), "ru");
    EXPECT_EQ(Strings(999).language(), 0u);  // out of range: English, never a bad index
}

TEST(Strings, TranslationsDifferFromEnglish) {
    const Strings en(0), uk(*find_language("uk")), ru(*find_language("ru"));
    EXPECT_STRNE(en(Str::top_share), uk(Str::top_share));
    EXPECT_STRNE(en(Str::top_share), ru(Str::top_share));
    EXPECT_STRNE(uk(Str::top_share), ru(Str::top_share));
}

TEST(Strings, PreferredLanguageFromBrowserTags) {
    const std::size_t uk = *find_language("uk"), ru = *find_language("ru");
    EXPECT_EQ(preferred_language({"uk-UA", "en-US"}), uk);
    EXPECT_EQ(preferred_language({"de-DE", "RU", "uk"}), ru);
    EXPECT_EQ(preferred_language({"de", "fr"}), 0u);
    EXPECT_EQ(preferred_language({}), 0u);
    EXPECT_EQ(preferred_language({"uk_UA.UTF-8"}), uk);  // a POSIX locale, natively
}

// Counted texts: English one/many; Ukrainian and Russian one (1, 21, 101), few (2–4, 22–24),
// many (0, 5–20, 25–30, 111–114).
TEST(Strings, PluralFormsByLanguage) {
    const Str one = Str::goal_not_met_one, few = Str::goal_not_met_few,
              many = Str::goal_not_met_many;
    const Strings en;
    EXPECT_EQ(en.plural(1, one, few, many), one);
    for (long long n : {0, 2, 3, 5, 11, 21}) EXPECT_EQ(en.plural(n, one, few, many), many) << n;
    for (const char* code : {"uk", "ru"}) {
        const Strings t(*find_language(code));
        for (long long n : {1, 21, 101, 1001, -1}) EXPECT_EQ(t.plural(n, one, few, many), one) << n;
        for (long long n : {2, 3, 4, 22, 34, 102}) EXPECT_EQ(t.plural(n, one, few, many), few) << n;
        for (long long n : {0, 5, 11, 12, 14, 19, 20, 25, 111, 112, 2000})
            EXPECT_EQ(t.plural(n, one, few, many), many) << code << " " << n;
    }
}

TEST(Strings, FillReplacesNamedPlaceholdersOnly) {
    EXPECT_EQ(fill("{party} accepts ({n} of {total})", {{"party", "Russia"}, {"n", "3"}}),
              "Russia accepts (3 of {total})");
    EXPECT_EQ(fill("no placeholder", {{"n", "1"}}), "no placeholder");
    EXPECT_EQ(fill("{a}{a}", {{"a", "x"}}), "xx");
    EXPECT_EQ(fill("open { brace", {}), "open { brace");
}

TEST(Strings, DataTextFallsBackToTheRowsEnglish) {
    const Strings en(0), uk(*find_language("uk"));
    EXPECT_EQ(en.data_text("dimension.line.label", "Line of control"), "Line of control");
    EXPECT_NE(uk.data_text("dimension.line.label", "Line of control"), "");
    EXPECT_EQ(uk.data_text("no.such.key", "own"), "own");
}

}  // namespace
}  // namespace armistice::text
