// scenario.cpp — scenario helpers and validation (see scenario.h).
#include "engine/scenario.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "engine/red_lines.h"

namespace armistice {

Choices Scenario::default_choices() {
    Choices c{};
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < kDimensionCount; ++d) c[d] = cat.dimensions[d].default_option;
    return c;
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
           relaxed_red_lines == o.relaxed_red_lines && sim == o.sim;
}

bool is_clean_utf8(const std::string& text, bool allow_newline) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && !(allow_newline && c == '\n')) || c == 0x7f) return false;
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Reject overlong forms, surrogates, values past U+10FFFF and C1 controls.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || (cp >= 0x80 && cp < 0xA0)) {
            return false;
        }
        i += len;
    }
    return true;
}

namespace {

void check_text(std::vector<ValidationIssue>& out, const char* path, const std::string& text,
                std::size_t max_bytes, bool allow_newline) {
    if (text.size() > max_bytes) {
        out.push_back({path, "is " + std::to_string(text.size()) + " bytes long; at most " +
                                 std::to_string(max_bytes) + " are allowed"});
    } else if (!is_clean_utf8(text, allow_newline)) {
        out.push_back({path, "is not valid UTF-8 text or contains control characters"});
    }
}

std::string format_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

std::vector<ValidationIssue> validate(const Scenario& s) {
    std::vector<ValidationIssue> out;
    check_text(out, "name", s.name, kMaxNameBytes, false);
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
            out.push_back({path, "is " + format_number(v) + " " + std::string(info.unit) +
                                     "; allowed range is " + format_number(info.min) + " to " +
                                     format_number(info.max)});
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
        out.push_back({"simulation.runs", "is " + std::to_string(s.sim.runs) +
                                              "; allowed range is " +
                                              std::to_string(SimSettings::kMinRuns) + " to " +
                                              std::to_string(SimSettings::kMaxRuns)});
    }
    if (s.sim.horizon_months < SimSettings::kMinHorizon ||
        s.sim.horizon_months > SimSettings::kMaxHorizon) {
        out.push_back({"simulation.horizon_months",
                       "is " + std::to_string(s.sim.horizon_months) + " months; allowed range is " +
                           std::to_string(SimSettings::kMinHorizon) + " to " +
                           std::to_string(SimSettings::kMaxHorizon)});
    }
    return out;
}

}  // namespace armistice
