// scenario.cpp — scenario helpers and validation (see scenario.h).
#include "engine/scenario.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "engine/red_lines.h"
#include "engine/utf8_text.h"

namespace armistice {

Choices Scenario::default_choices() {
    Choices c{};
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) c[d] = cat.dimensions[d].default_option;
    return c;
}

std::string month_text(std::uint16_t code) {
    if (code == 0) return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", code / 12, code % 12 + 1);
    return buf;
}

const Option& Scenario::option(Dim d) const { return catalog().at(d).options[choice(d)]; }

MechanismSet Scenario::mechanisms() const {
    MechanismSet set;
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const auto& options = cat.dimensions[d].options;
        if (choices[d] < options.size()) set |= options[choices[d]].mechanisms;
    }
    return set;
}

bool Scenario::operator==(const Scenario& o) const {
    return name == o.name && description == o.description && base_preset == o.base_preset &&
           choices == o.choices && context == o.context && lens == o.lens &&
           relaxed_red_lines == o.relaxed_red_lines && sim == o.sim && as_of == o.as_of;
}

namespace {

void check_text(std::vector<ValidationIssue>& out, const char* path, const std::string& text,
                std::size_t max_bytes, bool allow_newline) {
    if (text.size() > max_bytes) {
        out.push_back({path, "is " + std::to_string(text.size()) + " bytes long; at most " +
                                 std::to_string(max_bytes) + " are allowed"});
    } else if (!is_clean_utf8(text, allow_newline)) {
        out.push_back({path, "is not valid UTF-8 text or contains control characters"});
    } else if (const std::uint32_t cp = first_layout_control(text); cp != 0) {
        // Bidi overrides/isolates can make text display in a misleading order; a separator
        // breaks a one-line title. The description keeps '\n' for line breaks.
        if (allow_newline && (cp == 0x2028 || cp == 0x2029)) return;
        out.push_back({path, "contains " + describe_code_point(cp) +
                                 ", an invisible character that changes how text is laid out; "
                                 "remove it"});
    }
}

// Up to 15 significant digits, so an off-grid 37.123456 is shown as typed, not as "37.1235".
std::string format_number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

// "-1 and +1" when the range spans zero (the sign is the meaning), "0 and 200" otherwise.
std::string format_range(double min, double max) {
    return format_number(min) + " and " + (min < 0 && max > 0 ? "+" : "") + format_number(max);
}

std::string plural(std::uint64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::vector<ValidationIssue> validate(const Scenario& s) {
    std::vector<ValidationIssue> out;
    if (s.name.empty()) {
        out.push_back({"name", "is empty; a scenario needs a name"});
    } else {
        check_text(out, "name", s.name, kMaxNameBytes, false);
    }
    check_text(out, "description", s.description, kMaxDescriptionBytes, true);
    check_text(out, "base_preset", s.base_preset, kMaxPresetIdBytes, false);

    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const Dimension& dim = cat.dimensions[d];
        if (s.choices[d] >= dim.options.size()) {
            out.push_back({"clauses." + std::string(dim.id),
                           "option number " + std::to_string(s.choices[d]) +
                               " does not exist; this dimension has " +
                               std::to_string(dim.options.size()) + " options"});
        }
    }
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const LeverInfo& info = lever_info(static_cast<Lever>(l));
        const double v = s.context.values[l];
        const std::string path = "context." + std::string(info.id);
        if (!std::isfinite(v)) {
            out.push_back({path, "is not a finite number"});
        } else if (v < info.min || v > info.max) {
            out.push_back({path, "is " + format_number(v) + "; must be between " +
                                     format_range(info.min, info.max)});
        } else if (const double on_grid = snap_lever_to_step(static_cast<Lever>(l), v);
                   on_grid != v) {
            // Links store levers on the step grid: an off-grid value would give a link whose
            // results differ from the file's, so it is refused rather than changed silently.
            const double lo = v > on_grid ? on_grid : on_grid - info.step;
            out.push_back(
                {path,
                 "is " + format_number(v) + ", which is not a multiple of its step " +
                     format_number(info.step) + "; use for example " +
                     format_number(snap_lever_to_step(static_cast<Lever>(l), lo)) + " or " +
                     format_number(snap_lever_to_step(static_cast<Lever>(l), lo + info.step))});
        }
    }
    if (static_cast<std::size_t>(s.lens) >= kLensCount) {
        out.push_back({"lens", "unknown lens number " + std::to_string(static_cast<int>(s.lens))});
    }
    const std::size_t n_red = red_lines().size();
    if (n_red < 64 && (s.relaxed_red_lines >> n_red) != 0) {
        out.push_back({"relaxed_red_lines", "names a red line that does not exist (there are " +
                                                std::to_string(n_red) + ")"});
    }
    if (s.sim.runs < SimSettings::kMinRuns || s.sim.runs > SimSettings::kMaxRuns) {
        out.push_back({"simulation.runs", "is " + plural(s.sim.runs, "run", "runs") +
                                              "; allowed range is " +
                                              std::to_string(SimSettings::kMinRuns) + " to " +
                                              std::to_string(SimSettings::kMaxRuns)});
    }
    if (s.sim.horizon_months < SimSettings::kMinHorizon ||
        s.sim.horizon_months > SimSettings::kMaxHorizon) {
        out.push_back({"simulation.horizon_months",
                       "is " + plural(s.sim.horizon_months, "month", "months") +
                           "; allowed range is " + std::to_string(SimSettings::kMinHorizon) +
                           " to " + std::to_string(SimSettings::kMaxHorizon)});
    }
    if (s.as_of != 0 && (s.as_of < kMinAsOf || s.as_of > kMaxAsOf)) {
        out.push_back({"as_of", "is month number " + std::to_string(s.as_of) +
                                    "; a date must lie between 1991-01 and 2100-12"});
    }
    return out;
}

}  // namespace armistice
