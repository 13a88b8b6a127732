// language_choice_test.cpp — the reader's language at start-up (ui/language_choice.h): ?lang=
// first, then the stored choice, then the browser's languages; shared links drop ?lang=.
#include <gtest/gtest.h>

#include "text/strings.h"
#include "ui/language_choice.h"

namespace armistice::ui {
namespace {

const std::size_t kUk = *text::find_language("uk");
const std::size_t kRu = *text::find_language("ru");

TEST(LanguageChoice, QueryParam) {
    EXPECT_EQ(query_param("https://x.org/a/?lang=uk", "lang"), std::optional<std::string>("uk"));
    EXPECT_EQ(query_param("https://x.org/?a=1&lang=ru#lang=en", "lang"),
              std::optional<std::string>("ru"));
    EXPECT_FALSE(query_param("https://x.org/#?lang=uk", "lang").has_value());
    EXPECT_FALSE(query_param("https://x.org/?language=uk", "lang").has_value());
    EXPECT_EQ(query_param("https://x.org/?lang", "lang"), std::optional<std::string>(""));
}

TEST(LanguageChoice, QueryOverridesStoredWhichOverridesBrowser) {
    EXPECT_EQ(choose_language("https://x/?lang=ru", std::string("uk"), {"uk-UA"}), kRu);
    EXPECT_EQ(choose_language("https://x/", std::string("uk"), {"ru-RU"}), kUk);
    EXPECT_EQ(choose_language("https://x/", std::nullopt, {"ru-RU", "uk"}), kRu);
    EXPECT_EQ(choose_language("https://x/", std::nullopt, {"de-DE"}), 0u);
    EXPECT_EQ(choose_language("https://x/?lang=en", std::string("uk"), {"uk"}), 0u);
}

TEST(LanguageChoice, UnknownCodesAreSkipped) {
    EXPECT_EQ(choose_language("https://x/?lang=xx", std::string("zz"), {"uk"}), kUk);
    EXPECT_EQ(choose_language("https://x/?lang=UK", std::nullopt, {}), 0u);  // codes are exact
}

TEST(LanguageChoice, SharedLinksDropTheLanguage) {
    EXPECT_EQ(without_query_param("https://x/p/?lang=uk", "lang"), "https://x/p/");
    EXPECT_EQ(without_query_param("https://x/?a=1&lang=uk&b=2", "lang"), "https://x/?a=1&b=2");
    EXPECT_EQ(without_query_param("https://x/?lang=uk&b=2", "lang"), "https://x/?b=2");
    EXPECT_EQ(without_query_param("https://x/?language=uk", "lang"), "https://x/?language=uk");
    EXPECT_EQ(without_query_param("armistice-explorer:", "lang"), "armistice-explorer:");
}

}  // namespace
}  // namespace armistice::ui
