// diff.cpp — see diff.h. Plain comparisons over the scenario's fields; no model runs.
#include "engine/diff/diff.h"

#include "engine/red_lines.h"

namespace armistice {

ClauseDifference make_clause_difference(Dim d, std::uint8_t option_a, std::uint8_t option_b) {
    const Dimension& dim = catalog().at(d);
    const Option& oa = dim.options[option_a];
    const Option& ob = dim.options[option_b];
    return ClauseDifference{d,     option_a, option_b, dim.id,  dim.label,
                        oa.id, oa.label, ob.id,    ob.label};
}

ScenarioDiff diff_scenarios(const Scenario& a, const Scenario& b) {
    ScenarioDiff out;

    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        if (a.choices[i] != b.choices[i]) {
            out.clauses.push_back(make_clause_difference(static_cast<Dim>(i), a.choices[i], b.choices[i]));
        }
    }

    for (std::size_t i = 0; i < kLeverCount; ++i) {
        const Lever l = static_cast<Lever>(i);
        const double va = a.context.get(l);
        const double vb = b.context.get(l);
        if (va != vb) {  // exact: any difference a user or file made is reported
            const LeverInfo& info = lever_info(l);
            out.levers.push_back(LeverDifference{l, info.id, info.label, info.unit, va, vb});
        }
    }

    out.lens_a = a.lens;
    out.lens_b = b.lens;
    out.lens_differs = a.lens != b.lens;

    const auto& table = red_lines();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const bool ra = a.is_relaxed(i);
        const bool rb = b.is_relaxed(i);
        if (ra != rb) out.red_lines.push_back(RedLineDifference{i, table[i].id, table[i].label, ra, rb});
    }

    out.sim_a = a.sim;
    out.sim_b = b.sim;
    out.sim_differs = !(a.sim == b.sim);
    return out;
}

}  // namespace armistice
