// compare_effects.cpp — see compare_effects.h.
#include "ui/compare_effects.h"
#include "text/message_text.h"

#include <cmath>
#include <cstdio>
#include <utility>

#include "engine/catalog.h"
#include "ui/data_text.h"
#include "ui/party_text.h"

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

using text::Str;

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

Str severity_key(Severity s) {
    switch (s) {
        case Severity::Violation:
            return Str::compare_text_violates;
        case Severity::Conflict:
            return Str::compare_text_tension;
        case Severity::Note:
            break;
    }
    return Str::compare_text_consistent;
}

// The reader's-language labels of a clause: found by the ids the view carries (the view's own
// labels are the catalog's English).
std::pair<std::string, std::string> clause_words(const text::Strings& t,
                                                 const ClauseEffectView& e) {
    for (const Dimension& d : catalog().dimensions) {
        if (d.id != e.dimension_id) continue;
        for (const Option& o : d.options)
            if (o.id == e.option_b_id)
                return {std::string(dimension_label(t, d)), std::string(option_label(t, d, o))};
        return {std::string(dimension_label(t, d)), e.option_b};
    }
    return {e.dimension, e.option_b};
}

}  // namespace

std::string party_shift_text(const text::Strings& t, const PartyShift& s) {
    const Str key = s.accepts == s.accepts_a ? Str::compare_text_shift
                    : s.accepts              ? Str::compare_text_shift_now_accepts
                                             : Str::compare_text_shift_no_longer_accepts;
    return t.format(key, {{"party", party_name(t, s.party)}, {"delta", fmt("%+.1f", s.delta)}});
}

std::string law_change_text(const text::Strings& t, const LawFinding& f) {
    return t.format(severity_key(f.severity), {{"principle", text::render(t, f.principle)}}) +
           (f.clause.empty() ? "" : " (" + text::render(t, f.clause) + ")");
}

std::string hold_change_text(const text::Strings& t, const ClauseEffectView& e) {
    if (!e.hold_applicable) return t(Str::compare_text_no_ceasefire_to_hold);
    if (!std::isfinite(e.delta_p_hold_60)) return pct(e.p_hold_60);
    return t.format(
        Str::compare_text_hold_delta,
        {{"percent", pct(e.p_hold_60)}, {"delta", fmt("%+.1f", e.delta_p_hold_60 * 100.0)}});
}

std::string compare_effects_text(const text::Strings& t, const CompareEffects& fx) {
    if (!fx.started) return "";
    // No moving counts while it runs: screen readers are not flooded.
    if (!fx.done) return std::string(t(Str::compare_text_computing)) + "\n";
    if (fx.clauses.empty()) return std::string(t(Str::compare_text_none)) + "\n";
    const auto n = static_cast<long long>(fx.clauses.size());
    const std::string none = t(Str::compare_text_no_ceasefire);
    std::string out = t.format(t.plural(n, Str::compare_text_head_one, Str::compare_text_head_few,
                                        Str::compare_text_head_many),
                               {{"n", std::to_string(n)},
                                {"a", fx.a_applicable ? pct(fx.p_hold_60_a) : none},
                                {"b", fx.b_applicable ? pct(fx.p_hold_60_b) : none},
                                {"runs", std::to_string(fx.runs)}}) +
                      "\n";
    for (const ClauseEffectView& e : fx.clauses) {
        const auto [dimension, option] = clause_words(t, e);
        out +=
            t.format(Str::compare_text_effect_of, {{"dimension", dimension}, {"option", option}});
        if (e.acceptance_applicable) {
            out += std::string(" ") + t(Str::compare_text_sign);
            for (const PartyShift& s : e.parties) out += " " + party_shift_text(t, s) + ";";
        } else {
            out += std::string(" ") + t(Str::compare_text_no_agreement);
        }
        out += std::string(" ") + t(Str::compare_text_law);
        if (e.legal_added.empty() && e.legal_removed.empty())
            out += std::string(" ") + t(Str::compare_text_law_unchanged);
        for (const LawFinding& f : e.legal_added)
            out += " " + t.format(Str::compare_text_adds, {{"finding", law_change_text(t, f)}});
        for (const LawFinding& f : e.legal_removed)
            out += " " + t.format(Str::compare_text_removes, {{"finding", law_change_text(t, f)}});
        out += " " + t.format(Str::compare_text_holds, {{"hold", hold_change_text(t, e)}}) + "\n";
    }
    return out;
}

// i18n-exempt-begin: the field names of window.armistice.compareEffects, a machine interface
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
// i18n-exempt-end

}  // namespace armistice::ui
