// scenario_text_test.cpp — a scenario and its edits in words (text/scenario_text.h): English names
// every clause, lever and lens the way the data rows do and lists exactly count_edits() changes;
// Ukrainian and Russian name the same things with no English word left.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../ui/english_words.h"
#include "engine/catalog.h"
#include "engine/describe.h"
#include "engine/diff/diff.h"
#include "engine/diff/edit_summary.h"
#include "engine/scenario.h"
#include "text/data_text.h"
#include "text/scenario_text.h"
#include "text/strings.h"

namespace armistice {
namespace {

// A: the defaults, unnamed. B: every clause on another option, every lever at its maximum,
// another lens, a date (no red line relaxed: their texts are the red-line table's).
Scenario scenario_a() {
    Scenario a;
    a.name.clear();
    return a;
}

Scenario scenario_b() {
    Scenario b = scenario_a();
    for (const Dimension& d : catalog().dimensions)
        b.set_choice(d.dim, static_cast<std::uint8_t>((d.default_option + 1) % d.options.size()));
    for (std::size_t i = 0; i < kLeverCount; ++i)
        b.context.set(static_cast<Lever>(i), lever_info(static_cast<Lever>(i)).max);
    b.lens = LensId::Process;
    b.as_of = month_code(2025, 2);
    return b;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

TEST(ScenarioText, EnglishNamesEveryClauseLeverAndLensAsTheDataDoes) {
    const text::Strings en(0);
    const Scenario b = scenario_b();
    const std::string shown = text::describe_scenario(en, b);
    for (const Dimension& d : catalog().dimensions) {
        EXPECT_TRUE(contains(
            shown, std::string(d.label) + ": " + std::string(d.options[b.choice(d.dim)].label)))
            << d.id;
        EXPECT_TRUE(contains(shown, d.options[b.choice(d.dim)].description)) << d.id;
    }
    for (std::size_t i = 0; i < kLeverCount; ++i) {
        const LeverInfo& l = lever_info(static_cast<Lever>(i));
        EXPECT_TRUE(contains(shown, std::string(l.label) + ": " + format_lever(l.lever, l.max)))
            << l.id;
        EXPECT_TRUE(contains(shown, format_lever(l.lever, l.default_value))) << l.id;
    }
    EXPECT_TRUE(contains(shown, lens(LensId::Process).description));
    EXPECT_TRUE(contains(shown, month_text(b.as_of)));
}

TEST(ScenarioText, OneLinePerEditInEveryLanguage) {
    const ScenarioDiff d = diff_scenarios(scenario_a(), scenario_b());
    ASSERT_EQ(count_edits(d), kDimensionCount + kLeverCount + 1);
    for (std::size_t lang = 0; lang < text::language_count(); ++lang) {
        const text::Strings t(lang);
        const std::vector<std::string> lines = text::describe_edits(t, d);
        ASSERT_EQ(lines.size(), count_edits(d)) << t.code();
        const std::string paragraph = text::edits_paragraph(t, d);
        for (const std::string& line : lines) EXPECT_TRUE(contains(paragraph, line)) << t.code();
        // Each line names the dimension or lever in this language, with A's and B's values.
        const Dimension& first = catalog().dimensions.front();
        EXPECT_EQ(lines.front().rfind(std::string(text::dimension_label(t, first)), 0), 0u)
            << lines.front();
        const LeverInfo& l = lever_info(Lever::RussianCasualties);
        const std::string lever_line = lines[kDimensionCount + static_cast<std::size_t>(l.lever)];
        EXPECT_TRUE(contains(lever_line, text::lever_value(t, l.lever, l.default_value)))
            << lever_line;
        EXPECT_TRUE(contains(lever_line, text::lever_value(t, l.lever, l.max))) << lever_line;
        EXPECT_TRUE(contains(lines.back(), text::lens_label(t, lens(LensId::Process))));
        EXPECT_TRUE(contains(text::edited_title(t, "X", 3), "3"));
    }
    EXPECT_EQ(
        text::describe_edits(text::Strings(0), diff_scenarios(scenario_b(), scenario_b())).size(),
        0u);
    EXPECT_EQ(text::edits_paragraph(text::Strings(0), ScenarioDiff{}), "");
}

// The whole description and every edit line in Ukrainian and Russian: no English word.
TEST(ScenarioText, UkrainianAndRussianHaveNoEnglishWord) {
    const Scenario a = scenario_a(), b = scenario_b();
    const ScenarioDiff d = diff_scenarios(a, b);
    for (std::size_t lang = 1; lang < text::language_count(); ++lang) {
        const text::Strings t(lang);
        SCOPED_TRACE(t.code());
        std::vector<std::string> texts = text::describe_edits(t, d);
        texts.push_back(text::describe_scenario(t, a));
        texts.push_back(text::describe_scenario(t, b));
        for (const std::size_t n : {1, 2, 5, 21}) texts.push_back(text::edited_title(t, "", n));
        for (const std::string& s : texts) {
            const auto words = test::english_words(s);
            EXPECT_TRUE(words.empty()) << "'" << words.front() << "' in:\n" << s;
        }
        EXPECT_NE(text::describe_scenario(t, b), text::describe_scenario(text::Strings(0), b));
    }
}

}  // namespace
}  // namespace armistice
