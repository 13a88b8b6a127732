// describe.cpp — see describe.h.
#include "engine/describe.h"

#include <cstdio>

#include "engine/red_lines.h"

namespace armistice {

std::string describe_clause(const Scenario& s, Dim d) {
    const Dimension& dim = catalog().at(d);
    std::string out(dim.label);
    out += ": ";
    out += s.choice(d) < dim.options.size() ? std::string(s.option(d).label) : "(invalid option)";
    return out;
}

std::string format_lever(Lever l, double value) {
    return format_lever(l, value, lever_info(l).unit);
}

std::string format_lever(Lever l, double value, std::string_view unit) {
    const LeverInfo& info = lever_info(l);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%g", value);
    std::string out = buf;
    // Units that read as words after a number ("%", "persons/day") follow it; scale
    // descriptions ("index 0-10") go in parentheses.
    const bool inline_unit = info.unit.rfind('%', 0) == 0 || info.unit.rfind("persons", 0) == 0;
    out += inline_unit ? " " : " (";
    out += unit;
    if (!inline_unit) out += ')';
    return out;
}

namespace {

void append_track(std::string& out, const Scenario& s, Track track, const char* heading) {
    out += heading;
    out += '\n';
    for (const Dimension& dim : catalog().dimensions) {
        if (dim.track != track) continue;
        const bool changed = s.choice(dim.dim) != dim.default_option;
        out += changed ? "  * " : "    ";
        out += describe_clause(s, dim.dim);
        if (changed && s.choice(dim.dim) < dim.options.size()) {
            out += "\n      ";
            out += s.option(dim.dim).description;
        }
        out += '\n';
    }
}

}  // namespace

std::string describe_scenario(const Scenario& s) {
    std::string out = s.name.empty() ? std::string("Untitled scenario") : s.name;
    out += '\n';
    if (!s.description.empty()) {
        out += s.description;
        out += '\n';
    }
    out += '\n';
    append_track(out, s, Track::Ceasefire, "Ceasefire terms (* = differs from the default):");
    out += '\n';
    append_track(out, s, Track::Political, "Political settlement:");
    out += "\nContext:\n";
    for (std::size_t l = 0; l < kLeverCount; ++l) {
        const Lever lever = static_cast<Lever>(l);
        const LeverInfo& info = lever_info(lever);
        out += "    ";
        out += info.label;
        out += ": ";
        out += format_lever(lever, s.context.get(lever));
        if (s.context.get(lever) != info.default_value)
            out += " (default " + format_lever(lever, info.default_value) + ")";
        out += '\n';
    }
    if (s.relaxed_red_lines != 0) {
        out += "\nRed lines relaxed (what if a party dropped them):\n";
        const auto& table = red_lines();
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (!s.is_relaxed(i)) continue;
            out += "    ";
            out += party_label(table[i].party);
            out += ": ";
            out += table[i].label;
            out += '\n';
        }
    }
    out += "\nJudged in the context of: ";
    out += s.as_of == 0 ? std::string("undated (red lines with a date are not applied)")
                        : month_text(s.as_of) + " (red lines stated later do not apply)";
    const Lens& ln = lens(s.lens);
    out += "\nLens: ";
    out += ln.label;
    out += " — ";
    out += ln.description;
    out += "\nSimulation: " + std::to_string(s.sim.runs) + " runs over " +
           std::to_string(s.sim.horizon_months) + " months, seed " + std::to_string(s.sim.seed) +
           "\n";
    return out;
}

}  // namespace armistice
