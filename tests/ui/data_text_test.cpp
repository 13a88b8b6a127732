// data_text_test.cpp — the data's texts in the reader's language (ui/data_text.h): every preset
// has a name and a description in every language, no translation names a preset that does not
// exist, and catalog texts are translated (not the English copied); the context levers and the
// lenses (data/model/) read with no English word in Ukrainian and Russian.
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/describe.h"
#include "engine/lens.h"
#include "english_words.h"
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
            // Who proposed it, in the reader's language (the timeline's line under the name).
            if (!e.proposer.empty()) {
                EXPECT_NE(preset_proposer(t, e), e.proposer) << t.code() << " " << e.file.id;
            }
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

// Every lever's label, unit, note and shown value, and every lens's label and description: in
// English the data row itself; in the other languages with no English word left.
TEST(DataText, LeversAndLensesHaveNoEnglishWordInUkrainianAndRussian) {
    const text::Strings en(0);
    for (std::size_t i = 0; i < kLeverCount; ++i) {
        const LeverInfo& l = lever_info(static_cast<Lever>(i));
        EXPECT_EQ(lever_label(en, l).data(), l.label.data());
        EXPECT_EQ(lever_value(en, l.lever, l.default_value),
                  format_lever(l.lever, l.default_value));
    }
    EXPECT_EQ(lens_description(en, lens(LensId::Process)).data(),
              lens(LensId::Process).description.data());
    for (std::size_t lang = 1; lang < text::language_count(); ++lang) {
        const text::Strings t(lang);
        SCOPED_TRACE(t.code());
        std::vector<std::string> texts;
        for (std::size_t i = 0; i < kLeverCount; ++i) {
            const LeverInfo& l = lever_info(static_cast<Lever>(i));
            texts.emplace_back(lever_label(t, l));
            texts.emplace_back(lever_unit(t, l));
            texts.emplace_back(lever_note(t, l));
            texts.push_back(lever_value(t, l.lever, l.max));
            EXPECT_NE(lever_label(t, l), l.label) << l.id;
        }
        for (std::size_t i = 0; i < kLensCount; ++i) {
            const Lens& l = lens(static_cast<LensId>(i));
            texts.emplace_back(lens_label(t, l));
            texts.emplace_back(lens_description(t, l));
            EXPECT_NE(lens_label(t, l), l.label) << l.key;
        }
        for (const std::string& s : texts) {
            EXPECT_FALSE(s.empty());
            const auto words = test::english_words(s);
            EXPECT_TRUE(words.empty()) << "'" << words.front() << "' in: " << s;
        }
    }
}

}  // namespace
}  // namespace armistice::ui
