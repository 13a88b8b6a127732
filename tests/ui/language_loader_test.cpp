// language_loader_test.cpp — the reader's language when it must be loaded (ui/language_loader.h):
// compiled-in languages need no request; a pack is asked for once; a refused pack or a failed
// download gives a message and English stays on screen.
#include <gtest/gtest.h>

#include "text/strings.h"
#include "ui/language_loader.h"

namespace armistice::ui {
namespace {

TEST(LanguageLoader, CompiledInLanguagesNeedNoPack) {
    LanguageLoader l;
    const std::size_t uk = *text::find_language("uk");
    ASSERT_TRUE(text::embedded(uk));  // natively every language is compiled in
    EXPECT_FALSE(l.request(uk).has_value());
    EXPECT_FALSE(l.request(0).has_value());
    EXPECT_EQ(l.strings(uk).language(), uk);
}

TEST(LanguageLoader, RefusedPacksAndFailedDownloadsSayWhyAndKeepEnglish) {
    LanguageLoader l;
    const auto bad = l.arrive({"uk", "garbage", ""});
    ASSERT_TRUE(bad.has_value());
    EXPECT_NE(bad->find("Українська"), std::string::npos) << *bad;
    EXPECT_NE(bad->find("not a language pack"), std::string::npos) << *bad;
    EXPECT_NE(bad->find("stays in English"), std::string::npos) << *bad;
    const auto offline = l.arrive({"ru", "", "Failed to fetch"});
    ASSERT_TRUE(offline.has_value());
    EXPECT_NE(offline->find("Failed to fetch"), std::string::npos) << *offline;
}

}  // namespace
}  // namespace armistice::ui
