// readout.cpp — see readout.h.
#include "ui/charts/readout.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/value_format.h"

namespace armistice::ui::charts {
namespace {

constexpr const char* kJoin = " \xC2\xB7 ";  // " · " (U+00B7, in ImGui's default Latin-1 range)

std::string series_name(const SurvivalSeries& s, int index) {
    return s.label.empty() ? "Series " + std::to_string(index + 1) : s.label;
}

// Title as a sentence: adds a full stop unless it already ends with . ! ? or :.
std::string sentence(const std::string& title, const char* fallback) {
    if (title.empty()) return fallback;
    const char last = title.back();
    return (last == '.' || last == '!' || last == '?' || last == ':') ? title : title + ".";
}

std::string bar_name(const MarginBar& b, int index) {
    return b.label.empty() ? "Bar " + std::to_string(index + 1) : b.label;
}

// "+12 pts (accepts)" / "-3 pts (rejects)" / "0 pts (indifferent)" / "n/a".
std::string margin_phrase(const MarginChartSpec& spec, double v) {
    if (!std::isfinite(v)) return kMissingValue;
    std::string s = format_signed(v, spec.decimals, spec.unit);
    const std::string rounded = format_number(v, spec.decimals);
    if (rounded.find_first_of("123456789") == std::string::npos) return s + " (indifferent)";
    return s + " (" + (v < 0.0 ? spec.negative_caption : spec.positive_caption) + ")";
}

}  // namespace

int survival_horizon(const SurvivalChartSpec& spec) {
    if (spec.horizon_months > 0) return spec.horizon_months;
    int longest = 0;
    for (const SurvivalSeries& s : spec.series) longest = std::max(longest, s.values.count - 1);
    return longest >= 1 ? longest : 12;  // no data: a one-year axis rather than a 1-month one
}

namespace {
// Day of point `index` of an interim chart (spec.term_days > 0).
int day_of(const SurvivalChartSpec& spec, int index) {
    const int horizon = survival_horizon(spec);
    return static_cast<int>(std::lround(static_cast<double>(index) * spec.term_days / horizon));
}
}  // namespace

std::string survival_time_header(const SurvivalChartSpec& spec, int index) {
    return spec.term_days > 0 ? format_day_header(day_of(spec, index)) : format_month_header(index);
}

std::string survival_time_duration(const SurvivalChartSpec& spec, int index) {
    return spec.term_days > 0 ? format_days(day_of(spec, index)) : format_duration(index);
}

std::vector<std::string> survival_readout_lines(const SurvivalChartSpec& spec, int month) {
    std::vector<std::string> lines;
    const int decimals = spec.percent_decimals;
    for (int i = 0; i < static_cast<int>(spec.series.size()); ++i) {
        const SurvivalSeries& s = spec.series[i];
        std::string line = series_name(s, i) + " " + format_percent(s.values.at(month), decimals);
        const double lo = s.band_lo.at(month);
        const double hi = s.band_hi.at(month);
        if (std::isfinite(lo) && std::isfinite(hi) && std::isfinite(s.values.at(month))) {
            line += " (" + spec.band_label + " " +
                    format_percent_range(std::min(lo, hi), std::max(lo, hi), decimals) + ")";
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string survival_readout(const SurvivalChartSpec& spec, int month) {
    std::string out = survival_time_header(spec, month) + ":";
    const std::vector<std::string> lines = survival_readout_lines(spec, month);
    if (lines.empty()) return out + " no data";
    for (size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? " " : kJoin) + lines[i];
    return out;
}

std::string describe_survival_chart(const SurvivalChartSpec& spec) {
    std::string out = sentence(spec.title, "Survival chart.");
    if (spec.series.empty()) return out + " No data.";
    const int horizon = survival_horizon(spec);
    std::vector<int> months;
    for (int m : spec.marker_months) {
        if (m > 0 && m <= horizon) months.push_back(m);
    }
    if (months.empty()) months.push_back(horizon);
    for (int i = 0; i < static_cast<int>(spec.series.size()); ++i) {
        const SurvivalSeries& s = spec.series[i];
        out += " " + series_name(s, i) + ":";
        for (size_t k = 0; k < months.size(); ++k) {
            out += (k == 0 ? " " : ", ") +
                   format_percent(s.values.at(months[k]), spec.percent_decimals) + " after " +
                   survival_time_duration(spec, months[k]);
        }
        out += ".";
    }
    return out;
}

double margin_extent(const MarginChartSpec& spec) {
    if (std::isfinite(spec.scale_max) && spec.scale_max > 0.0) return spec.scale_max;
    double m = 0.0;
    for (const MarginBar& b : spec.bars) {
        if (std::isfinite(b.value)) m = std::max(m, std::fabs(b.value));
        if (std::isfinite(b.compare)) m = std::max(m, std::fabs(b.compare));
    }
    return m > 0.0 ? m : 1.0;
}

std::vector<std::string> margin_readout_lines(const MarginChartSpec& spec, int index) {
    std::vector<std::string> lines;
    if (index < 0 || index >= static_cast<int>(spec.bars.size())) return lines;
    const MarginBar& b = spec.bars[index];
    lines.push_back(bar_name(b, index));
    lines.push_back(spec.value_name + ": " + margin_phrase(spec, b.value));
    if (std::isfinite(b.compare)) {
        lines.push_back(spec.compare_name + ": " + margin_phrase(spec, b.compare));
    }
    // Note may hold several lines; keep each as its own tooltip line.
    size_t start = 0;
    while (start < b.note.size()) {
        size_t end = b.note.find('\n', start);
        if (end == std::string::npos) end = b.note.size();
        if (end > start) lines.push_back(b.note.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string describe_margin_chart(const MarginChartSpec& spec) {
    std::string out = sentence(spec.title, "Margin chart.");
    if (spec.bars.empty()) return out + " No data.";
    for (int i = 0; i < static_cast<int>(spec.bars.size()); ++i) {
        const MarginBar& b = spec.bars[i];
        out += (i == 0 ? " " : "; ") + bar_name(b, i) + " " + margin_phrase(spec, b.value);
        if (std::isfinite(b.compare)) {
            out += ", " + spec.compare_name + " " + margin_phrase(spec, b.compare);
        }
    }
    return out + ".";
}

}  // namespace armistice::ui::charts
