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

std::string format_month_tick(double month) {
    if (!std::isfinite(month)) return kMissingValue;
    const long long m = std::llround(month);
    if (m == 0) return "0";
    if (m % 12 == 0) return std::to_string(m / 12) + " y";
    return std::to_string(m) + " mo";
}

std::string format_duration(int months) {
    if (months == 1) return "1 month";
    if (months == 12) return "1 year";
    if (months % 12 == 0 && months != 0) return std::to_string(months / 12) + " years";
    if (months >= 24 && months % 6 == 0) return fixed(months / 12.0, 1) + " years";
    return std::to_string(months) + " months";
}

std::string format_month_header(int month) {
    std::string s = "Month " + std::to_string(month);
    if (month >= 12 && month % 6 == 0) {
        s += " (";
        s += month % 12 == 0 ? std::to_string(month / 12) : fixed(month / 12.0, 1);
        s += " y)";
    }
    return s;
}

std::string format_day_tick(double day) {
    if (!std::isfinite(day)) return kMissingValue;
    const long long d = std::llround(day);
    return d == 0 ? "0" : std::to_string(d) + " d";
}

std::string format_days(int days) {
    return days == 1 ? "1 day" : std::to_string(days) + " days";
}

std::string format_day_header(int day) {
    return "Day " + std::to_string(day);
}

}  // namespace armistice::ui::charts
