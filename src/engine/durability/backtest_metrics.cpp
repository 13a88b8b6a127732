// backtest_metrics.cpp — per-case predictions, Harrell's C and Brier at 60 months (backtest.h).
#include <algorithm>

#include "engine/durability/backtest.h"
#include "engine/durability/det_math.h"
#include "engine/durability/durability.h"
#include "engine/durability/params.h"

namespace armistice::durability {

HazardInput case_input(const BacktestCase& c, bool ru_layer) {
    HazardInput in;
    in.mechanisms = c.mechanisms;
    in.dynamic_layer = ru_layer;
    return in;
}

double brier_at(const std::vector<double>& time, const std::vector<bool>& event, const std::vector<double>& p_event,
                double horizon, std::uint32_t* used) {
    double sum = 0.0;
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < time.size(); ++i) {
        double y;
        if (event[i] && time[i] <= horizon) y = 1.0;
        else if (time[i] >= horizon) y = 0.0;
        else continue;  // censored before the horizon: status unknown, excluded
        sum += (p_event[i] - y) * (p_event[i] - y);
        ++n;
    }
    if (used) *used = n;
    return n > 0 ? sum / n : 0.0;
}

std::vector<CalibrationBin> calibration_terciles(const std::vector<double>& time, const std::vector<bool>& event,
                                                 const std::vector<double>& p_event, double horizon) {
    struct Usable {
        double p;
        double y;
        std::size_t order;
    };
    std::vector<Usable> u;
    for (std::size_t i = 0; i < time.size(); ++i) {
        if (event[i] && time[i] <= horizon) u.push_back({p_event[i], 1.0, i});
        else if (time[i] >= horizon) u.push_back({p_event[i], 0.0, i});
    }
    std::vector<CalibrationBin> bins;
    if (u.size() < 3) return bins;
    std::sort(u.begin(), u.end(), [](const Usable& a, const Usable& b) { return a.p < b.p || (a.p == b.p && a.order < b.order); });
    const std::size_t n = u.size();
    std::size_t start = 0;
    for (std::size_t b = 0; b < 3; ++b) {
        const std::size_t size = n / 3 + (b >= 3 - n % 3 ? 1 : 0);
        CalibrationBin bin;
        for (std::size_t i = start; i < start + size; ++i) {
            bin.predicted += u[i].p;
            bin.observed += u[i].y;
        }
        bin.cases = static_cast<std::uint32_t>(size);
        bin.predicted /= static_cast<double>(size);
        bin.observed /= static_cast<double>(size);
        bins.push_back(bin);
        start += size;
    }
    return bins;
}

BacktestReport run_backtest(const std::vector<BacktestCase>& cases, bool ru_layer) {
    BacktestReport rep;
    std::vector<ParamSet> sets(kParameterSets);
    draw_param_sets(1, kParameterSets, sets.data());
    std::vector<double> t, risk, p, base;
    std::vector<bool> ev;
    for (const BacktestCase& c : cases) {
        const HazardInput in = case_input(c, ru_layer);
        double s = 0.0;
        if (ru_layer) {
            DurabilityRun run(in, kRuLayerRuns, 60, 1);
            run.advance(kRuLayerRuns);
            s = run.snapshot().survival.back();
        } else {
            for (const ParamSet& ps : sets) s += static_survival(in, ps, 60);
            s /= static_cast<double>(sets.size());
        }
        CaseScore cs;
        cs.case_id = c.case_id;
        cs.p_breakdown_60 = 1.0 - s;
        cs.risk = s > 0 ? -det_log(s) : 50.0;
        rep.cases.push_back(cs);
        t.push_back(c.months);
        ev.push_back(c.ended);
        risk.push_back(cs.risk);
        p.push_back(cs.p_breakdown_60);
        base.push_back(-static_cast<double>(c.mechanism_count));
    }
    rep.c_index = harrell_c(t, ev, risk);
    rep.baseline_c_index = harrell_c(t, ev, base);
    rep.brier_60 = brier_at(t, ev, p, 60.0, &rep.brier_cases);
    rep.calibration = calibration_terciles(t, ev, p, 60.0);
    return rep;
}

}  // namespace armistice::durability
