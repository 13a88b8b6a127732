// hold_chart_test.cpp — an interim deal's hold chart uses its own horizon (issue #12): for every
// preset the engine judges interim, the chart ends at the term, is marked there only, reads in
// days when the term has a length, and its words carry no 1/5/10-year figure; a lasting deal's
// chart keeps the 1/5/10-year markers.
#include <gtest/gtest.h>

#include <string>

#include "engine/durability/interim.h"
#include "engine/scope.h"
#include "persist/presets.h"
#include "text/strings.h"
#include "ui/charts/readout.h"
#include "ui/engine_bridge.h"
#include "ui/hold_chart.h"

namespace {

using namespace armistice;
namespace charts = armistice::ui::charts;

ui::HoldOutcome hold_of(Scenario s) {
    s.sim.runs = 2000;  // the horizon and wording do not depend on the run count
    ui::bridge::HoldJob job(s);
    while (!job.done()) job.advance(2000);
    return job.snapshot();
}

bool mentions_years(const std::string& s) {
    return s.find("year") != std::string::npos || s.find(" y)") != std::string::npos;
}

TEST(HoldChart, InterimPresetsUseTheirOwnHorizon) {
    int interim = 0;
    for (const persist::ScenarioFile& f : persist::presets()) {
        const AgreementScope scope = scope_of(f.scenario);
        if (!is_interim(scope)) continue;
        ++interim;
        ui::HoldOutcome h = hold_of(f.scenario);
        ASSERT_TRUE(h.interim) << f.id;
        // The bare-ceasefire baseline is a lasting curve of 10 years: the chart must cut it.
        h.baseline.assign(121, 0.5);
        const charts::SurvivalChartSpec spec =
            ui::hold_chart_spec(text::Strings(), h, "This agreement");
        const int months = static_cast<int>(durability::interim_horizon_months(scope));
        EXPECT_EQ(charts::survival_horizon(spec), months) << f.id;
        ASSERT_EQ(spec.marker_months.size(), 1u) << f.id;
        EXPECT_EQ(spec.marker_months[0], months) << f.id;
        EXPECT_EQ(spec.term_days, static_cast<int>(scope.term_days)) << f.id;
        const std::string words = charts::describe_survival_chart(spec);
        EXPECT_FALSE(mentions_years(words)) << f.id << ": " << words;
        if (scope.term_days > 0) {
            EXPECT_NE(words.find("after " + std::to_string(scope.term_days) + " days"),
                      std::string::npos)
                << f.id << ": " << words;
        }
        for (int m = 0; m <= months; ++m) {
            const std::string r = charts::survival_readout(spec, m);
            EXPECT_FALSE(mentions_years(r)) << f.id << ": " << r;
        }
    }
    EXPECT_GE(interim, 3);
}

TEST(HoldChart, LastingDealsKeepTheYearMarkers) {
    const persist::ScenarioFile* f = persist::find_preset("nato_norway");
    ASSERT_NE(f, nullptr);
    const ui::HoldOutcome h = hold_of(f->scenario);
    ASSERT_FALSE(h.interim);
    const charts::SurvivalChartSpec spec =
        ui::hold_chart_spec(text::Strings(), h, "This agreement");
    EXPECT_EQ(spec.term_days, 0);
    EXPECT_EQ(charts::survival_horizon(spec), 120);
    const std::string words = charts::describe_survival_chart(spec);
    EXPECT_NE(words.find("after 5 years"), std::string::npos) << words;
}

// The chart's own names (band, baseline) follow the reader's language.
TEST(HoldChart, SeriesNamesInTheReadersLanguage) {
    ui::HoldOutcome h;
    h.survival.assign(121, 0.9);
    h.baseline.assign(121, 0.5);
    const auto en = ui::hold_chart_spec(text::Strings(), h, "x");
    ASSERT_EQ(en.series.size(), 2u);
    EXPECT_EQ(en.series[1].label, "Bare ceasefire, same context");
    EXPECT_EQ(en.band_label, "range across model assumptions (5–95%)");
    for (const char* code : {"uk", "ru"}) {
        const auto spec = ui::hold_chart_spec(text::Strings(*text::find_language(code)), h, "x");
        ASSERT_EQ(spec.series.size(), 2u);
        EXPECT_NE(spec.series[1].label, en.series[1].label) << code;
        EXPECT_NE(spec.band_label, en.band_label) << code;
        EXPECT_NE(spec.series[1].label.find("\xD0"), std::string::npos) << code << ": Cyrillic";
    }
}

}  // namespace
