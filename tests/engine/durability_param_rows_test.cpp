// durability_param_rows_test.cpp — numbers that once bypassed the parameter table (issue #13
// item 4): lens multipliers, lever weights and the hazard clamps are rows, so the model card
// lists them and the uncertainty draws vary them.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "engine/acceptance/alternative.h"
#include "engine/durability/durability.h"
#include "engine/durability/hazard_core.h"
#include "engine/durability/model_card.h"
#include "engine/durability/params.h"
#include "engine/durability/ru_mapping.h"
#include "engine/lens.h"

namespace {

using namespace armistice;
using namespace armistice::durability;

TEST(DurabilityParamRows, LensWeightsAreRowsAndAreDrawn) {
    Scenario s;
    s.lens = LensId::Revisionist;
    const HazardInput in = map_scenario(s);
    ASSERT_TRUE(in.lens_rows.has_value());
    // At point values the core sees exactly the lens the acceptance model sees.
    EXPECT_EQ(lens_weight(in, point_params(), LensWeight::Revisionism),
              lens(LensId::Revisionist).revisionism);
    EXPECT_EQ(lens_weight(in, point_params(), LensWeight::Deterrence),
              lens(LensId::Revisionist).deterrence_effect);
    // Across the drawn sets the weight varies within its row's range.
    std::vector<ParamSet> sets(kParameterSets);
    draw_param_sets(1, kParameterSets, sets.data());
    const ParamRow& row =
        param_table()[static_cast<std::size_t>(ParamId::lens_revisionist_revisionism)];
    double lo = 1e9, hi = -1e9;
    for (const ParamSet& p : sets) {
        const double w = lens_weight(in, p, LensWeight::Revisionism);
        lo = std::min(lo, w);
        hi = std::max(hi, w);
    }
    EXPECT_GE(lo, row.low);
    EXPECT_LE(hi, row.high);
    EXPECT_LT(lo, hi);
    // The evidence lens has no rows: every weight is 1.
    EXPECT_FALSE(map_scenario(Scenario{}).lens_rows.has_value());
    EXPECT_EQ(lens_weight(map_scenario(Scenario{}), sets[0], LensWeight::Leverage), 1.0);
}

TEST(DurabilityParamRows, LeverWeightsComeFromTheTable) {
    Scenario s;
    const LeverInfo& aid = lever_info(Lever::WesternAid);
    s.context.set(Lever::WesternAid, aid.min);  // less aid: more pressure to resume
    const HazardInput in = map_scenario(s);
    ParamSet p = point_params();
    const double base = lever_pressure(in, p);
    EXPECT_GT(base, 0.0);
    p[ParamId::lever_weight_aid] *= 2.0;
    EXPECT_DOUBLE_EQ(lever_pressure(in, p), 2.0 * base);
    EXPECT_EQ(lever_pressure(map_scenario(Scenario{}), point_params()), 0.0);
}

TEST(DurabilityParamRows, ClampsAreRows) {
    // A lever multiplier ceiling of 1 removes any rise from extreme pressure.
    Scenario s;
    for (Lever l : {Lever::WesternAid, Lever::SanctionsPressure})
        s.context.set(l, lever_info(l).min);
    const HazardInput in = map_scenario(s);
    ParamSet p = point_params();
    const double raised = channel_hazards(in, p, 12, 0, 0)[1];
    p[ParamId::lever_multiplier_high] = 1.0;
    EXPECT_LT(channel_hazards(in, p, 12, 0, 0)[1], raised);
}

// Russia's alternative to a deal under a lens (acceptance/alternative.cpp) moves by a row of the
// parameter table, so the model card lists it with its range and source.
TEST(DurabilityParamRows, RevisionismShiftOfTheAlternativeIsARow) {
    const ParamRow& row =
        param_table()[static_cast<std::size_t>(ParamId::revisionism_alternative_points)];
    EXPECT_LT(row.low, row.value);
    EXPECT_LT(row.value, row.high);
    EXPECT_FALSE(row.source.empty());
    const Context ctx = Context::defaults();
    for (LensId id : {LensId::Revisionist, LensId::SecurityDriven, LensId::Leverage}) {
        const double w = lens(id).revisionism;
        ASSERT_NE(w, 1.0);
        EXPECT_DOUBLE_EQ(alternative_to_deal(Party::Russia, ctx, id).lens_shift,
                         row.value * (w - 1.0));
        EXPECT_EQ(alternative_to_deal(Party::Ukraine, ctx, id).lens_shift, 0.0);
    }
    bool listed = false;
    for (const ModelCardRow& r : model_card_rows()) listed = listed || r.name == row.name;
    EXPECT_TRUE(listed);
}

}  // namespace
