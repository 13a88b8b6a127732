// model_card.cpp — model card text and rows (see model_card.h).
#include "engine/durability/model_card.h"

#include <cstdio>

#include "engine/durability/durability.h"
#include "engine/durability/mechanism_effects.h"
#include "engine/durability/params.h"
#include "engine/durability/sector_shares.h"

namespace armistice::durability {

std::vector<ModelCardRow> model_card_rows() {
    std::vector<ModelCardRow> rows;
    for (const ParamRow& p : param_table()) rows.push_back({p.name, p.value, p.low, p.high, p.unit, p.source});
    return rows;
}

const std::vector<PlainWords>& model_card_plain_words() {
    static const std::vector<PlainWords> kWords = {
        {"What the page does",
         "You assemble an armistice between Russia and Ukraine from concrete clauses and set the "
         "circumstances around it (aid, sanctions, the battlefield). Three models then answer "
         "three questions: would Ukraine, Russia, the United States and the European allies sign "
         "it; is it lawful and consistent; and would the ceasefire hold. Every number comes from "
         "a named source or is labelled an assumption, with a range. The answers show how the "
         "assumptions matter; they are not predictions."},
        {"Points (will they sign?)",
         "Each party scores a deal on the model's scale of what it wants: +100 would be its ideal "
         "answer to every question the deal settles, -100 the worst. The bar is the deal's score "
         "minus the score of the party's alternative, carrying on the war. Above 0 the deal is "
         "better for that party than fighting on, and the party accepts it when no red line of "
         "its own is crossed either. P(accepts) is the share of many recalculations, each with "
         "every uncertain value drawn from its range, in which it accepts."},
        {"Lens",
         "The sources disagree about why Russia fights and what makes deals last. A lens is one "
         "consistent set of those assumptions, taken from one side of the disagreement. Switching "
         "lenses shows how much an answer depends on whom you believe; no lens is the right one."},
        {"Index 0-1 or 0-10",
         "Some circumstances, such as sanctions pressure or European readiness, have no natural "
         "unit. They are set on an index: 0 is the weakest level the model considers, the top "
         "of the range the strongest. The steps between are an assumption."},
        {"Hazard",
         "The chance that a ceasefire still holding breaks down in a given month. A hazard ratio "
         "multiplies it: 0.8 means a fifth less risk every month, 1.2 a fifth more. Clauses such "
         "as a demilitarised zone or monitors act as hazard ratios taken from studies of past "
         "ceasefires."},
        {"Weibull curve",
         "A standard shape for a risk that changes with time. Here the monthly risk is highest "
         "just after the fighting stops and falls the longer a ceasefire lasts, as it did in past "
         "ceasefires."},
        {"Simulation and the 90% band",
         "The ceasefire is run forward month by month thousands of times, with chance events and "
         "with the uncertain values drawn across their ranges. The curve is the share of runs "
         "still holding; the band holds 90% of the results, so a wide band means we know little."},
        {"Harrell's C",
         "How well the model ranks past ceasefires by risk. Take two past cases where one broke "
         "down first: C is the share of such pairs in which the model gave that one the higher "
         "risk. 0.5 is a coin toss, 1 a perfect ranking."},
        {"Brier score",
         "How close the predicted chances were to what happened, here for war resuming within 5 "
         "years: 0 is perfect, 0.25 is what always saying 50% would score."},
        {"What it cannot do",
         "Interstate ceasefires are few (48 in Fortna's 1946-1994 set), the parties' positions "
         "are read from public statements and articles, and many values are assumptions. Use the "
         "page to compare agreements and to see which assumptions drive an answer, not to "
         "predict."},
    };
    return kWords;
}

const std::vector<std::string_view>& model_card_paragraphs() {
    static const std::vector<std::string_view> kParagraphs = {
        "Will it hold? A seeded Monte Carlo follows many independent trajectories of the ceasefire month by "
        "month. Each month a trajectory can break down through one of three channels: escalation of incidents "
        "along the line, a deliberate offensive, or a collapse of enforcement. The baseline hazard falls with "
        "time like a Weibull curve of shape about 0.5, anchored on civil-war truces (about 9% in month 1, 1% "
        "by month 120) and scaled to one third to one half of that for interstate armistices.",
        "Provisions act as hazard ratios from the historical record (Fortna, 'Scraps of Paper?', International "
        "Organization 2003; 'Peace Time', Princeton UP 2004; 'Does Peacekeeping Work?', Princeton UP 2008): a "
        "demilitarised zone, armed neutral peacekeepers, withdrawal, a joint commission and precise terms each "
        "lower the hazard, mostly on their own channel. Their combined effect is smoothly floored at about 0.2: "
        "no agreement is made risk-free by stacking clauses. Vague terms raise the hazard and also cost part of "
        "the agreement's own effect, because what is not pinned down is often not carried out (Minsk 2014). "
        "Peacekeepers supplied by a party or its patron earn no protection: in four such cases three broke "
        "down, and the deal held only while the patron wanted it.",
        "Deterrence is a mechanism of its own and acts beyond that floor. Its strength is a score from 0 to 1 "
        "built from how automatic the guarantor's response is (a treaty with integrated command such as NATO's "
        "Article 5, a US pledge that needs a decision, or a political or European-only pact), the guarantor's "
        "forces on the ground (a tripwire on the line, a reassurance force away from it, allied basing) and "
        "whether a nuclear power is committed. At full score the deliberate-offensive hazard falls to about "
        "0.3 of its level, the Korean armistice of 1953 being the reference case; a guarantor group in which "
        "Russia can block action scores nothing. The score also makes a detected breach more likely to be "
        "answered. In historical cases only 'a guarantee' is coded, at the generic prior.",
        "Consent and stakes: when the acceptance model finds that Russia would not sign the terms, the "
        "arrangement is treated as imposed. It then gets no consent benefit, monitors, peacekeepers and joint "
        "bodies lose their effect (they work through the cooperation of the party they watch, as in UN "
        "peacekeeping doctrine), and the deliberate-offensive hazard rises as the deterrent thins. Russia's war "
        "aims met (territory beyond the line it holds, recognition, NATO barred, European arms control) lower "
        "that hazard in proportion to the lens's view of concessions; caps on Ukraine alone speed Russia's "
        "regeneration during the pause, mutual European ceilings slow it. A buffer zone covering one oblast "
        "acts on that share of the front only. Every mechanism the catalog uses is either read by the model or "
        "listed below with the reason it has no durability effect.",
        "For Russia and Ukraine a dynamic layer is added, every part of it an assumption labelled below: "
        "Russia regenerates its forces during the pause (the argument of Kagan, 'The Case Against Negotiations "
        "with Russia', AEI Critical Threats, late 2022); Western commitment can drop at each US election "
        "(every 48 months) and with European fatigue, which weakens guarantees and political responses; "
        "violations are detected according to the monitoring in place and answered at once by automatic "
        "triggers or, without them, only if political approval comes; unanswered serious breaches erode "
        "enforcement and raise later hazards. The context levers and the chosen lens shift these pressures.",
        "Interim and partial deals (a 30-day truce, a pause on energy strikes) are judged over their own "
        "term, not over years: the page and the JSON give the probability that the truce holds its term, "
        "the probability that it then becomes a lasting ceasefire (an assumption, lower for a pause on one "
        "kind of strike than for a ceasefire with a political track to follow; none of the short truces of "
        "2025 became one), and the expected violations per week while it holds. An open-ended partial deal "
        "is judged over its first three months.",
        "Uncertainty: the 90% band comes from 16 parameter sets drawn across the ranges below (Latin "
        "hypercube, triangular), each simulating its share of the trajectories, so it reflects what we do not "
        "know about the parameters as well as sampling noise. Interstate data are thin (48 ceasefires in "
        "Fortna's 1946-1994 set): read the curve as a comparison between agreements, not a forecast.",
        "Backtest: the generic core alone (no Russia-Ukraine layer) scores historical agreements; "
        "`armistice backtest` reports Harrell's C and the Brier score at 60 months next to a baseline that "
        "counts the provisions present, the same figures with the Russia-Ukraine layer switched on, and "
        "predicted against observed breakdown by risk tercile. No parameter is fitted to individual cases; the "
        "checks on cases the model never saw are run by others.",
    };
    return kParagraphs;
}

std::string model_card_text() {
    std::string out = "Model card, in plain words\n\n";
    for (const PlainWords& w : model_card_plain_words()) {
        out.append(w.term);
        out += ": ";
        out.append(w.text);
        out += "\n\n";
    }
    out += "Durability model card (\"Will it hold?\")\n\n";
    for (std::string_view p : model_card_paragraphs()) {
        out.append(p);
        out += "\n\n";
    }
    out += "Mechanisms (how the durability model reads each one):\n";
    for (const MechanismEffect& e : mechanism_effects()) {
        out += "  ";
        out.append(mechanism_name(e.mechanism));
        out += e.reads.empty() ? ": no durability effect: " : ": ";
        out.append(e.reads.empty() ? e.no_effect_reason : e.reads);
        out += "\n";
    }
    out += "\nSeparation by sector:\n";
    for (const SectorRow& r : sector_table()) {
        out += "  ";
        out.append(r.option);
        out += ": ";
        out.append(r.sector);
        out += ", share of the front from ";
        out.append(param_table()[static_cast<std::size_t>(r.share)].name);
        out += "\n";
    }
    out += "\nParameters (value, range low-high, unit, source):\n";
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
