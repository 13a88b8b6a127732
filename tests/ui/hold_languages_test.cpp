// hold_languages_test.cpp — the hold card's texts (causes of breakdown, the compliance ledger,
// the sensitivity ranking, "nothing to hold") and the model card (plain words, paragraphs,
// mechanisms, every parameter's label, unit and source) read in Ukrainian and in Russian with no
// English left, as the page renders them (text::render with the reader's tables).
//
// "English" here is a Latin word of three or more lower-case letters outside what stays as
// published: titles of papers in single quotes, `commands`, source keys ("seed 003"), and ids
// (hr_dmz, us_reliability, peacemaker.un.org, shared/backtest). Proper names and acronyms
// (Fortna, Reuters, AEI, IAEA) start with a capital and are allowed.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "engine/citations.h"
#include "engine/durability/mechanism_effects.h"
#include "engine/durability/model_card.h"
#include "engine/durability/params.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "text/strings.h"
#include "ui/engine_bridge.h"

namespace armistice::ui {
namespace {

// The English words of `text` (see the header comment), in order.
std::vector<std::string> english_words(const std::string& text) {
    static const std::regex kept("'[^']*'|`[^`]*`|[Ss]eed [0-9]{3}");
    const std::string s = std::regex_replace(text, kept, " ");
    std::vector<std::string> out;
    std::string token;
    auto flush = [&] {
        bool lower = token.size() >= 3, id = false;
        for (char c : token) {
            if (c == '_' || c == '.' || c == '/' || (c >= '0' && c <= '9')) id = true;
            if (!(c >= 'a' && c <= 'z')) lower = false;
        }
        if (lower && !id) out.push_back(token);
        token.clear();
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '_' || c == '/' ||
                          (c == '.' && i + 1 < s.size() && s[i + 1] != ' ');
        if (word)
            token += c;
        else
            flush();
    }
    flush();
    return out;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

#define EXPECT_NO_ENGLISH(lang, what, text) \
    EXPECT_EQ(joined(english_words(text)), "") << (lang) << " " << (what) << ": " << (text)

std::vector<text::Strings> other_languages() {
    std::vector<text::Strings> out;
    for (const char* code : {"uk", "ru"}) {
        const auto lang = text::find_language(code);
        EXPECT_TRUE(lang.has_value()) << code;
        if (lang) out.emplace_back(*lang);
    }
    return out;
}

Scenario preset(const char* id) {
    const persist::ScenarioFile* f = persist::find_preset(id);
    EXPECT_NE(f, nullptr) << id;
    return f ? f->scenario : Scenario{};
}

HoldOutcome hold_of(Scenario s, std::uint32_t runs) {
    s.sim.runs = runs;
    bridge::HoldJob job(s);
    while (!job.done()) job.advance(runs);
    HoldOutcome h = job.snapshot();
    bridge::SensitivityJob sens(s, runs);
    while (sens.step()) {
    }
    h.sensitivity = sens.ranking(5);
    h.sensitivity_ready = true;
    return h;
}

TEST(HoldLanguages, TheDetectorFindsEnglishAndSparesWhatStaysAsPublished) {
    EXPECT_EQ(joined(english_words("Deliberate offensive")), "offensive");
    EXPECT_EQ(joined(english_words("Припинення вогню (Fortna, 'Peace Time', Princeton UP 2004; "
                                   "seed 003, hr_dmz, peacemaker.un.org, `armistice backtest`)")),
              "");
}

TEST(HoldLanguages, HoldCardHasNoEnglishInUkrainianOrRussian) {
    // A lasting deal with a ledger of several obligations, and an interim one.
    for (const char* id : {"us_28_point_2025_11", "jeddah_statement_2025_03"}) {
        SCOPED_TRACE(id);
        const HoldOutcome h = hold_of(preset(id), 200);
        ASSERT_TRUE(h.available && h.applicable);
        ASSERT_FALSE(h.causes.empty());
        ASSERT_FALSE(h.ledger.empty());
        const text::Strings en;
        for (const text::Strings& t : other_languages()) {
            for (const Share& c : h.causes) {
                EXPECT_NO_ENGLISH(t.code(), "cause", text::render(t, c.label));
                EXPECT_NE(text::render(t, c.label), text::render(en, c.label));
            }
            for (const LedgerLine& l : h.ledger)
                EXPECT_NO_ENGLISH(t.code(), "ledger", text::render(t, l.label));
            for (const Share& s : h.sensitivity) {
                EXPECT_NO_ENGLISH(t.code(), "sensitivity", text::render(t, s.label));
            }
            EXPECT_NO_ENGLISH(t.code(), "term", h.term_label(t));
        }
    }
}

TEST(HoldLanguages, SensitivityNamesTheClauseInTheReadersLanguage) {
    const HoldOutcome h = hold_of(preset("us_28_point_2025_11"), 200);
    const text::Strings en;
    const text::Strings uk(*text::find_language("uk"));
    bool option = false;
    for (const Share& s : h.sensitivity) {
        if (s.label.key != "durability.sensitivity.option") continue;
        option = true;
        const std::string e = text::render(en, s.label);
        // English: the catalog's own "Dimension: option" words, as the CLI always printed them.
        EXPECT_NE(e.find(": "), std::string::npos) << e;
        EXPECT_EQ(english_words(e).empty(), false) << e;
        EXPECT_NE(text::render(uk, s.label), e);
    }
    EXPECT_TRUE(option) << "the ranking names at least one clause change";
}

TEST(HoldLanguages, NothingToHoldIsTranslated) {
    const HoldOutcome h = hold_of(preset("no_agreement"), 50);
    ASSERT_FALSE(h.applicable);
    ASSERT_FALSE(h.status.empty());
    for (const text::Strings& t : other_languages())
        EXPECT_NO_ENGLISH(t.code(), "status", text::render(t, h.status));
}

TEST(HoldLanguages, ModelCardHasNoEnglishInUkrainianOrRussian) {
    for (const text::Strings& t : other_languages()) {
        for (const durability::PlainWords& w : durability::model_card_plain_words()) {
            EXPECT_NO_ENGLISH(t.code(), w.term, text::render(t, w.term));
            EXPECT_NO_ENGLISH(t.code(), w.text, text::render(t, w.text));
        }
        for (std::string_view p : durability::model_card_paragraphs())
            EXPECT_NO_ENGLISH(t.code(), p, text::render(t, p));
        for (const durability::MechanismEffect& e : durability::mechanism_effects()) {
            const std::string_view key = e.reads.empty() ? e.no_effect_reason : e.reads;
            EXPECT_NO_ENGLISH(t.code(), key, text::render(t, key));
        }
        for (const durability::ModelCardRow& r : durability::model_card_rows()) {
            EXPECT_NO_ENGLISH(t.code(), r.label, text::render(t, r.label));
            EXPECT_NO_ENGLISH(t.code(), r.unit, text::render(t, r.unit));
            EXPECT_NO_ENGLISH(t.code(), r.source, text::render(t, r.source));
        }
    }
}

TEST(HoldLanguages, EveryParameterHasItsWordsInEveryLanguage) {
    const text::Strings en;
    std::size_t keyed = 0;
    for (const durability::ParamRow& p : durability::param_table()) {
        for (std::string_view key : {p.label, p.unit, p.source}) {
            EXPECT_EQ(key.substr(0, 6 + p.name.size()), "param." + std::string(p.name)) << key;
            const char* english = text::lookup(en, key);
            ASSERT_NE(english, nullptr)
                << key << " is missing from data/strings/en/engine_param.csv";
            EXPECT_STRNE(english, "") << key;
            for (const text::Strings& t : other_languages()) {
                const char* other = text::lookup(t, key);
                ASSERT_NE(other, nullptr) << t.code() << " " << key;
                if (key != p.unit) {
                    EXPECT_STRNE(other, english) << t.code() << " " << key;
                }
            }
        }
        // The sources cite the articles by key; the page shows outlet and title instead.
        const std::string source = text::render(en, p.source);
        if (has_source_key(source)) ++keyed;
        EXPECT_FALSE(has_source_key(cite_sources(source))) << p.name;
    }
    EXPECT_GT(keyed, 0u) << "some parameters cite a source article by key";
}

}  // namespace
}  // namespace armistice::ui
