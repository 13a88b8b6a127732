// compare_effects.cpp — see compare_effects.h.
#include "ui/compare_effects.h"

#include <cmath>
#include <cstdio>

namespace armistice::ui {

void CompareEffectsTracker::update(const Scenario& a, const Scenario& b, double budget_ms,
                                   const Clock& clock) {
    if (!a_ || !b_ || *a_ != a || *b_ != b) {
        a_ = a;
        b_ = b;
        job_.reset();
        effects_ = CompareEffects{};
        bool cached = false;
        for (const Entry& e : cache_) {
            if (e.a == a && e.b == b) {
                effects_ = e.effects;
                cached = true;
            }
        }
        if (!cached) {
            job_ = std::make_unique<bridge::EffectsJob>(a, b, kRuns);
            effects_ = job_->snapshot();
        }
        ++revision_;
    }
    if (!busy() || budget_ms <= 0.0) return;
    const double start = clock();
    std::size_t before = effects_.simulations_done;
    do {
        job_->advance(kChunk);
    } while (!job_->done() && clock() - start < budget_ms);
    // Rebuild the view only when a simulation finished (the view has no partial figures).
    CompareEffects next = job_->snapshot();
    if (next.simulations_done != before) {
        effects_ = std::move(next);
        ++revision_;
    }
    if (job_->done()) {
        cache_.push_back({a, b, effects_});
        if (cache_.size() > kCacheSize) cache_.erase(cache_.begin());
        job_.reset();
    }
}

namespace {

std::string fmt(const char* f, double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string pct(double p) { return std::isfinite(p) ? fmt("%.0f%%", p * 100.0) : "—"; }

std::string num_json(double v) {
    if (!std::isfinite(v)) return "null";
    return fmt("%.17g", v);
}

const char* severity_word(Severity s) {
    switch (s) {
        case Severity::Violation: return "violates ";
        case Severity::Conflict: return "in tension with ";
        case Severity::Note: return "consistent with ";
    }
    return "";
}

}  // namespace

std::string party_shift_text(const PartyShift& s) {
    std::string t = std::string(party_label(s.party)) + " " + fmt("%+.1f", s.delta) + " points";
    if (s.accepts != s.accepts_a) t += s.accepts ? " (now accepts)" : " (no longer accepts)";
    return t;
}

std::string law_change_text(const LawFinding& f) {
    return severity_word(f.severity) + f.principle + (f.clause.empty() ? "" : " (" + f.clause + ")");
}

std::string hold_change_text(const ClauseEffectView& e) {
    if (!e.hold_applicable) return "no ceasefire to hold";
    std::string t = pct(e.p_hold_60);
    if (std::isfinite(e.delta_p_hold_60))
        t += " (" + fmt("%+.1f", e.delta_p_hold_60 * 100.0) + " points against A)";
    return t;
}

std::string compare_effects_text(const CompareEffects& fx) {
    if (!fx.started) return "";
    std::string t = "Effects of B's clauses on A, one at a time: ";
    if (!fx.done) return t + "computing…\n";  // no moving counts: screen readers are not flooded
    if (fx.clauses.empty()) return t + "no clause differs.\n";
    t += std::to_string(fx.clauses.size()) + (fx.clauses.size() == 1 ? " clause" : " clauses") +
         " differ; holds 60 months: A " + (fx.a_applicable ? pct(fx.p_hold_60_a) : "no ceasefire") +
         ", B " + (fx.b_applicable ? pct(fx.p_hold_60_b) : "no ceasefire") + " (" +
         std::to_string(fx.runs) + " runs, A's seed).\n";
    for (const ClauseEffectView& e : fx.clauses) {
        t += "Effect of " + e.dimension + " → " + e.option_b + ": ";
        if (e.acceptance_applicable) {
            t += "sign";
            for (const PartyShift& s : e.parties) t += " " + party_shift_text(s) + ";";
        } else {
            t += "no agreement to sign;";
        }
        t += " law";
        if (e.legal_added.empty() && e.legal_removed.empty()) t += " unchanged;";
        for (const LawFinding& f : e.legal_added) t += " adds " + law_change_text(f) + ";";
        for (const LawFinding& f : e.legal_removed) t += " removes " + law_change_text(f) + ";";
        t += " holds 60 months " + hold_change_text(e) + ".\n";
    }
    return t;
}

std::string compare_effects_json(const CompareEffects& fx) {
    std::string j = "{\"started\":" + std::string(fx.started ? "true" : "false") +
                    ",\"done\":" + (fx.done ? "true" : "false") + ",\"runs\":" + std::to_string(fx.runs) +
                    ",\"simulationsDone\":" + std::to_string(fx.simulations_done) +
                    ",\"simulationsTotal\":" + std::to_string(fx.simulations_total) +
                    ",\"pHold60A\":" + num_json(fx.p_hold_60_a) + ",\"pHold60B\":" + num_json(fx.p_hold_60_b) +
                    ",\"clauses\":[";
    for (std::size_t i = 0; i < fx.clauses.size(); ++i) {
        const ClauseEffectView& e = fx.clauses[i];
        // Catalog ids are [a-z0-9_] (tested in the engine), so they need no escaping.
        j += std::string(i ? "," : "") + "{\"dim\":\"" + e.dimension_id + "\",\"optionB\":\"" +
             e.option_b_id + "\",\"ready\":" + (e.ready ? "true" : "false");
        std::string dm, acc, acc_a;
        for (const PartyShift& s : e.parties) {
            dm += (dm.empty() ? "" : ",") + num_json(s.delta);
            acc += std::string(acc.empty() ? "" : ",") + (s.accepts ? "true" : "false");
            acc_a += std::string(acc_a.empty() ? "" : ",") + (s.accepts_a ? "true" : "false");
        }
        j += ",\"deltaMargin\":[" + dm + "],\"accepts\":[" + acc + "],\"acceptsA\":[" + acc_a + "]";
        j += ",\"legalAdded\":" + std::to_string(e.legal_added.size()) +
             ",\"legalRemoved\":" + std::to_string(e.legal_removed.size()) +
             ",\"pHold60\":" + num_json(e.ready && e.hold_applicable ? e.p_hold_60 : std::nan("")) +
             ",\"deltaPHold60\":" + num_json(e.ready ? e.delta_p_hold_60 : std::nan("")) + "}";
    }
    return j + "]}";
}

}  // namespace armistice::ui
