// percent_text.h — how the page, its text summary and the screen-reader outline write a
// probability: "55%" (whole percent), and "—" when it is not a number (a figure beyond the run's
// horizon, or an interim deal's 1/5/10-year figures, which are NaN; never "nan%").
// Pure logic (no ImGui), shared by widgets.h and the ImGui-free summary.
#pragma once

#include <string>

namespace armistice::ui {

// A probability (fraction 0–1) as a whole percent, "55%"; "—" when not finite.
std::string percent(double p);

}  // namespace armistice::ui
