// value_format.cpp — see value_format.h. snprintf is only ever called with literal formats.
#include "ui/charts/value_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace armistice::ui::charts {
namespace {

// Fixed-point text of |value| rounded to `decimals`, and whether the rounded value is nonzero.
std::string fixed(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = buf;
    // "-0", "-0.0": the sign of something that rounds to zero is noise.
    if (!s.empty() && s[0] == '-' && s.find_first_of("123456789") == std::string::npos) {
        s.erase(0, 1);
    }
    return s;
}

bool is_zero_text(const std::string& s) { return s.find_first_of("123456789") == std::string::npos; }

}  // namespace

std::string format_number(double value, int decimals) {
    if (!std::isfinite(value)) return kMissingValue;
    return fixed(value, std::clamp(decimals, 0, 6));
}

std::string format_percent(double fraction, int decimals) {
    if (!std::isfinite(fraction)) return kMissingValue;
    return fixed(fraction * 100.0, std::clamp(decimals, 0, 3)) + " %";
}

std::string format_percent_range(double lo_fraction, double hi_fraction, int decimals) {
    if (!std::isfinite(lo_fraction) || !std::isfinite(hi_fraction)) return kMissingValue;
    decimals = std::clamp(decimals, 0, 3);
    return fixed(lo_fraction * 100.0, decimals) + "-" + fixed(hi_fraction * 100.0, decimals) +
           " %";
}

std::string format_signed(double value, int decimals, std::string_view unit) {
    if (!std::isfinite(value)) return kMissingValue;
    std::string s = fixed(value, std::clamp(decimals, 0, 6));
    if (s[0] != '-' && !is_zero_text(s)) s.insert(s.begin(), '+');
    if (!unit.empty()) {
        s += ' ';
        s.append(unit.data(), unit.size());
    }
    return s;
}

using text::Str;

std::string format_month_tick(double month, const text::Strings& t) {
    if (!std::isfinite(month)) return kMissingValue;
    const long long m = std::llround(month);
    if (m == 0) return "0";
    if (m % 12 == 0) return t.format(Str::chart_tick_years, {{"n", std::to_string(m / 12)}});
    return t.format(Str::chart_tick_months, {{"n", std::to_string(m)}});
}

std::string format_duration(int months, const text::Strings& t) {
    if (months % 12 == 0 && months != 0) {
        const int years = months / 12;
        return t.format(
            t.plural(years, Str::chart_year_one, Str::chart_year_few, Str::chart_year_many),
            {{"n", std::to_string(years)}});
    }
    if (months >= 24 && months % 6 == 0)
        return t.format(Str::chart_years_fraction, {{"n", fixed(months / 12.0, 1)}});
    return t.format(
        t.plural(months, Str::chart_month_one, Str::chart_month_few, Str::chart_month_many),
        {{"n", std::to_string(months)}});
}

std::string format_month_header(int month, const text::Strings& t) {
    if (month >= 12 && month % 6 == 0) {
        const std::string years =
            month % 12 == 0 ? std::to_string(month / 12) : fixed(month / 12.0, 1);
        return t.format(Str::chart_month_header_years,
                        {{"n", std::to_string(month)}, {"years", years}});
    }
    return t.format(Str::chart_month_header, {{"n", std::to_string(month)}});
}

std::string format_day_tick(double day, const text::Strings& t) {
    if (!std::isfinite(day)) return kMissingValue;
    const long long d = std::llround(day);
    return d == 0 ? "0" : t.format(Str::chart_tick_days, {{"n", std::to_string(d)}});
}

std::string format_days(int days, const text::Strings& t) {
    return t.format(t.plural(days, Str::chart_day_one, Str::chart_day_few, Str::chart_day_many),
                    {{"n", std::to_string(days)}});
}

std::string format_day_header(int day, const text::Strings& t) {
    return t.format(Str::chart_day_header, {{"n", std::to_string(day)}});
}

}  // namespace armistice::ui::charts
