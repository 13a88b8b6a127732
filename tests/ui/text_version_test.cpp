// text_version_test.cpp — the text version a browser without WebGL 2 shows: the answers for the
// scenario in the link, complete (every durability run done, no "being computed"), the same on
// every call, and for a damaged link the reason followed by the default scenario's answers.
#include <gtest/gtest.h>

#include <string>

#include "persist/link.h"
#include "persist/presets.h"
#include "ui/preset_library.h"
#include "ui/text_version.h"

namespace armistice::ui {
namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string link_for(const Scenario& s) {
    persist::LinkState st;
    st.scenario = s;
    return persist::encode_link(st);
}

TEST(TextVersion, AnswersTheLinkedScenarioCompletely) {
    const auto& all = persist::presets();
    ASSERT_GE(all.size(), 2u);
    for (const auto& preset : {all.front(), all.back()}) {
        const std::string text = text_version(link_for(preset.scenario));
        SCOPED_TRACE(text);
        EXPECT_TRUE(has(text, "Scenario: " + preset.scenario.name + "\n"));
        EXPECT_TRUE(has(text, "Will they sign? "));
        EXPECT_TRUE(has(text, "Is it lawful? "));
        EXPECT_TRUE(has(text, "Will it hold? "));
        EXPECT_FALSE(has(text, "being computed"));
        EXPECT_FALSE(has(text, "Clause ids:")) << "no machine ids for readers";
        EXPECT_FALSE(has(text, preset.id)) << "nor the preset's id";
        EXPECT_EQ(text, text_version(link_for(preset.scenario))) << "seeded: same text every time";
    }
}

TEST(TextVersion, ADamagedLinkSaysWhyAndAnswersTheDefault) {
    PresetLibrary library;
    const Scenario& fallback = library.entries()[library.default_index()].file.scenario;
    std::string link = link_for(persist::presets().back().scenario);
    link[link.size() / 2] = link[link.size() / 2] == 'A' ? 'B' : 'A';  // breaks the checksum
    const std::string text = text_version(link);
    SCOPED_TRACE(text);
    const std::size_t cut = text.find("Showing the default scenario instead.\n");
    ASSERT_NE(cut, std::string::npos);
    EXPECT_GT(cut, 0u) << "the reason comes first";
    EXPECT_TRUE(has(text.substr(cut), "Scenario: " + fallback.name + "\n"));
    EXPECT_EQ(text_version(""), text.substr(cut + 38)) << "then exactly the default's text";
}

}  // namespace
}  // namespace armistice::ui
