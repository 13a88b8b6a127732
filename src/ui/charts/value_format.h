// value_format.h — text for tick labels, value read-outs and tooltips, with units.
//
// Purpose: one place that decides how numbers look on charts ("42 %", "5 y", "+12 pts").
// Pure logic (no ImGui): unit-tested in tests/ui/charts_test.cpp.
//
// Invariants:
//  - Numbers are plain ASCII; the words around them (months, years, days) come from the string
//    tables (data/strings/*/panel_charts.csv) in the language of `t` (English by default).
//  - Non-finite input never crashes: it formats as kMissingValue.
//  - Returned strings are data for AddText / TextUnformatted, never printf formats.
//  - Negative zero and values that round to zero print without a sign ("0 %", not "-0 %").
#pragma once

#include <string>
#include <string_view>

#include "text/strings.h"

namespace armistice::ui::charts {

inline constexpr const char* kMissingValue = "n/a";

// A fraction (0.42) as a percentage with `decimals` places: "42 %". decimals clamped to [0, 3].
std::string format_percent(double fraction, int decimals = 0);

// A percentage range from two fractions: "30-55 %".
std::string format_percent_range(double lo_fraction, double hi_fraction, int decimals = 0);

// A plain number with `decimals` places (clamped to [0, 6]): "1.5", "-3".
std::string format_number(double value, int decimals);

// A signed number with an optional unit: "+12 pts", "-5 pts", "0 pts" (unit may be empty;
// a space separates number and unit). decimals clamped to [0, 6].
std::string format_signed(double value, int decimals, std::string_view unit);

// Month tick label (unit: months): 0 -> "0", multiples of 12 -> "5 y", others -> "18 mo".
// Fractional months are rounded to the nearest whole month.
std::string format_month_tick(double month, const text::Strings& t = text::Strings());

// Duration in words for read-outs: 1 -> "1 month", 18 -> "18 months", 60 -> "5 years",
// 12 -> "1 year", 30 -> "2.5 years" (years shown when >= 24 months or a multiple of 12).
std::string format_duration(int months, const text::Strings& t = text::Strings());

// Hover header: "Month 60 (5 y)"; month < 12 or not a multiple of 6: "Month 7".
std::string format_month_header(int month, const text::Strings& t = text::Strings());

// Interim deals, whose axis reads in days of the term: tick "0", "10 d"; duration "1 day",
// "30 days"; hover header "Day 30".
std::string format_day_tick(double day, const text::Strings& t = text::Strings());
std::string format_days(int days, const text::Strings& t = text::Strings());
std::string format_day_header(int day, const text::Strings& t = text::Strings());

}  // namespace armistice::ui::charts
