// hold_chart.h — the "Will it hold?" survival chart's spec, built from a HoldOutcome.
//
// Purpose: one place decides what the hold chart shows, so the drawn chart (panel_hold.cpp) and
// its words in the accessible outline read the same: this agreement with its band, the
// bare-ceasefire baseline, and for an interim deal its own horizon (the term, read in days when
// it has one, marked at its end; no 1/5/10-year marker or read-out).
// Invariants: the spec points into `h` (charts::ValuesView): use it while `h` lives, in the
// same frame. Pure (no ImGui calls).
#pragma once

#include <string>

#include "text/strings.h"
#include "ui/charts/chart_specs.h"
#include "ui/outcome.h"

namespace armistice::ui {

// `label`: the name of this agreement's curve ("This agreement", "A: this agreement"); `t`: the
// reader's language (the band's name).
charts::SurvivalChartSpec hold_chart_spec(const text::Strings& t, const HoldOutcome& h,
                                          const std::string& label);

}  // namespace armistice::ui
