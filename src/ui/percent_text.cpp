// percent_text.cpp — see percent_text.h.
#include "ui/percent_text.h"

#include <cmath>
#include <cstdio>

namespace armistice::ui {

std::string percent(double p) {
    if (!std::isfinite(p)) return "—";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", p * 100.0);
    return buf;
}

}  // namespace armistice::ui
