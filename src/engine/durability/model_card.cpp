// model_card.cpp — model card text and rows (see model_card.h).
#include "engine/durability/model_card.h"

#include <cstdio>

#include "engine/durability/durability.h"
#include "engine/durability/params.h"

namespace armistice::durability {

std::vector<ModelCardRow> model_card_rows() {
    std::vector<ModelCardRow> rows;
    for (const ParamRow& p : param_table()) rows.push_back({p.name, p.value, p.low, p.high, p.unit, p.source});
    return rows;
}

const std::vector<std::string_view>& model_card_paragraphs() {
    static const std::vector<std::string_view> kParagraphs = {
        "Will it hold? A seeded Monte Carlo follows many independent trajectories of the ceasefire month by "
        "month. Each month a trajectory can break down through one of three channels: escalation of incidents "
        "along the line, a deliberate offensive, or a collapse of enforcement. The baseline hazard falls with "
        "time like a Weibull curve of shape about 0.5, anchored on civil-war truces (about 9% in month 1, 1% "
        "by month 120) and scaled to one third to one half of that for interstate armistices.",
        "Provisions act as hazard ratios from the historical record (Fortna's ceasefire data as summarised in "
        "DESIGN section 4): a demilitarised zone, armed neutral peacekeepers, a credible guarantee, withdrawal, "
        "a joint commission and precise terms each lower the hazard, mostly on their own channel. Their "
        "combined effect is smoothly floored at about 0.2: no agreement is made risk-free by stacking clauses. "
        "Peacekeepers supplied by a party or its patron earn no protection: in four such cases three broke "
        "down, and the deal held only while the patron wanted it.",
        "For Russia and Ukraine a dynamic layer is added, every part of it an assumption labelled below: "
        "Russia regenerates its forces during the pause (the argument of Kagan, 'The Case Against Negotiations "
        "with Russia', AEI Critical Threats, late 2022); Western commitment can drop at each US election "
        "(every 48 months) and with European fatigue, which weakens guarantees and political responses; "
        "violations are detected according to the monitoring in place and answered at once by automatic "
        "triggers or, without them, only if political approval comes; unanswered serious breaches erode "
        "enforcement and raise later hazards. The context levers and the chosen lens shift these pressures.",
        "Uncertainty: the 90% band comes from 16 parameter sets drawn across the ranges below (Latin "
        "hypercube, triangular), each simulating its share of the trajectories, so it reflects what we do not "
        "know about the parameters as well as sampling noise. Interstate data are thin (48 ceasefires in "
        "Fortna's 1946-1994 set): read the curve as a comparison between agreements, not a forecast.",
        "Backtest: the generic core alone (no Russia-Ukraine layer) scores historical agreements; "
        "`armistice backtest` reports Harrell's C and the Brier score at 60 months next to a baseline that "
        "counts the provisions present. No parameter is fitted to individual cases.",
    };
    return kParagraphs;
}

std::string model_card_text() {
    std::string out = "Durability model card (\"Will it hold?\")\n\n";
    for (std::string_view p : model_card_paragraphs()) {
        out.append(p);
        out += "\n\n";
    }
    out += "Parameters (value, range low-high, unit, source):\n";
    char buf[160];
    for (const ModelCardRow& r : model_card_rows()) {
        std::snprintf(buf, sizeof buf, "  %-30.*s %8.4g  [%g - %g]  %.*s\n", static_cast<int>(r.name.size()),
                      r.name.data(), r.value, r.low, r.high, static_cast<int>(r.unit.size()), r.unit.data());
        out += buf;
        out += "      source: ";
        out.append(r.source);
        out += "\n";
    }
    return out;
}

}  // namespace armistice::durability
