// readout.cpp — see readout.h.
#include "ui/charts/readout.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/value_format.h"

namespace armistice::ui::charts {

using text::Str;

namespace {

constexpr const char* kJoin = " \xC2\xB7 ";  // " · " (U+00B7, in ImGui's default Latin-1 range)

std::string series_name(const SurvivalChartSpec& spec, const SurvivalSeries& s, int index) {
    return s.label.empty() ? spec.t.format(Str::chart_series_n, {{"n", std::to_string(index + 1)}})
                           : s.label;
}

// Title as a sentence: adds a full stop unless it already ends with . ! ? or :.
std::string sentence(const std::string& title, std::string_view fallback) {
    if (title.empty()) return std::string(fallback);
    const char last = title.back();
    return (last == '.' || last == '!' || last == '?' || last == ':') ? title : title + ".";
}

std::string bar_name(const MarginChartSpec& spec, const MarginBar& b, int index) {
    return b.label.empty() ? spec.t.format(Str::chart_bar_n, {{"n", std::to_string(index + 1)}})
                           : b.label;
}

// "+12 pts (accepts)" / "-3 pts (rejects)" / "0 pts (indifferent)" / "n/a".
std::string margin_phrase(const MarginChartSpec& spec, double v) {
    if (!std::isfinite(v)) return kMissingValue;
    std::string s = format_signed(v, spec.decimals, spec.unit);
    const std::string rounded = format_number(v, spec.decimals);
    const std::string caption = rounded.find_first_of("123456789") == std::string::npos
                                    ? std::string(spec.t(Str::chart_indifferent))
                                    : (v < 0.0 ? spec.negative_caption : spec.positive_caption);
    return spec.t.format(Str::chart_margin_caption, {{"value", s}, {"caption", caption}});
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
    return spec.term_days > 0 ? format_day_header(day_of(spec, index), spec.t)
                              : format_month_header(index, spec.t);
}

std::string survival_time_duration(const SurvivalChartSpec& spec, int index) {
    return spec.term_days > 0 ? format_days(day_of(spec, index), spec.t)
                              : format_duration(index, spec.t);
}

std::vector<std::string> survival_readout_lines(const SurvivalChartSpec& spec, int month) {
    std::vector<std::string> lines;
    const int decimals = spec.percent_decimals;
    for (int i = 0; i < static_cast<int>(spec.series.size()); ++i) {
        const SurvivalSeries& s = spec.series[i];
        std::string line =
            series_name(spec, s, i) + " " + format_percent(s.values.at(month), decimals);
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
    if (lines.empty()) return out + " " + spec.t(Str::chart_no_data);
    for (size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? " " : kJoin) + lines[i];
    return out;
}

std::string describe_survival_chart(const SurvivalChartSpec& spec) {
    std::string out = sentence(spec.title, spec.t(Str::chart_survival_chart));
    if (spec.series.empty()) return out + " " + spec.t(Str::chart_no_data_sentence);
    const int horizon = survival_horizon(spec);
    std::vector<int> months;
    for (int m : spec.marker_months) {
        if (m > 0 && m <= horizon) months.push_back(m);
    }
    if (months.empty()) months.push_back(horizon);
    for (int i = 0; i < static_cast<int>(spec.series.size()); ++i) {
        const SurvivalSeries& s = spec.series[i];
        out += " " + series_name(spec, s, i) + ":";
        for (size_t k = 0; k < months.size(); ++k) {
            out += (k == 0 ? " " : ", ") +
                   spec.t.format(
                       Str::chart_after,
                       {{"value", format_percent(s.values.at(months[k]), spec.percent_decimals)},
                        {"duration", survival_time_duration(spec, months[k])}});
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
    lines.push_back(bar_name(spec, b, index));
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
    std::string out = sentence(spec.title, spec.t(Str::chart_margin_chart));
    if (spec.bars.empty()) return out + " " + spec.t(Str::chart_no_data_sentence);
    for (int i = 0; i < static_cast<int>(spec.bars.size()); ++i) {
        const MarginBar& b = spec.bars[i];
        out += (i == 0 ? " " : "; ") + bar_name(spec, b, i) + " " + margin_phrase(spec, b.value);
        if (std::isfinite(b.compare)) {
            out += ", " + spec.compare_name + " " + margin_phrase(spec, b.compare);
        }
    }
    return out + ".";
}

}  // namespace armistice::ui::charts
