// valuation.cpp — clause values, the halt's value and the reference of a deal (valuation.h).
#include "engine/acceptance/valuation.h"

#include <algorithm>

#include "engine/acceptance/alternative.h"
#include "engine/acceptance/party_model.h"

namespace armistice {

namespace {

using S = SourceId;

// Points per month of horizon, by party {Ukraine, Russia, United States, Europe}.
std::vector<HaltTerm> build() {
    return {
        {"ceasefire.relief", Halt::GeneralCeasefire, {1.0, 0.5, 1.0, 0.6}, {0.5, 0.3, 0.5, 0.4}, false,
         S::Reported2025,
         "Jeddah statement, 11 Mar 2025: Ukraine and the US sought an immediate halt; Russia's "
         "relief scales with its casualties (seed 001: about 1,500 a day); sizes assumed"},
        {"ceasefire.momentum", Halt::GeneralCeasefire, {1.5, 1.5, 0.0, 0.0}, {0.8, 0.8, 0.0, 0.0}, true,
         S::Seed001,
         "the side gaining ground gives up its momentum by halting (seed 001: Russia gains slivers "
         "at a high cost); multiplied by the battlefield trend seen from the party"},
        {"ceasefire.rearm", Halt::GeneralCeasefire, {0.0, 1.0, 0.0, 0.0}, {0.0, 0.6, 0.0, 0.0}, true,
         S::Reported2025,
         "Kremlin readout of the Putin–Trump call, 18 Mar 2025: a pause would let Ukraine mobilise "
         "and rearm; size assumed"},
        {"energy.relief", Halt::EnergyStrikes, {0.8, 0.8, 0.4, 0.3}, {0.4, 0.4, 0.3, 0.3}, false,
         S::Reported2025,
         "Kremlin and White House readouts, 18 Mar 2025, and Kyiv's support the next day: both "
         "sides' energy systems were being struck; sizes assumed"},
        // Standing with the US: what agreeing to a US-backed pause is worth to each side in its
        // relations with Washington, beyond the halt itself.
        {"ceasefire.us_standing", Halt::GeneralCeasefire, {0.6, 0.2, 0.0, 0.0}, {0.4, 0.2, 0.0, 0.0},
         false, S::Reported2025,
         "Jeddah statement, 11 Mar 2025: once Kyiv accepted the 30-day ceasefire the US lifted "
         "its pause on intelligence sharing and resumed security aid; Russia's gain in relations "
         "with Washington by accepting is an assumption; sizes assumed"},
        {"energy.us_standing", Halt::EnergyStrikes, {0.3, 0.3, 0.0, 0.0}, {0.3, 0.3, 0.0, 0.0}, false,
         S::Reported2025,
         "readouts of the Putin-Trump call, 18 Mar 2025, framed the energy pause as a first step "
         "to better US-Russian relations; Kyiv backed it next day after a call with the US "
         "president; sizes assumed"},
    };
}

}  // namespace

const std::vector<HaltTerm>& halt_terms() {
    static const std::vector<HaltTerm> table = build();
    return table;
}

DealFrame deal_frame(const Scenario& s) {
    DealFrame f;
    f.scope = scope_of(s);
    f.interim = is_interim(f.scope);
    if (!f.interim) return f;
    const double days = f.scope.term_days > 0 ? f.scope.term_days : 360.0;
    f.horizon_months = std::min(days / 30.0, 12.0);
    const std::string_view process = s.option(Dim::Process).id;
    if (f.scope.kind == Scope::Partial) {
        f.halt = process == "energy_pause" ? Halt::EnergyStrikes : Halt::None;
    } else {
        f.halt = Halt::GeneralCeasefire;
    }
    return f;
}

double halt_term_scale(const HaltTerm& term, Party p, const Scenario& s) {
    const double trend = s.context.get(Lever::BattlefieldTrend);  // −1 Russia … +1 Ukraine
    if (term.id == "ceasefire.momentum") {
        // Advantage seen from p, signed so that a gaining side loses by halting (cost > 0).
        if (p == Party::Russia) return -trend;
        if (p == Party::Ukraine) return trend;
        return 0.0;
    }
    if (term.id == "ceasefire.relief" && p == Party::Russia) {
        const double dflt = lever_info(Lever::RussianCasualties).default_value;
        return dflt > 0 ? s.context.get(Lever::RussianCasualties) / dflt : 1.0;
    }
    return 1.0;
}

double clause_value(Party p, Dim d, std::uint8_t o, LensId lens, const DealFrame& f) {
    if (!f.interim) return weighted_utility(p, d, o, lens);
    if (d == Dim::Process || d == Dim::Scope || d == Dim::Term) return 0.0;
    const auto& options = catalog().at(d).options;
    for (std::uint8_t k = 0; k < options.size(); ++k) {
        if (options[k].kind == ClauseKind::LeftOpen) {
            return weighted_utility(p, d, o, lens) - weighted_utility(p, d, k, lens);
        }
    }
    return weighted_utility(p, d, o, lens);
}

double halt_value(Party p, const Scenario& s, const DealFrame& f,
                  const std::vector<double>* term_noise) {
    if (!f.interim || f.halt == Halt::None) return 0.0;
    double per_month = 0.0;
    const auto& terms = halt_terms();
    const auto pi = static_cast<std::size_t>(p);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const HaltTerm& t = terms[i];
        if (t.halt != f.halt) continue;
        const double noise = term_noise ? (*term_noise)[i] * t.half_range[pi] : 0.0;
        const double v = (t.value[pi] + noise) * halt_term_scale(t, p, s);
        per_month += t.is_cost ? -v : v;
    }
    return per_month * f.horizon_months;
}

double reference_value(Party p, const Scenario& s, const DealFrame& f) {
    if (f.interim) return 0.0;
    return alternative_to_deal(p, s.context, s.lens).value;
}

}  // namespace armistice
