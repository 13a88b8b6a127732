// core_issues_test.cpp — core issues are thresholds no sweetener buys (core_issues.h): the table
// is well formed, a clause below a threshold makes the party reject whatever its margin (in the
// point verdict and in every draw), leaving the question open concedes nothing, options a red
// line already covers stay relaxable, and no closest agreement contains a blocked option.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/core_issues.h"
#include "engine/acceptance/party_model.h"
#include "engine/red_lines.h"
#include "persist/presets.h"

namespace armistice {
namespace {

const Scenario& preset(std::string_view id) {
    for (const persist::ScenarioFile& f : persist::presets()) {
        if (f.id == id) return f.scenario;
    }
    ADD_FAILURE() << "no preset " << id;
    return persist::presets().front().scenario;
}

TEST(CoreIssues, TableIsWellFormedAndEachCanBeMet) {
    std::set<std::string_view> ids;
    for (const CoreIssue& c : core_issues()) {
        EXPECT_TRUE(ids.insert(c.id).second) << c.id;
        EXPECT_EQ(c.id.substr(0, party_id(c.party).size()), party_id(c.party)) << c.id;
        EXPECT_GE(c.threshold - c.half_range, -100.0) << c.id;
        EXPECT_LE(c.threshold + c.half_range, 100.0) << c.id;
        EXPECT_GT(c.half_range, 0.0) << c.id;
        EXPECT_FALSE(c.source.note.empty()) << c.id;
        bool some = false, below = false;
        const auto& options = catalog().at(c.dim).options;
        for (std::uint8_t o = 0; o < options.size(); ++o) {
            if (options[o].kind != ClauseKind::Negotiable) continue;
            some = some || option_utility(c.party, c.dim, o) >= c.threshold;
            below = below || fails_core_issue(c, o);
        }
        EXPECT_TRUE(some) << c.id << ": no negotiable option meets the threshold";
        EXPECT_TRUE(below) << c.id << ": the threshold blocks nothing a red line does not";
    }
}

// Ukraine accepts the December 2025 framework it co-wrote; halting Western aid on top of it
// fails its core issue, and no other clause may buy that back.
TEST(CoreIssues, AClauseBelowTheThresholdIsRejectedWhateverTheSum) {
    Scenario s = preset("us_ukraine_20_point_2025_12");
    const PartyAcceptance before = evaluate_party(s, Party::Ukraine);
    ASSERT_TRUE(before.accepts);
    ASSERT_TRUE(before.core_issues_failed.empty());
    s.set_choice(Dim::UkraineForces, option_ref("ukraine_forces.aid_halt").option);
    // The best sweetener in every other dimension for Ukraine, so that the sum clears easily.
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Dim dim = static_cast<Dim>(d);
        if (dim == Dim::UkraineForces || dim == Dim::Process || dim == Dim::Scope ||
            dim == Dim::Term) {
            continue;
        }
        const auto& options = catalog().at(dim).options;
        std::uint8_t best = s.choice(dim);
        for (std::uint8_t o = 0; o < options.size(); ++o) {
            if (options[o].kind == ClauseKind::Negotiable &&
                option_utility(Party::Ukraine, dim, o) >
                    option_utility(Party::Ukraine, dim, best)) {
                best = o;
            }
        }
        s.set_choice(dim, best);
    }
    const PartyAcceptance after = evaluate_party(s, Party::Ukraine);
    EXPECT_GE(after.margin, 0.0) << "the sweeteners should outweigh the clause in the sum";
    EXPECT_TRUE(after.red_lines_crossed.empty());
    EXPECT_FALSE(after.accepts);
    ASSERT_EQ(after.core_issues_failed.size(), 1u);
    EXPECT_EQ(after.core_issues_failed[0].id, "ukraine.core.army_and_aid");
    EXPECT_EQ(after.core_issues_failed[0].clause, Dim::UkraineForces);
    EXPECT_LT(after.core_issues_failed[0].utility, after.core_issues_failed[0].threshold);
    ASSERT_FALSE(after.costliest_clauses.empty());
    EXPECT_TRUE(after.costliest_clauses[0].fails_core_issue);
    // Far below the whole threshold range: no draw accepts either.
    const AcceptanceOdds odds = acceptance_odds(s);
    EXPECT_EQ(odds.parties[static_cast<std::size_t>(Party::Ukraine)].p_accept, 0.0);
    EXPECT_EQ(odds.p_all_accept, 0.0);
}

TEST(CoreIssues, LeavingTheQuestionOpenConcedesNothing) {
    for (const CoreIssue& c : core_issues()) {
        const auto& options = catalog().at(c.dim).options;
        for (std::uint8_t o = 0; o < options.size(); ++o) {
            if (options[o].kind == ClauseKind::LeftOpen) {
                EXPECT_FALSE(fails_core_issue(c, o)) << c.id;
            }
        }
    }
}

TEST(CoreIssues, OptionsARedLineCoversStayRelaxable) {
    const std::size_t rl = *find_red_line("ukraine.no_demilitarisation");
    const Catalog::Ref demil = option_ref("ukraine_forces.demilitarisation");
    for (const CoreIssue& c : core_issues()) {
        if (c.party == Party::Ukraine && c.dim == demil.dim) {
            EXPECT_FALSE(fails_core_issue(c, demil.option)) << c.id;
        }
    }
    Scenario s = preset("us_ukraine_20_point_2025_12");
    s.set_choice(demil.dim, demil.option);
    s.relaxed_red_lines |= std::uint64_t{1} << rl;
    const PartyAcceptance a = evaluate_party(s, Party::Ukraine);
    EXPECT_TRUE(a.core_issues_failed.empty());
}

TEST(CoreIssues, NoClosestAgreementContainsABlockedOption) {
    int deals = 0;
    for (const persist::ScenarioFile& f : persist::presets()) {
        const ClosestAgreement r = find_closest_agreement(f.scenario);
        if (!r.has_solution) continue;
        ++deals;
        for (const CoreIssue& c : core_issues()) {
            EXPECT_FALSE(fails_core_issue(c, r.choices[static_cast<std::size_t>(c.dim)]))
                << f.id << ": " << c.id;
        }
    }
    EXPECT_GT(deals, 0);
}

}  // namespace
}  // namespace armistice
