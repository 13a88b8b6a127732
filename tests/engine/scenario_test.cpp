// scenario_test.cpp — defaults are valid, validate() names every problem with its field path,
// and the context and lens tables are complete.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "engine/context.h"
#include "engine/lens.h"
#include "engine/red_lines.h"
#include "engine/scenario.h"

namespace armistice {
namespace {

bool has_issue(const std::vector<ValidationIssue>& issues, const std::string& path) {
    for (const auto& i : issues) {
        if (i.path == path) return true;
    }
    return false;
}

TEST(Scenario, DefaultIsValid) { EXPECT_TRUE(validate(Scenario{}).empty()); }

TEST(Scenario, OutOfRangeChoiceIsReportedWithItsDimension) {
    Scenario s;
    s.set_choice(Dim::Alignment, 200);
    const auto issues = validate(s);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].path, "clauses.alignment");
    EXPECT_NE(issues[0].message.find("does not exist"), std::string::npos);
}

TEST(Scenario, EveryLeverRejectsOutOfRangeAndNonFiniteValues) {
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const LeverInfo& info = lever_info(static_cast<Lever>(l));
        const std::string path = "context." + std::string(info.id);
        for (const double bad : {info.min - info.step, info.max + info.step,
                                 std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity()}) {
            Scenario s;
            s.context.values[l] = bad;
            EXPECT_TRUE(has_issue(validate(s), path)) << path << " = " << bad;
        }
        Scenario edge;
        edge.context.values[l] = info.max;
        EXPECT_TRUE(validate(edge).empty()) << path << " at its maximum";
    }
}

TEST(Scenario, TextFieldsAreBoundedAndMustBeCleanUtf8) {
    Scenario s;
    s.name = std::string(kMaxNameBytes + 1, 'x');
    EXPECT_TRUE(has_issue(validate(s), "name"));
    s.name = "Bad \x01 control";
    EXPECT_TRUE(has_issue(validate(s), "name"));
    s.name = "\xC0\xAF";  // overlong encoding of '/'
    EXPECT_TRUE(has_issue(validate(s), "name"));
    s.name = "Мирна угода – Ceasefire";  // Cyrillic and an en dash are fine
    EXPECT_TRUE(validate(s).empty());
    s.description = "Line one.\nLine two.";
    EXPECT_TRUE(validate(s).empty());
    s.name = "No\nnewlines in names";
    EXPECT_TRUE(has_issue(validate(s), "name"));
}

TEST(Scenario, SimulationSettingsAndRedLinesAreBounded) {
    Scenario s;
    s.sim.runs = SimSettings::kMaxRuns + 1;
    s.sim.horizon_months = 6;
    s.relaxed_red_lines = std::uint64_t{1} << 63;
    const auto issues = validate(s);
    EXPECT_TRUE(has_issue(issues, "simulation.runs"));
    EXPECT_TRUE(has_issue(issues, "simulation.horizon_months"));
    EXPECT_TRUE(has_issue(issues, "relaxed_red_lines"));
    Scenario ok;
    ok.relaxed_red_lines = (std::uint64_t{1} << red_lines().size()) - 1;
    EXPECT_TRUE(validate(ok).empty());
}

TEST(Scenario, MechanismsAreTheUnionOfChosenOptions) {
    Scenario s;
    s.set_choice(Dim::Separation, *catalog().find_option(Dim::Separation, "dmz_wide"));
    s.set_choice(Dim::Monitoring, *catalog().find_option(Dim::Monitoring, "neutral_armed_force"));
    const MechanismSet m = s.mechanisms();
    EXPECT_TRUE(has(m, Mechanism::Dmz));
    EXPECT_TRUE(has(m, Mechanism::DmzWide));
    EXPECT_TRUE(has(m, Mechanism::ArmedNeutralForce));
    EXPECT_FALSE(has(m, Mechanism::ForceWithParty));
}

TEST(Context, DefaultsLieInsideRangesOnTheStepGrid) {
    const Context c = Context::defaults();
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const LeverInfo& info = lever_info(static_cast<Lever>(l));
        SCOPED_TRACE(std::string(info.id));
        EXPECT_EQ(static_cast<std::size_t>(info.lever), l);
        EXPECT_LT(info.min, info.max);
        EXPECT_GT(info.step, 0.0);
        EXPECT_GE(c.values[l], info.min);
        EXPECT_LE(c.values[l], info.max);
        const double steps = (c.values[l] - info.min) / info.step;
        EXPECT_NEAR(steps, std::round(steps), 1e-9) << "default off the slider grid";
        EXPECT_FALSE(info.unit.empty());
        EXPECT_FALSE(info.source_note.empty());
        EXPECT_GE(c.normalised(static_cast<Lever>(l)), 0.0);
        EXPECT_LE(c.normalised(static_cast<Lever>(l)), 1.0);
    }
}

TEST(Lens, EveryLensIsDescribedAndItsMultipliersAreBounded) {
    for (std::size_t i = 0; i < kLensCount; ++i) {
        const Lens& l = lens(static_cast<LensId>(i));
        SCOPED_TRACE(std::string(l.key));
        EXPECT_EQ(static_cast<std::size_t>(l.id), i);
        EXPECT_FALSE(l.description.empty());
        for (const double m : {l.revisionism, l.concession_effect, l.western_presence_risk,
                               l.deterrence_effect, l.institution_effect, l.leverage_effect}) {
            EXPECT_GE(m, 0.25);
            EXPECT_LE(m, 4.0);
        }
    }
    const Lens& evidence = lens(LensId::Evidence);
    EXPECT_EQ(evidence.revisionism, 1.0);
    EXPECT_EQ(evidence.leverage_effect, 1.0);
}

}  // namespace
}  // namespace armistice
