// message_keys_test.cpp — the engine's messages (engine/message.h) against the string tables:
// every key the engine source names, and every key its tables hand out, has a text in every
// language; render() fills placeholders, and a key missing from the tables shows as itself.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "engine/acceptance/consent.h"
#include "engine/acceptance/core_issues.h"
#include "engine/catalog.h"
#include "engine/legal/legal.h"
#include "engine/red_lines.h"
#include "text/message_text.h"
#include "text/sentence_text.h"
#include "text/strings.h"

namespace armistice::text {
namespace {

// The areas of the engine's keys (data/strings/en/engine_<area>.csv). A literal in src/engine that
// starts with one of these and a dot is a message key. None is a catalog dimension id, so option
// ids ("line.current_line") never match.
const char* const kAreas =
    "law|red_line|core_issue|consent|stance|closest|best|durability|model_card";

std::set<std::string> engine_source_keys() {
    std::set<std::string> keys;
    const std::regex literal(std::string("\"((?:") + kAreas + ")\\.[a-z0-9_.]+)\"");
    const std::filesystem::path root = std::filesystem::path(ARMISTICE_SOURCE_DIR) / "src/engine";
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
        const std::string ext = e.path().extension().string();
        if (ext != ".cpp" && ext != ".h") continue;
        std::ifstream in(e.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        for (std::sregex_iterator it(s.begin(), s.end(), literal), end; it != end; ++it)
            keys.insert((*it)[1].str());
    }
    return keys;
}

void expect_in_every_language(std::string_view key) {
    for (std::size_t lang = 0; lang < language_count(); ++lang) {
        const Strings t(lang);
        const char* text = lookup(t, key);
        ASSERT_NE(text, nullptr) << key << " missing from the string tables";
        // No language falls back to English for an engine key: every table has its own text.
        if (lang > 0) {
            EXPECT_STRNE(text, lookup(Strings(0), key)) << t.code() << " " << key;
        }
    }
}

TEST(MessageKeys, EveryKeyInTheEngineSourceIsInEveryTable) {
    const std::set<std::string> keys = engine_source_keys();
    EXPECT_GE(keys.size(), 90u) << "the scan found too few keys: is the pattern right?";
    for (const std::string& k : keys) expect_in_every_language(k);
}

TEST(MessageKeys, EveryLegalKeyIsInEveryTable) {
    for (std::size_t p = 0; p < static_cast<std::size_t>(Principle::Count); ++p)
        expect_in_every_language(principle_label(static_cast<Principle>(p)));
    for (const LegalRule& rule : legal_rules()) expect_in_every_language(rule.explanation);
}

TEST(MessageKeys, EveryRedLineCoreIssueAndVetoPlayerIsInEveryTable) {
    for (const RedLine& rl : red_lines()) {
        const std::string key = red_line_key(rl);
        expect_in_every_language(key);
        // The engine's English label and the table's English row say the same (as the catalog's).
        EXPECT_EQ(render(Strings(), key), rl.label) << key;
    }
    for (const CoreIssue& c : core_issues()) expect_in_every_language(c.label);
    for (const ConsentNeed& n : consent_needs()) expect_in_every_language(n.holder);
}

TEST(MessageKeys, SentencesJoinTheirListsInTheReadersLanguage) {
    const Sentence s{{"closest.none.alternatives_many", {}},
                     {{"parties",
                       {{"list.party", {}, {{"party", "party.russia"}}},
                        {"list.party", {}, {{"party", "party.united_states"}}},
                        {"list.party", {}, {{"party", "party.europe"}}}},
                       "list.comma",
                       "list.and"}}};
    const std::string en = render(Strings(), s);
    EXPECT_NE(en.find("gives Russia, United States and European allies at least as much as their"),
              std::string::npos)
        << en;
    const Strings uk(*find_language("uk"));
    const std::string ua = render(uk, s);
    EXPECT_NE(ua.find("Росія, США і Європейські союзники"), std::string::npos) << ua;
    EXPECT_EQ(render(Strings(), Sentence{}), "");
    // A clause named by keyed arguments: the catalog's English, the table's Ukrainian.
    const Message clause{"list.clause",
                         {},
                         {{"dimension", "dimension.alignment.label"},
                          {"option", "option.alignment.nato_norway.label"}}};
    const Catalog::Ref ref = option_ref("alignment.nato_norway");
    EXPECT_EQ(render(Strings(), clause),
              std::string(catalog().at(ref.dim).label) + ": " +
                  std::string(catalog().at(ref.dim).options[ref.option].label));
    EXPECT_EQ(render(uk, clause), std::string(lookup(uk, "dimension.alignment.label")) + ": " +
                                      lookup(uk, "option.alignment.nato_norway.label"));
}

TEST(MessageKeys, RenderFillsPlaceholdersAndShowsUnknownKeys) {
    const Strings en;
    EXPECT_EQ(render(en, Message{"law.principle.un_charter_2_4", {}}), "UN Charter art. 2(4)");
    EXPECT_EQ(render(en, Message{"no.such.key", {{"n", "3"}}}), "no.such.key");
    EXPECT_EQ(render(en, Message{}), "");
    EXPECT_EQ(render(Strings(*find_language("uk")), "law.principle.un_charter_2_4"),
              "Статут ООН, п. 4 ст. 2");
    // A keyed argument is a table key rendered in the message's language, and an unknown one
    // shows as its key.
    const Message keyed{"announce.now_accepts", {}, {{"party", "party.russia"}}};
    EXPECT_EQ(render(en, keyed), "Russia now accepts");
    EXPECT_EQ(render(Strings(*find_language("uk")), keyed),
              fill(lookup(Strings(*find_language("uk")), "announce.now_accepts"),
                   {{"party", lookup(Strings(*find_language("uk")), "party.russia")}}));
    EXPECT_NE(render(Strings(*find_language("uk")), keyed), render(en, keyed));
    // A catalog key's English is the data row's own (the tables leave it empty): a clause named
    // by keyed arguments reads in English as the catalog writes it.
    const Message clause{"durability.sensitivity.option",
                         {},
                         {{"dimension", "dimension.alignment.label"},
                          {"option", "option.alignment.armed_neutrality.label"}}};
    const Dimension& alignment = catalog().at(*catalog().find_dimension("alignment"));
    std::string option;
    for (const Option& o : alignment.options)
        if (o.id == "armed_neutrality") option = std::string(o.label);
    ASSERT_FALSE(option.empty());
    EXPECT_EQ(render(en, clause), std::string(alignment.label) + ": " + option);
    EXPECT_EQ(render(Strings(*find_language("uk")), clause).find(std::string(alignment.label)),
              std::string::npos);
    EXPECT_EQ(render(en, Message{"announce.now_accepts", {}, {{"party", "no.such.party"}}}),
              "no.such.party now accepts");
    // A key with placeholders: any static key that has one, filled from the message's args.
    EXPECT_EQ(fill("{a} and {b}", nullptr, nullptr), "{a} and {b}");
}

}  // namespace
}  // namespace armistice::text
