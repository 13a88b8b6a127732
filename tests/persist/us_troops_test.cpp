// us_troops_test.cpp — the 2025 US refusal to put its own soldiers in Ukraine: an appended
// catalog option (a Western deployment, so a unilateral act the search never proposes) and a
// sourced US red line against it, relaxable like every red line.
#include <gtest/gtest.h>

#include "engine/acceptance/acceptance.h"
#include "engine/red_lines.h"
#include "persist/presets.h"

namespace armistice {
namespace {

TEST(UsTroops, IsAnAppendedUnilateralDeployment) {
    const auto& options = catalog().at(Dim::ForeignForces).options;
    const Catalog::Ref ref = option_ref("foreign_forces.us_troops");
    EXPECT_EQ(ref.option + 1u, options.size()) << "appended, never inserted";
    EXPECT_EQ(options[ref.option - 1].kind, ClauseKind::LeftOpen) << "after the older options";
    EXPECT_EQ(options[ref.option].kind, ClauseKind::UnilateralAct);
}

TEST(UsTroops, TheUnitedStatesRefusesAndRussiaToo) {
    const persist::ScenarioFile* f = persist::find_preset("paris_declaration_2026_01");
    ASSERT_NE(f, nullptr);
    Scenario s = f->scenario;
    const Catalog::Ref ref = option_ref("foreign_forces.us_troops");
    s.set_choice(ref.dim, ref.option);
    const std::size_t us_line = *find_red_line("united_states.no_us_troops");
    const PartyAcceptance us = evaluate_party(s, Party::UnitedStates);
    EXPECT_FALSE(us.accepts);
    ASSERT_EQ(us.red_lines_crossed.size(), 1u);
    EXPECT_EQ(us.red_lines_crossed[0].red_line, us_line);
    EXPECT_EQ(acceptance_odds(s).parties[static_cast<std::size_t>(Party::UnitedStates)].p_accept, 0.0);
    EXPECT_FALSE(evaluate_party(s, Party::Russia).accepts);
    s.relaxed_red_lines |= std::uint64_t{1} << us_line;
    const PartyAcceptance relaxed = evaluate_party(s, Party::UnitedStates);
    ASSERT_EQ(relaxed.red_lines_crossed.size(), 1u);
    EXPECT_TRUE(relaxed.red_lines_crossed[0].relaxed);
    // The search never proposes a unilateral act, so it replaces the clause.
    const ClosestAgreement c = find_closest_agreement(s);
    if (c.has_solution) {
        EXPECT_NE(c.choices[static_cast<std::size_t>(ref.dim)], ref.option);
    }
}

}  // namespace
}  // namespace armistice
