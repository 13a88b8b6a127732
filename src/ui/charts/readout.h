// readout.h — chart content as plain text: hover read-outs and accessible descriptions.
//
// Purpose: the words a tooltip shows and the summary a screen reader gets (the panel passes
// describe_*() to the page's aria-live mirror). Pure logic (no ImGui), unit-tested.
//
// Invariants: never throws on empty specs, NaN values or out-of-range indices (those read
// "n/a" or are omitted); output is data for TextUnformatted, never a format string.
#pragma once

#include <string>
#include <vector>

#include "ui/charts/chart_specs.h"

namespace armistice::ui::charts {

// x-axis end of a survival chart in months: spec.horizon_months if > 0, otherwise the longest
// series' count - 1 (12 when no series has 2+ points); always >= 1.
int survival_horizon(const SurvivalChartSpec& spec);

// One line per series for the hover tooltip at `month`, e.g. "This deal 42 % (90% band 30-55 %)".
// Series without a finite value at that month read "n/a".
std::vector<std::string> survival_readout_lines(const SurvivalChartSpec& spec, int month);

// The time of point `index` in words for a header ("Month 60 (5 y)", or "Day 30" when
// spec.term_days > 0) and as a duration ("5 years", "30 days").
std::string survival_time_header(const SurvivalChartSpec& spec, int index);
std::string survival_time_duration(const SurvivalChartSpec& spec, int index);

// Single-line read-out: "Month 60 (5 y): This deal 42 % (90% band 30-55 %) · Baseline 12 %".
std::string survival_readout(const SurvivalChartSpec& spec, int month);

// Plain-text description: title, then each series at the marker months, e.g.
// "Chance the ceasefire holds. This deal: 80 % after 1 year, 42 % after 5 years ...".
std::string describe_survival_chart(const SurvivalChartSpec& spec);

// Axis end of a margin chart: spec.scale_max when set, else max |value|, |compare| (>0).
double margin_extent(const MarginChartSpec& spec);

// Tooltip lines for bar `index`: label, value (and what it means), compare, note lines.
std::vector<std::string> margin_readout_lines(const MarginChartSpec& spec, int index);

// Plain-text description: "Title. Ukraine +12 pts (accepts); Russia -30 pts (rejects) ...".
std::string describe_margin_chart(const MarginChartSpec& spec);

}  // namespace armistice::ui::charts
