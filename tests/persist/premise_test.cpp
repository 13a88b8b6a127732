// premise_test.cpp — the closest agreement keeps the clauses that define a preset (meta.premise,
// closest.h): locked first, dropped only when no agreement keeps them, and then said plainly.
#include <gtest/gtest.h>

#include <string>

#include "engine/acceptance/acceptance.h"
#include "persist/presets.h"
#include "persist_test_support.h"

namespace armistice {
namespace {

using test_support::preset;

constexpr unsigned bit(Dim d) {
    return 1u << static_cast<unsigned>(d);
}

TEST(Premise, NatoNorwaySaysPlainlyThatNoAgreementKeepsNato) {
    const Scenario& s = preset("nato_norway");
    const SearchLimits limits = persist::search_limits_for(s);
    ASSERT_EQ(limits.premise_dimensions, bit(Dim::Alignment));
    const ClosestAgreement c = evaluate_acceptance(s, limits).closest;
    EXPECT_EQ(c.premise, bit(Dim::Alignment));
    EXPECT_FALSE(c.premise_kept);
    // The note (engine/sentence.h) names the premise's clause and Russia's NATO red line, and says
    // the closest agreement drops the premise.
    EXPECT_EQ(c.premise_note.message.key, "closest.premise.red_lines_drops");
    ASSERT_EQ(c.premise_note.lists.size(), 2u);
    const MessageList& clauses = c.premise_note.lists[0];
    ASSERT_EQ(clauses.items.size(), 1u);
    const auto& option = clauses.items[0].keyed_args;
    ASSERT_EQ(option.size(), 2u);
    EXPECT_EQ(option[1].second, "option.alignment.nato_norway.label");
    bool russia_nato = false;
    for (const Message& m : c.premise_note.lists[1].items) {
        for (const auto& arg : m.keyed_args)
            russia_nato = russia_nato || arg.second == "red_line.russia.no_nato";
    }
    EXPECT_TRUE(russia_nato);
    ASSERT_TRUE(c.has_solution);
    EXPECT_NE(c.choices[static_cast<std::size_t>(Dim::Alignment)], s.choice(Dim::Alignment));
}

TEST(Premise, AKeepablePremiseIsKeptEvenWhenTheOpenSearchWouldChangeIt) {
    int kept = 0;
    for (const persist::ScenarioFile& f : persist::presets()) {
        const SearchLimits limits = persist::search_limits_for(f.scenario);
        if (!limits.premise_dimensions) continue;
        const ClosestAgreement c = find_closest_agreement(f.scenario, limits);
        if (!c.premise_kept) {
            EXPECT_FALSE(c.premise_note.empty()) << f.id;
            continue;
        }
        ++kept;
        EXPECT_TRUE(c.premise_note.empty()) << f.id;
        for (std::size_t d = 0; d < kDimensionCount; ++d) {
            if ((limits.premise_dimensions >> d) & 1u) {
                EXPECT_EQ(c.choices[d], f.scenario.choices[d]) << f.id << " dimension " << d;
            }
        }
    }
    EXPECT_GT(kept, 0);
}

TEST(Premise, AClauseTheUserChangedIsNoLongerImposed) {
    Scenario s = preset("nato_norway");
    s.set_choice(Dim::Alignment, option_ref("alignment.armed_neutrality").option);
    EXPECT_EQ(persist::search_limits_for(s).premise_dimensions, 0u);
    Scenario unnamed = preset("nato_norway");
    unnamed.base_preset.clear();
    EXPECT_EQ(persist::search_limits_for(unnamed).premise_dimensions, 0u);
}

TEST(Premise, FilesNameKnownDimensionsOnce) {
    const std::string head =
        "{\"format\": \"armistice-scenario\", \"version\": 1, \"id\": \"t\", \"name\": \"T\", "
        "\"meta\": {\"premise\": ";
    const persist::LoadResult bad =
        persist::load_scenario_file(head + "[\"alignmnet\"]}}", "t.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errors[0].path, "meta.premise[0]");
    EXPECT_NE(bad.errors[0].message.find("unknown dimension"), std::string::npos);
    const persist::LoadResult twice =
        persist::load_scenario_file(head + "[\"alignment\", \"alignment\"]}}", "t.json");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.errors[0].path, "meta.premise[1]");
    const persist::LoadResult good =
        persist::load_scenario_file(head + "[\"alignment\"]}}", "t.json");
    ASSERT_TRUE(good.ok()) << good.errors[0].to_string();
    ASSERT_TRUE(good.file->meta.has_value());
    EXPECT_EQ(good.file->meta->premise, std::vector<std::string>{"alignment"});
    // Saved and loaded again, the premise survives.
    const persist::LoadResult again =
        persist::load_scenario_file(persist::save_scenario_json(*good.file), "t.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.file->meta->premise, good.file->meta->premise);
}

}  // namespace
}  // namespace armistice
