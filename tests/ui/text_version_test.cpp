// text_version_test.cpp — the text version a browser without WebGL 2 shows: the answers for the
// scenario in the link, complete (every durability run done, no "being computed"), the same on
// every call, and for a damaged link the reason followed by the default scenario's answers.
#include <gtest/gtest.h>

#include <string>

#include "engine/catalog.h"
#include "persist/link.h"
#include "persist/presets.h"
#include "ui/data_text.h"
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
        const std::string text = text_version(text::Strings(), link_for(preset.scenario));
        SCOPED_TRACE(text);
        EXPECT_TRUE(has(text, "Scenario: " + preset.scenario.name + "\n"));
        EXPECT_TRUE(has(text, "Will they sign? "));
        EXPECT_TRUE(has(text, "Is it lawful? "));
        EXPECT_TRUE(has(text, "Will it hold? "));
        EXPECT_FALSE(has(text, "being computed"));
        EXPECT_FALSE(has(text, "Clause ids:")) << "no machine ids for readers";
        EXPECT_FALSE(has(text, preset.id)) << "nor the preset's id";
        EXPECT_EQ(text, text_version(text::Strings(), link_for(preset.scenario)))
            << "seeded: same text every time";
    }
}

TEST(TextVersion, ADamagedLinkSaysWhyAndAnswersTheDefault) {
    PresetLibrary library;
    const Scenario& fallback = library.entries()[library.default_index()].file.scenario;
    std::string link = link_for(persist::presets().back().scenario);
    link[link.size() / 2] = link[link.size() / 2] == 'A' ? 'B' : 'A';  // breaks the checksum
    const std::string text = text_version(text::Strings(), link);
    SCOPED_TRACE(text);
    const std::size_t cut = text.find("Showing the default scenario instead.\n");
    ASSERT_NE(cut, std::string::npos);
    EXPECT_GT(cut, 0u) << "the reason comes first";
    EXPECT_TRUE(has(text.substr(cut), "Scenario: " + fallback.name + "\n"));
    EXPECT_EQ(text_version(text::Strings(), ""), text.substr(cut + 38))
        << "then exactly the default's text";
}

// The text summary in Ukrainian and Russian (issue #14: it follows the page's language): the
// table's sentences, the catalog's translated clause labels, none of the English sentences.
TEST(TextVersion, InUkrainianAndRussian) {
    using text::Str;
    const persist::ScenarioFile* preset = persist::find_preset("us_28_point_2025_11");
    ASSERT_NE(preset, nullptr);
    const std::string link = link_for(preset->scenario);
    const std::string english = text_version(text::Strings(), link);
    for (const char* code : {"uk", "ru"}) {
        SCOPED_TRACE(code);
        const text::Strings t(*text::find_language(code));
        const std::string text = text_version(t, link);
        SCOPED_TRACE(text);
        EXPECT_EQ(text.rfind(std::string(t(Str::summary_title)) + "\n", 0), 0u);
        EXPECT_TRUE(has(text, std::string(t(Str::summary_clauses))));
        for (const char* sentence :
             {"text summary of the scenario", "Scenario: ", "Clauses:", "Lens: ", "Will they sign?",
              "Would they sign", ": accepts, margin", "would not sign, margin", "P(accepts)",
              "Closest agreement all four accept", "Is it lawful?", "Worst: ", "Will it hold?",
              "Model estimate", "simulated runs", "Main cause of breakdown"}) {
            EXPECT_FALSE(has(text, sentence)) << sentence;
        }
        bool translated_clause = false;
        for (const Dimension& d : catalog().dimensions) {
            const std::uint8_t c = preset->scenario.choice(d.dim);
            if (c == d.default_option) continue;
            const std::string item = t.format(
                Str::summary_clause, {{"dimension", std::string(dimension_label(t, d))},
                                      {"option", std::string(option_label(t, d, d.options[c]))}});
            EXPECT_TRUE(has(text, " " + item)) << item;
            translated_clause = translated_clause || dimension_label(t, d) != d.label;
        }
        EXPECT_TRUE(translated_clause);
        EXPECT_TRUE(has(english, "Will they sign? ")) << "the English summary is unchanged";
    }
}

}  // namespace
}  // namespace armistice::ui
