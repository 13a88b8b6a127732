// charts_test.cpp — pure-logic tests of src/ui/charts: ticks, formatting, geometry/hover
// mapping, palette contrast and text read-outs. No ImGui, no GL context.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "ui/charts/axis_ticks.h"
#include "ui/charts/chart_geometry.h"
#include "ui/charts/palette.h"
#include "ui/charts/readout.h"
#include "ui/charts/value_format.h"

namespace {

using namespace armistice::ui::charts;
constexpr double kInf = std::numeric_limits<double>::infinity();

// Every TickSet invariant from axis_ticks.h.
void expect_valid(const TickSet& t) {
    ASSERT_GE(t.values.size(), 2u);
    ASSERT_LE(static_cast<int>(t.values.size()), kMaxTicks);
    EXPECT_GT(t.step, 0.0);
    EXPECT_TRUE(std::isfinite(t.step));
    EXPECT_EQ(t.values.front(), t.first);
    EXPECT_EQ(t.values.back(), t.last);
    for (size_t i = 1; i < t.values.size(); ++i) {
        EXPECT_NEAR(t.values[i] - t.values[i - 1], t.step, t.step * 1e-9);
    }
    for (double v : t.values) {
        if (v == 0.0) {
            EXPECT_FALSE(std::signbit(v)) << "negative zero tick";
        }
    }
}

// [SECTION] axis_ticks
TEST(ChartsTicks, NiceStepIsOneTwoFive) {
    EXPECT_DOUBLE_EQ(nice_step(0.17), 0.2);
    EXPECT_DOUBLE_EQ(nice_step(0.2), 0.2);
    EXPECT_DOUBLE_EQ(nice_step(0.21), 0.5);
    EXPECT_DOUBLE_EQ(nice_step(3.0), 5.0);
    EXPECT_DOUBLE_EQ(nice_step(7.0), 10.0);
    EXPECT_DOUBLE_EQ(nice_step(1000.0), 1000.0);
    EXPECT_DOUBLE_EQ(nice_step(0.0), 1.0);
    EXPECT_DOUBLE_EQ(nice_step(-3.0), 1.0);
    EXPECT_DOUBLE_EQ(nice_step(std::nan("")), 1.0);
}

TEST(ChartsTicks, PercentAxis) {
    const TickSet t = nice_ticks(0.0, 1.0, 6);
    expect_valid(t);
    EXPECT_DOUBLE_EQ(t.step, 0.2);
    EXPECT_EQ(t.values.size(), 6u);
    EXPECT_EQ(t.first, 0.0);
    EXPECT_DOUBLE_EQ(t.last, 1.0);
    const TickSet small = nice_ticks(0.0, 1.0, 3);
    EXPECT_DOUBLE_EQ(small.step, 0.5);
    EXPECT_EQ(small.values.size(), 3u);
}

TEST(ChartsTicks, CoversRangeAndRespectsMaxCount) {
    const double ranges[][2] = {{-3.7, 12.2}, {0.001, 0.0093}, {-1e6, 5e5}, {97, 103}, {5, -5}};
    for (const auto& r : ranges) {
        for (int max_ticks = 2; max_ticks <= 12; ++max_ticks) {
            const TickSet t = nice_ticks(r[0], r[1], max_ticks);
            expect_valid(t);
            EXPECT_LE(static_cast<int>(t.values.size()), std::max(max_ticks, 3));
            EXPECT_LE(t.first, std::min(r[0], r[1]) + 1e-12);
            EXPECT_GE(t.last, std::max(r[0], r[1]) - 1e-12);
        }
    }
}

TEST(ChartsTicks, DegenerateInputStillValid) {
    expect_valid(nice_ticks(0.0, 0.0, 5));
    expect_valid(nice_ticks(42.0, 42.0, 5));
    expect_valid(nice_ticks(std::nan(""), 1.0, 5));
    expect_valid(nice_ticks(0.0, kInf, 5));
    expect_valid(nice_ticks(0.0, 1.0, -7));
    expect_valid(nice_ticks(0.0, 1.0, 100000));
    const TickSet z = nice_ticks(-0.3, 0.3, 7);
    expect_valid(z);
    bool has_zero = false;
    for (double v : z.values) has_zero = has_zero || v == 0.0;
    EXPECT_TRUE(has_zero);
}

TEST(ChartsTicks, SymmetricTicks) {
    const TickSet t = symmetric_ticks(31.5, 3);
    expect_valid(t);
    EXPECT_EQ(t.first, -t.last);
    EXPECT_GE(t.last, 31.5);
    EXPECT_LE(t.values.size(), 7u);
    EXPECT_DOUBLE_EQ(t.step, 20.0);  // -40 -20 0 20 40
    for (double m : {0.0, -5.0, 1e-9, 1e9, std::nan(""), kInf}) {
        const TickSet s = symmetric_ticks(m, 4);
        expect_valid(s);
        EXPECT_EQ(s.first, -s.last);
        EXPECT_EQ(s.values[s.values.size() / 2], 0.0);
    }
}

TEST(ChartsTicks, MonthTicksReadAsYears) {
    const TickSet t = month_ticks(120, 11);
    expect_valid(t);
    EXPECT_DOUBLE_EQ(t.step, 12.0);
    EXPECT_DOUBLE_EQ(t.last, 120.0);
    const TickSet t2 = month_ticks(240, 6);
    EXPECT_DOUBLE_EQ(t2.step, 60.0);
    const TickSet t4 = month_ticks(240, 9);  // 36 would fit but ends at 216: prefer 60
    EXPECT_DOUBLE_EQ(t4.step, 60.0);
    EXPECT_DOUBLE_EQ(t4.last, 240.0);
    const TickSet t3 = month_ticks(12, 13);
    EXPECT_DOUBLE_EQ(t3.step, 1.0);
    for (int horizon = -3; horizon <= 260; ++horizon) {
        for (int max_ticks : {2, 3, 5, 8, 13}) {
            const TickSet m = month_ticks(horizon, max_ticks);
            expect_valid(m);
            EXPECT_LE(static_cast<int>(m.values.size()), max_ticks);
            EXPECT_LE(m.last, std::max(horizon, 1));  // never beyond the horizon
            EXPECT_EQ(m.first, 0.0);
        }
    }
}

// An interim deal's axis reads in days of its term (a 30-day truce: 0, 5 d … 30 d).
TEST(ChartsTicks, DayTicksCoverTheTerm) {
    const TickSet t = day_ticks(30, 8);
    expect_valid(t);
    EXPECT_DOUBLE_EQ(t.last, 30.0);
    EXPECT_LE(t.values.size(), 8u);
    const TickSet t2 = day_ticks(90, 6);
    EXPECT_DOUBLE_EQ(t2.last, 90.0);
    for (int days = -3; days <= 400; days += 7) {
        for (int max_ticks : {2, 3, 5, 8}) {
            const TickSet d = day_ticks(days, max_ticks);
            expect_valid(d);
            EXPECT_LE(static_cast<int>(d.values.size()), max_ticks);
            EXPECT_LE(d.last, std::max(days, 1));
            EXPECT_EQ(d.first, 0.0);
        }
    }
    EXPECT_EQ(format_day_tick(0), "0");
    EXPECT_EQ(format_day_tick(30), "30 d");
    EXPECT_EQ(format_days(1), "1 day");
    EXPECT_EQ(format_day_header(30), "Day 30");
}

TEST(ChartsTicks, DecimalsForStep) {
    EXPECT_EQ(decimals_for_step(20.0), 0);
    EXPECT_EQ(decimals_for_step(1.0), 0);
    EXPECT_EQ(decimals_for_step(0.5), 1);
    EXPECT_EQ(decimals_for_step(0.05), 2);
    EXPECT_EQ(decimals_for_step(0.2 * 100.0), 0);
    EXPECT_EQ(decimals_for_step(0.0), 0);
    EXPECT_EQ(decimals_for_step(std::nan("")), 0);
}

// [SECTION] value_format
TEST(ChartsFormat, Percent) {
    EXPECT_EQ(format_percent(0.42), "42 %");
    EXPECT_EQ(format_percent(0.4249, 1), "42.5 %");
    EXPECT_EQ(format_percent(1.0), "100 %");
    EXPECT_EQ(format_percent(-0.001), "0 %");
    EXPECT_EQ(format_percent(std::nan("")), kMissingValue);
    EXPECT_EQ(format_percent_range(0.3, 0.55), "30-55 %");
    EXPECT_EQ(format_percent_range(0.3, kInf), kMissingValue);
}

TEST(ChartsFormat, Signed) {
    EXPECT_EQ(format_signed(12.0, 0, "pts"), "+12 pts");
    EXPECT_EQ(format_signed(-5.25, 1, "pts"), "-5.2 pts");  // round-half-even of binary 5.25
    EXPECT_EQ(format_signed(0.0, 0, "pts"), "0 pts");
    EXPECT_EQ(format_signed(-0.2, 0, ""), "0");
    EXPECT_EQ(format_signed(3.0, 0, ""), "+3");
    EXPECT_EQ(format_signed(std::nan(""), 0, "pts"), kMissingValue);
    EXPECT_EQ(format_number(-0.0, 2), "0.00");
}

TEST(ChartsFormat, Months) {
    EXPECT_EQ(format_month_tick(0), "0");
    EXPECT_EQ(format_month_tick(12), "1 y");
    EXPECT_EQ(format_month_tick(60), "5 y");
    EXPECT_EQ(format_month_tick(18), "18 mo");
    EXPECT_EQ(format_month_tick(5.99), "6 mo");
    EXPECT_EQ(format_month_tick(std::nan("")), kMissingValue);
    EXPECT_EQ(format_month_header(60), "Month 60 (5 y)");
    EXPECT_EQ(format_month_header(30), "Month 30 (2.5 y)");
    EXPECT_EQ(format_month_header(7), "Month 7");
    EXPECT_EQ(format_duration(1), "1 month");
    EXPECT_EQ(format_duration(12), "1 year");
    EXPECT_EQ(format_duration(120), "10 years");
    EXPECT_EQ(format_duration(30), "2.5 years");
    EXPECT_EQ(format_duration(18), "18 months");
}

// [SECTION] chart_geometry
TEST(ChartsGeometry, LinearMapRoundTrip) {
    const LinearMap y{0.0, 1.0, 300.0f, 100.0f};  // y axis: up is larger
    EXPECT_FLOAT_EQ(y.to_px(0.0), 300.0f);
    EXPECT_FLOAT_EQ(y.to_px(1.0), 100.0f);
    EXPECT_FLOAT_EQ(y.to_px(0.25), 250.0f);
    EXPECT_NEAR(y.to_value(250.0f), 0.25, 1e-6);
}

TEST(ChartsGeometry, DegenerateMapsDoNotDivideByZero) {
    const LinearMap flat_domain{5.0, 5.0, 10.0f, 90.0f};
    EXPECT_FLOAT_EQ(flat_domain.to_px(5.0), 10.0f);
    EXPECT_FLOAT_EQ(flat_domain.to_px(1e9), 10.0f);
    const LinearMap flat_range{0.0, 10.0, 50.0f, 50.0f};
    EXPECT_DOUBLE_EQ(flat_range.to_value(50.0f), 0.0);
    EXPECT_FLOAT_EQ(flat_range.to_px(std::nan("")), 50.0f);
}

TEST(ChartsGeometry, HoverIndexMapping) {
    // 121 months (0..120) across 600 px starting at x = 100: 5 px per month.
    const LinearMap x{0.0, 120.0, 100.0f, 700.0f};
    EXPECT_EQ(nearest_index(100.0f, x, 121), 0);
    EXPECT_EQ(nearest_index(400.0f, x, 121), 60);
    EXPECT_EQ(nearest_index(402.4f, x, 121), 60);
    EXPECT_EQ(nearest_index(402.6f, x, 121), 61);
    EXPECT_EQ(nearest_index(700.0f, x, 121), 120);
    EXPECT_EQ(nearest_index(-50.0f, x, 121), 0);     // clamped left
    EXPECT_EQ(nearest_index(5000.0f, x, 121), 120);  // clamped right
    EXPECT_EQ(nearest_index(400.0f, x, 0), -1);
    EXPECT_EQ(nearest_index(std::nanf(""), x, 121), 0);
    const LinearMap zero_width{0.0, 120.0, 100.0f, 100.0f};
    EXPECT_EQ(nearest_index(100.0f, zero_width, 121), 0);
}

TEST(ChartsGeometry, RowAt) {
    EXPECT_EQ(row_at(105.0f, 100.0f, 20.0f, 4), 0);
    EXPECT_EQ(row_at(179.9f, 100.0f, 20.0f, 4), 3);
    EXPECT_EQ(row_at(180.0f, 100.0f, 20.0f, 4), -1);
    EXPECT_EQ(row_at(99.0f, 100.0f, 20.0f, 4), -1);
    EXPECT_EQ(row_at(105.0f, 100.0f, 0.0f, 4), -1);
    EXPECT_EQ(row_at(105.0f, 100.0f, 20.0f, 0), -1);
}

TEST(ChartsGeometry, LayoutHidesPlotWhenTooSmall) {
    LineLayoutInput in;
    in.font_size = 13.0f;
    in.y_label_width = 30.0f;
    in.title_height = 16.0f;
    in.legend_height = 17.0f;
    in.canvas = {0, 0, 600, 300};
    const LineLayout big = layout_line_chart(in);
    EXPECT_TRUE(big.plot_visible);
    EXPECT_GT(big.plot.x0, 30.0f);
    EXPECT_GE(big.plot.y0, 33.0f);
    EXPECT_LT(big.plot.y1, 300.0f);
    EXPECT_GE(big.plot.width(), kMinPlotWidth);
    for (const Rect tiny : {Rect{0, 0, 1, 1}, Rect{0, 0, 0, 0}, Rect{0, 0, 600, 40},
                            Rect{0, 0, 50, 300}, Rect{10, 10, -10, -10}}) {
        in.canvas = tiny;
        const LineLayout l = layout_line_chart(in);
        EXPECT_FALSE(l.plot_visible);
        EXPECT_GE(l.plot.width(), 0.0f);
        EXPECT_GE(l.plot.height(), 0.0f);
    }
    in.canvas = {0, 0, std::nanf(""), 300};
    EXPECT_FALSE(layout_line_chart(in).plot_visible);
}

// [SECTION] palette
TEST(ChartsPalette, ContrastRatioKnownValues) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({255, 255, 255}, {255, 255, 255}), 1.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({0x00, 0x72, 0xB2}, {255, 255, 255}), 5.1, 0.1);  // Okabe-Ito blue
}

TEST(ChartsPalette, SeriesMeetContrastOnLightAndDark) {
    const Rgb backgrounds[] = {{255, 255, 255}, {240, 240, 240}, {15, 15, 15}, {23, 26, 31},
                               {128, 128, 128}};
    const Rgb texts[] = {{0, 0, 0}, {0, 0, 0}, {255, 255, 255}, {235, 235, 240}, {255, 255, 255}};
    for (int k = 0; k < 5; ++k) {
        const ChartColors c = make_chart_colors(backgrounds[k], texts[k]);
        EXPECT_GE(contrast_ratio(c.text, c.background), kMinTextContrast);
        EXPECT_GE(contrast_ratio(c.muted_text, c.background), kMinTextContrast);
        EXPECT_GE(contrast_ratio(c.axis, c.background), kMinGraphicContrast);
        EXPECT_GE(contrast_ratio(c.negative, c.background), kMinGraphicContrast);
        EXPECT_GE(contrast_ratio(c.positive, c.background), kMinGraphicContrast);
        for (int i = 0; i < kOkabeItoCount; ++i) {
            EXPECT_GE(contrast_ratio(series_color(c, i), c.background), kMinGraphicContrast)
                << "background " << k << " slot " << i;
        }
        EXPECT_NE(c.negative, c.positive);
    }
}

TEST(ChartsPalette, ThemeDetectionAndSlots) {
    EXPECT_FALSE(is_dark_background({240, 240, 240}));
    EXPECT_TRUE(is_dark_background({15, 15, 15}));
    const ChartColors light = make_chart_colors({255, 255, 255}, {0, 0, 0});
    EXPECT_EQ(series_color(light, -3), series_color(light, 0));
    EXPECT_EQ(series_color(light, 8), series_color(light, 0));
    // The first slots keep their Okabe-Ito hue unchanged where contrast already suffices.
    EXPECT_EQ(series_color(light, 0), okabe_ito(5));
    const ChartColors dark = make_chart_colors({15, 15, 15}, {255, 255, 255});
    EXPECT_EQ(series_color(dark, 0), okabe_ito(2));
}

// [SECTION] readout
SurvivalChartSpec sample_spec(std::vector<double>* deal, std::vector<double>* lo,
                              std::vector<double>* hi, std::vector<double>* base) {
    deal->assign(121, 0.0);
    lo->assign(121, 0.0);
    hi->assign(121, 0.0);
    base->assign(121, 0.0);
    for (int m = 0; m <= 120; ++m) {
        (*deal)[m] = 1.0 - 0.58 * m / 60.0 * (m <= 60 ? 1.0 : 0.0) - (m > 60 ? 0.58 : 0.0);
        (*lo)[m] = (*deal)[m] - 0.12;
        (*hi)[m] = (*deal)[m] + 0.13;
        (*base)[m] = m == 60 ? 0.12 : 0.5;
    }
    SurvivalChartSpec spec;
    spec.title = "Chance the ceasefire holds";
    SurvivalSeries a;
    a.label = "This deal";
    a.values = *deal;
    a.band_lo = *lo;
    a.band_hi = *hi;
    spec.series.push_back(a);
    SurvivalSeries b;
    b.label = "Baseline";
    b.values = *base;
    b.dashed = true;
    spec.series.push_back(b);
    return spec;
}

TEST(ChartsReadout, SurvivalReadoutMatchesSpecExample) {
    std::vector<double> deal, lo, hi, base;
    const SurvivalChartSpec spec = sample_spec(&deal, &lo, &hi, &base);
    EXPECT_EQ(survival_horizon(spec), 120);
    EXPECT_EQ(survival_readout(spec, 60),
              "Month 60 (5 y): This deal 42 % (90% band 30-55 %) \xC2\xB7 Baseline 12 %");
    const std::vector<std::string> lines = survival_readout_lines(spec, 500);  // out of range
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "This deal n/a");
}

TEST(ChartsReadout, NaNAndEmptySpecs) {
    SurvivalChartSpec empty;
    EXPECT_EQ(survival_horizon(empty), 12);
    EXPECT_EQ(survival_readout(empty, 3), "Month 3: no data");
    EXPECT_EQ(describe_survival_chart(empty), "Survival chart. No data.");
    std::vector<double> v = {1.0, std::nan(""), 0.5};
    SurvivalChartSpec s;
    SurvivalSeries a;
    a.values = v;
    s.series.push_back(a);
    s.marker_months = {};
    EXPECT_EQ(survival_readout(s, 1), "Month 1: Series 1 n/a");
    EXPECT_EQ(describe_survival_chart(s), "Survival chart. Series 1: 50 % after 2 months.");
}

TEST(ChartsReadout, DescribeSurvivalUsesMarkers) {
    std::vector<double> deal, lo, hi, base;
    const SurvivalChartSpec spec = sample_spec(&deal, &lo, &hi, &base);
    const std::string d = describe_survival_chart(spec);
    EXPECT_NE(d.find("Chance the ceasefire holds."), std::string::npos);
    EXPECT_NE(d.find("This deal: 88 % after 1 year, 42 % after 5 years, 42 % after 10 years."),
              std::string::npos)
        << d;
}

TEST(ChartsReadout, MarginReadout) {
    MarginChartSpec spec;
    spec.title = "Will they sign?";
    spec.bars = {{"Ukraine", 14.0, 6.0, "Red line kept\nSecond note"},
                 {"Russia", -31.5, kNaN, ""},
                 {"", kNaN, kNaN, ""}};
    EXPECT_DOUBLE_EQ(margin_extent(spec), 31.5);
    const std::vector<std::string> l = margin_readout_lines(spec, 0);
    ASSERT_EQ(l.size(), 5u);
    EXPECT_EQ(l[0], "Ukraine");
    EXPECT_EQ(l[1], "This deal: +14 pts (accepts)");
    EXPECT_EQ(l[2], "Compare: +6 pts (accepts)");
    EXPECT_EQ(l[3], "Red line kept");
    EXPECT_EQ(l[4], "Second note");
    EXPECT_TRUE(margin_readout_lines(spec, 7).empty());
    EXPECT_TRUE(margin_readout_lines(spec, -1).empty());
    EXPECT_EQ(describe_margin_chart(spec),
              "Will they sign? Ukraine +14 pts (accepts), Compare +6 pts (accepts); "
              "Russia -32 pts (rejects); Bar 3 n/a.");
    MarginChartSpec none;
    EXPECT_DOUBLE_EQ(margin_extent(none), 1.0);
    EXPECT_EQ(describe_margin_chart(none), "Margin chart. No data.");
    none.scale_max = 50.0;
    EXPECT_DOUBLE_EQ(margin_extent(none), 50.0);
}

TEST(ChartsReadout, UntrustedTextIsCopiedVerbatim) {
    MarginChartSpec spec;
    spec.bars = {{"%s%n%x", 1.0, kNaN, "%d"}};
    const std::vector<std::string> l = margin_readout_lines(spec, 0);
    ASSERT_EQ(l.size(), 3u);
    EXPECT_EQ(l[0], "%s%n%x");
    EXPECT_EQ(l[2], "%d");
}

}  // namespace
