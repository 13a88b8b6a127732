// edit_summary.cpp — see edit_summary.h.
#include "engine/diff/edit_summary.h"

#include "engine/describe.h"

namespace armistice {

std::size_t count_edits(const ScenarioDiff& d) {
    return d.clauses.size() + d.levers.size() + d.red_lines.size() + (d.lens_differs ? 1 : 0);
}

std::string edited_title(std::string_view preset_name, std::size_t changes) {
    return "Edited from: " + std::string(preset_name) + " (" + std::to_string(changes) +
           (changes == 1 ? " change)" : " changes)");
}

std::vector<std::string> describe_edits(const ScenarioDiff& d) {
    std::vector<std::string> out;
    for (const ClauseDifference& c : d.clauses) {
        out.push_back(std::string(c.dimension_label) + ": " + std::string(c.option_a_label) +
                      " → " + std::string(c.option_b_label));
    }
    for (const LeverDifference& l : d.levers) {
        out.push_back(std::string(l.label) + ": " + format_lever(l.lever, l.value_a) + " → " +
                      format_lever(l.lever, l.value_b));
    }
    if (d.lens_differs) {
        out.push_back("Lens: " + std::string(lens(d.lens_a).label) + " → " +
                      std::string(lens(d.lens_b).label));
    }
    for (const RedLineDifference& r : d.red_lines) {
        out.push_back("Red line \"" + std::string(r.label) +
                      "\": " + (r.relaxed_b ? "relaxed" : "no longer relaxed"));
    }
    return out;
}

std::string edits_paragraph(const ScenarioDiff& d) {
    const std::vector<std::string> lines = describe_edits(d);
    if (lines.empty()) return "";
    std::string out = "Changed from the preset: ";
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "; " : "") + lines[i];
    return out + ".";
}

}  // namespace armistice
