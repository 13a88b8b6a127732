// sign_law_language_test.cpp — a Ukrainian or Russian reader sees no English in the "Will they
// sign?" and "Is it lawful?" cards: every text of the sign and law outcomes of every preset (and
// the builder's stance lines for every option), rendered in uk and in ru, has no run of Latin
// letters but the few names the translations keep in Latin (acronyms of laws and a depository).
//
// It fails when an English sentence is built in the engine or the bridge instead of a table
// key, when a key is missing from a table (it shows as itself: "sign.cost"), or when a language
// falls back to English.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "engine/acceptance/stance.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "text/sentence_text.h"
#include "ui/engine_bridge.h"

namespace armistice::ui {
namespace {

// Words the uk and ru tables keep in Latin letters: a US law's acronym and the depository's proper
// name (as their glossaries do), the UN's document symbol (ES-11/1), a Roman numeral (Geneva
// Convention III) and source ids ("seed 001", which the summary turns into citations).
const std::set<std::string> kKeptInLatin = {"CAATSA", "Euroclear", "ES", "III", "seed", "Seed"};

// The runs of two or more ASCII letters in `s` that are not kept in Latin.
std::vector<std::string> latin_words(const std::string& s) {
    std::vector<std::string> out;
    std::string run;
    const auto flush = [&] {
        if (run.size() >= 2 && !kKeptInLatin.count(run)) out.push_back(run);
        run.clear();
    };
    for (char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            run += c;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

// Every text of the sign and law cards of one evaluation, in t's language.
std::vector<std::string> card_texts(const text::Strings& t, const SignOutcome& sg,
                                    const LawOutcome& lw) {
    std::vector<std::string> out{text::render(t, sg.status), sg.closest_text(t), lw.status(t),
                                 bridge::law_counts_label(t, lw)};
    for (const PartyVerdict& p : sg.parties) {
        out.push_back(text::render(t, p.verdict));
        for (const Message& m : p.red_lines_crossed) out.push_back(text::render(t, m));
        for (const Message& m : p.core_issues_failed) out.push_back(text::render(t, m));
        for (const Message& m : p.costliest) out.push_back(text::render(t, m));
    }
    for (const Message& m : sg.outside_the_text) out.push_back(text::render(t, m));
    for (const Sentence& s : sg.needs_consent) out.push_back(text::render(t, s));
    for (const LawFinding& f : lw.findings) {
        out.push_back(text::render(t, f.principle));
        out.push_back(text::render(t, f.text));
        out.push_back(text::render(t, f.clause));
    }
    return out;
}

void expect_no_english(const text::Strings& t, const std::string& where, const std::string& s) {
    const std::vector<std::string> words = latin_words(s);
    EXPECT_TRUE(words.empty()) << t.code() << " " << where << ": '" << words.front()
                               << "' in: " << s;
}

TEST(SignLawLanguage, EveryPresetsCardsAreFreeOfEnglishInUkrainianAndRussian) {
    std::size_t texts = 0;
    for (const char* code : {"uk", "ru"}) {
        const text::Strings t(*text::find_language(code));
        for (const persist::ScenarioFile& f : persist::presets()) {
            const SignOutcome sg = bridge::evaluate_sign(f.scenario);
            const LawOutcome lw = bridge::evaluate_law(f.scenario);
            for (const std::string& s : card_texts(t, sg, lw)) {
                expect_no_english(t, f.id, s);
                ++texts;
            }
        }
    }
    EXPECT_GE(texts, 400u) << "too few texts read: are the outcomes empty?";
}

TEST(SignLawLanguage, TheEnglishRenderIsEnglish) {
    // The same texts in English do have Latin words: the test above reads real texts.
    const persist::ScenarioFile* f = persist::find_preset("us_28_point_2025_11");
    ASSERT_NE(f, nullptr);
    const text::Strings en;
    const SignOutcome sg = bridge::evaluate_sign(f->scenario);
    const LawOutcome lw = bridge::evaluate_law(f->scenario);
    std::size_t english = 0;
    for (const std::string& s : card_texts(en, sg, lw)) english += !latin_words(s).empty();
    EXPECT_GE(english, 10u);
}

TEST(SignLawLanguage, StanceLinesForEveryOptionAreFreeOfEnglish) {
    for (const char* code : {"uk", "ru"}) {
        const text::Strings t(*text::find_language(code));
        for (const Dimension& d : catalog().dimensions) {
            for (std::uint8_t o = 0; o < d.options.size(); ++o) {
                for (std::size_t p = 0; p < kPartyCount; ++p) {
                    for (std::uint64_t relaxed : {std::uint64_t{0}, ~std::uint64_t{0}}) {
                        const std::string s = text::render(
                            t, stance_explanation(static_cast<Party>(p), d.dim, o, relaxed));
                        expect_no_english(t, std::string(d.id) + "." + std::string(d.options[o].id),
                                          s);
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace armistice::ui
