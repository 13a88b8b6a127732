// engine_bridge_best.cpp — "Most durable acceptable deal": durability::MostDurableSearch →
// HoldOutcome.best (one bounded search step per call, so the page spreads it over frames) and
// the search's progress in plain words.
#include <cstdio>

#include "engine/durability/most_durable.h"
#include "text/message_text.h"
#include "text/sentence_text.h"
#include "ui/engine_bridge.h"

namespace armistice::ui::bridge {

struct BestJob::Impl {
    Scenario draft;
    durability::MostDurableSearch search;
    Impl(const Scenario& s, const Choices* start) : draft(s), search(s, {}, start) {}
};

BestJob::BestJob(const Scenario& s, const std::optional<Scenario>& closest)
    : impl_(std::make_unique<Impl>(s, closest ? &closest->choices : nullptr)) {}
BestJob::~BestJob() = default;

bool BestJob::step() {
    return impl_->search.step();
}
bool BestJob::done() const {
    return impl_->search.done();
}

std::string BestJob::progress() const {
    const durability::MostDurableProgress g = impl_->search.progress();
    char buf[192];
    // English until the hold card renders its progress in the reader's language.
    const std::string stage = text::render(text::Strings(), g.stage);
    int n = std::snprintf(buf, sizeof buf, "Round %u of at most %u: %s", g.round, g.max_rounds,
                          stage.c_str());
    if (g.total > 0 && n > 0 && static_cast<std::size_t>(n) < sizeof buf)
        n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), ", %u of %u", g.done,
                           g.total);
    if (n > 0 && static_cast<std::size_t>(n) < sizeof buf)
        std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n),
                      " (%u agreement%s simulated).", g.evaluated, g.evaluated == 1 ? "" : "s");
    return buf;
}

void BestJob::fill(HoldOutcome& hold) const {
    hold.best_ready = done();
    if (!done()) return;
    const durability::MostDurableResult r = impl_->search.result();
    if (!r.found) {
        hold.best.reset();
        hold.best_summary = text::render(text::Strings(), r.reason);
        hold.best_changes = 0;
        return;
    }
    Scenario best = impl_->draft;
    best.choices = r.choices;
    hold.best = best;
    hold.best_changes = static_cast<int>(r.changes.size());
    char head[160];
    std::snprintf(head, sizeof head, "Holds %s: %.0f%% from %s (%.0f%%).",
                  hold.interim ? hold.term_label(text::Strings()).c_str() : "5 years",
                  100.0 * r.p_hold,
                  r.started_from_draft ? "your draft" : "the closest acceptable agreement",
                  100.0 * r.p_hold_start);
    std::string s = head;
    if (r.changes.empty()) s += " No clause of your draft changes.";
    for (const ClauseChange& c : r.changes) {
        const Dimension& d = catalog().at(c.dim);
        s += "\n" + std::string(d.label) + ": " + std::string(d.options[c.to].label);
    }
    hold.best_summary = s;
}

}  // namespace armistice::ui::bridge
