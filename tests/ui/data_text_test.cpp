// data_text_test.cpp — the data's texts in the reader's language (ui/data_text.h): every preset
// has a name and a description in every language, no translation names a preset that does not
// exist, and catalog texts are translated (not the English copied).
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>

#include "engine/catalog.h"
#include "text/string_tables.h"
#include "text/strings.h"
#include "ui/data_text.h"
#include "ui/preset_library.h"

namespace armistice::ui {
namespace {

TEST(DataText, EveryPresetIsTranslatedAndNoTranslationIsStale) {
    const PresetLibrary presets;
    std::set<std::string> ids;
    for (const PresetEntry& e : presets.entries()) ids.insert(e.file.id);
    ASSERT_FALSE(ids.empty());
    for (std::size_t lang = 1; lang < text::language_count(); ++lang) {
        const text::Strings t(lang);
        for (const PresetEntry& e : presets.entries()) {
            EXPECT_NE(preset_name(t, e), e.file.scenario.name) << t.code() << " " << e.file.id;
            EXPECT_NE(preset_description(t, e), e.file.scenario.description)
                << t.code() << " " << e.file.id;
        }
    }
    for (std::size_t k = text::kTables.static_count; k < text::kTables.key_count; ++k) {
        const std::string key = text::kTables.keys[k];
        if (key.rfind("preset.", 0) != 0) continue;
        const std::string id = key.substr(7, key.rfind('.') - 7);
        EXPECT_TRUE(ids.count(id)) << key << ": no preset has this id";
    }
}

TEST(DataText, EnglishIsTheRowItself) {
    const text::Strings en(0);
    const Dimension& d = catalog().dimensions.front();
    EXPECT_EQ(dimension_label(en, d).data(), d.label.data());
    EXPECT_EQ(option_description(en, d, d.options.front()).data(),
              d.options.front().description.data());
}

TEST(DataText, CatalogIsTranslatedInEveryLanguage) {
    for (std::size_t lang = 1; lang < text::language_count(); ++lang) {
        const text::Strings t(lang);
        std::size_t same = 0, total = 0;
        for (const Dimension& d : catalog().dimensions) {
            ++total;
            same += dimension_question(t, d) == d.question;
            for (const Option& o : d.options) {
                ++total;
                same += option_description(t, d, o) == o.description;
            }
        }
        EXPECT_EQ(same, 0u) << t.code() << ": " << same << " of " << total << " left in English";
    }
}

}  // namespace
}  // namespace armistice::ui
