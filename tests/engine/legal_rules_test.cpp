// legal_rules_test.cpp — every legal and consistency rule has a triggering and a non-triggering
// case (table-driven over legal_rules()), plus ordering and the no-agreement case.
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/legal/legal.h"
#include "acceptance_seed_scenarios.h"

namespace armistice {
namespace {

bool has_rule(const std::vector<LegalFinding>& f, std::string_view id) {
    return std::any_of(f.begin(), f.end(), [&](const LegalFinding& x) { return x.rule == id; });
}

void set(Scenario& s, std::string_view qualified) {
    const auto r = catalog().find_qualified(qualified);
    ASSERT_TRUE(r.has_value()) << qualified;
    s.set_choice(r->dim, r->option);
}

TEST(LegalRules, TableIsWellFormed) {
    for (const LegalRule& rule : legal_rules()) {
        EXPECT_TRUE(catalog().find_qualified(rule.clause).has_value()) << rule.id;
        EXPECT_EQ(rule.explanation, "law." + std::string(rule.id)) << rule.id;  // its table key
        std::optional<Dim> with_dim;
        for (std::string_view w : rule.with) {
            const auto r = catalog().find_qualified(w);
            ASSERT_TRUE(r.has_value()) << rule.id << " " << w;
            if (with_dim) {
                EXPECT_EQ(*with_dim, r->dim) << rule.id;
            }
            with_dim = r->dim;
            EXPECT_NE(r->dim, catalog().find_qualified(rule.clause)->dim) << rule.id;
        }
    }
    // Rule ids are unique.
    std::vector<std::string_view> ids;
    for (const LegalRule& rule : legal_rules()) ids.push_back(rule.id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

TEST(LegalRules, EveryRuleTriggersOnItsClauses) {
    for (const LegalRule& rule : legal_rules()) {
        const std::vector<std::string_view> partners =
            rule.with.empty() ? std::vector<std::string_view>{""} : rule.with;
        for (std::string_view w : partners) {
            Scenario s;
            set(s, rule.clause);
            if (!w.empty()) set(s, w);
            const auto findings = check_legal(s);
            const auto it = std::find_if(findings.begin(), findings.end(),
                                         [&](const LegalFinding& f) { return f.rule == rule.id; });
            ASSERT_NE(it, findings.end()) << rule.id << " with " << w;
            EXPECT_EQ(it->clause, rule.clause);
            EXPECT_EQ(it->related_clause, std::string(w));
            EXPECT_EQ(it->status, rule.status);
            EXPECT_EQ(it->principle, rule.principle);
        }
    }
}

TEST(LegalRules, EveryRuleStaysSilentWithoutItsClauses) {
    const Catalog& cat = catalog();
    for (const LegalRule& rule : legal_rules()) {
        const auto clause = *cat.find_qualified(rule.clause);
        // (1) Another option in the clause's dimension (partners present if any).
        for (std::uint8_t o = 0; o < cat.at(clause.dim).options.size(); ++o) {
            if (o == clause.option) continue;
            Scenario s;
            s.set_choice(clause.dim, o);
            if (!rule.with.empty()) set(s, rule.with.front());
            if (s.option(Dim::Process).id == "no_agreement") continue;
            EXPECT_FALSE(has_rule(check_legal(s), rule.id)) << rule.id;
            break;
        }
        // (2) The clause with every non-partner option of the partner dimension.
        if (!rule.with.empty()) {
            const Dim wd = cat.find_qualified(rule.with.front())->dim;
            for (std::uint8_t o = 0; o < cat.at(wd).options.size(); ++o) {
                Scenario s;
                s.set_choice(wd, o);
                set(s, rule.clause);
                const std::string q = std::string(cat.at(wd).id) + "." + std::string(cat.at(wd).options[o].id);
                const bool partner = std::find(rule.with.begin(), rule.with.end(), q) != rule.with.end();
                if (partner || q == "process.no_agreement") continue;
                EXPECT_FALSE(has_rule(check_legal(s), rule.id)) << rule.id << " with " << q;
            }
        }
    }
}

TEST(LegalRules, FindingsAreSortedWorstFirst) {
    for (const auto& p : test_seeds::presets()) {
        const auto f = check_legal(test_seeds::make_preset(p));
        for (std::size_t i = 1; i < f.size(); ++i) {
            EXPECT_LE(static_cast<int>(f[i - 1].status), static_cast<int>(f[i].status)) << p.id;
        }
    }
}

TEST(LegalRules, SeedPresetsGiveTheExpectedHeadlineFindings) {
    const auto june = check_legal(test_seeds::make_preset(test_seeds::presets()[11]));
    ASSERT_EQ(test_seeds::presets()[11].id, "russia_june_2024");
    ASSERT_FALSE(june.empty());
    EXPECT_EQ(june.front().status, LegalStatus::Violates);
    EXPECT_TRUE(has_rule(june, "un.recognition_de_jure"));
    EXPECT_TRUE(has_rule(june, "helsinki.frontiers_de_jure"));
    EXPECT_TRUE(has_rule(june, "budapest.recognition"));
    EXPECT_TRUE(has_rule(june, "osce.choice_demilitarised"));
    EXPECT_TRUE(has_rule(june, "gc3.prisoners_missing"));

    Scenario norway_bases = test_seeds::make({{"alignment", "nato_norway"}, {"guarantee", "article5"},
                                              {"foreign_forces", "bases"}});
    EXPECT_TRUE(has_rule(check_legal(norway_bases), "consistency.norway_with_troops"));
    Scenario art5 = test_seeds::make({{"alignment", "armed_neutrality"}, {"guarantee", "article5"}});
    EXPECT_TRUE(has_rule(check_legal(art5), "consistency.article5_without_nato"));
}

TEST(LegalRules, NoAgreementGivesOneFinding) {
    Scenario s;
    set(s, "process.no_agreement");
    set(s, "status.de_jure");  // ignored: there is no agreement
    const auto f = check_legal(s);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].clause, "process.no_agreement");
    EXPECT_EQ(f[0].principle, Principle::UnCharter2_4);
}

TEST(LegalRules, HardContradictionsComeFromViolatingConsistencyRules) {
    const auto& pairs = hard_contradictions();
    EXPECT_FALSE(pairs.empty());
    for (const auto& [a, b] : pairs) EXPECT_NE(a.dim, b.dim);
}

}  // namespace
}  // namespace armistice
