// scenario_title_test.cpp — a scenario's title in the reader's language (ui/scenario_title.h):
// in English it is exactly the CLI's honest title for every preset, unchanged and edited; in
// Ukrainian and Russian a preset shows its translated name and an edited one says so with the
// language's plural of "change".
#include <gtest/gtest.h>

#include "engine/catalog.h"
#include "persist/edited_from.h"
#include "text/strings.h"
#include "ui/data_text.h"
#include "ui/preset_library.h"
#include "ui/scenario_title.h"

namespace armistice::ui {
namespace {

// `s` with its first `n` clauses moved to another option.
Scenario edited(Scenario s, std::size_t n) {
    for (std::size_t d = 0; d < n; ++d) {
        const std::size_t options = catalog().dimensions[d].options.size();
        s.choices[d] = static_cast<std::uint8_t>((s.choices[d] + 1) % options);
    }
    return s;
}

TEST(ScenarioTitle, EnglishEqualsTheHonestTitleForEveryPreset) {
    const PresetLibrary presets;
    ASSERT_FALSE(presets.entries().empty());
    const text::Strings en;
    for (const PresetEntry& e : presets.entries()) {
        for (std::size_t n : {0u, 1u, 2u, 5u}) {
            const Scenario s = edited(e.file.scenario, n);
            EXPECT_EQ(scenario_title(en, s), persist::honest_title(s)) << e.file.id << " " << n;
        }
    }
    Scenario untitled;
    EXPECT_EQ(scenario_title(en, untitled), persist::honest_title(untitled));
}

TEST(ScenarioTitle, OtherLanguagesNameThePresetAndCountChangesInTheirGrammar) {
    const PresetLibrary presets;
    const PresetEntry& e = presets.entries()[presets.default_index()];
    const auto uk = text::find_language("uk");
    const auto ru = text::find_language("ru");
    ASSERT_TRUE(uk && ru);
    const text::Strings tu(*uk), tr(*ru);
    EXPECT_EQ(scenario_title(tu, e.file.scenario), preset_name(tu, e));
    EXPECT_NE(scenario_title(tu, e.file.scenario), e.file.scenario.name);
    const std::string name(preset_name(tu, e));
    EXPECT_EQ(scenario_title(tu, edited(e.file.scenario, 1)),
              "Змінено на основі: " + name + " (1 зміна)");
    EXPECT_EQ(scenario_title(tu, edited(e.file.scenario, 2)),
              "Змінено на основі: " + name + " (2 зміни)");
    EXPECT_EQ(scenario_title(tu, edited(e.file.scenario, 5)),
              "Змінено на основі: " + name + " (5 змін)");
    EXPECT_EQ(scenario_title(tr, edited(e.file.scenario, 5)),
              "Изменено на основе: " + std::string(preset_name(tr, e)) + " (5 изменений)");
    // A name the reader wrote stays as written, in any language.
    Scenario own = edited(e.file.scenario, 3);
    own.name = "Мій варіант";
    EXPECT_EQ(scenario_title(tr, own), "Мій варіант");
    EXPECT_EQ(scenario_title(tu, Scenario{}), "Сценарій без назви");
}

}  // namespace
}  // namespace armistice::ui
