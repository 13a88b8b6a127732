// compare_effects_test.cpp — the compare view's clause effects, computed a chunk at a time,
// equal engine/diff/diff_effects.h's one-shot result (the numbers `armistice diff` prints);
// the tracker restarts on a change, reuses finished pairs, and renders text and JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "engine/catalog.h"
#include "engine/diff/diff.h"
#include "engine/diff/diff_effects.h"
#include "persist/presets.h"
#include "text/message_text.h"
#include "ui/compare_effects.h"
#include "ui/data_text.h"
#include "ui/engine_bridge.h"

namespace {

using namespace armistice;

Scenario preset(const char* id) {
    const persist::ScenarioFile* f = persist::find_preset(id);
    EXPECT_NE(f, nullptr) << id;
    return f ? f->scenario : Scenario{};
}

void expect_same(double a, double b, const std::string& what) {
    if (std::isnan(a) || std::isnan(b)) EXPECT_TRUE(std::isnan(a) && std::isnan(b)) << what;
    else EXPECT_EQ(a, b) << what;
}

ui::CompareEffects run_job(const Scenario& a, const Scenario& b, std::uint32_t chunk) {
    ui::bridge::EffectsJob job(a, b, 2000);
    int guard = 0;
    while (!job.done() && ++guard < 100000) job.advance(chunk);
    return job.snapshot();
}

TEST(CompareEffects, ProgressiveJobEqualsDiffEffects) {
    const Scenario a = preset("us_28_point_2025_11");
    const Scenario b = preset("e3_counter_2025_11");
    const ScenarioDiff d = diff_scenarios(a, b);
    ASSERT_FALSE(d.clauses.empty());
    const DiffEffects ref = diff_effects(a, b, d, EffectOptions{2000});
    const ui::CompareEffects fx = run_job(a, b, 137);  // odd chunks: the result must not care

    ASSERT_TRUE(fx.done);
    EXPECT_EQ(fx.runs, ref.runs);
    EXPECT_EQ(fx.simulations_total, d.clauses.size() + 2);
    EXPECT_EQ(fx.a_applicable, ref.a_applicable);
    EXPECT_EQ(fx.b_applicable, ref.b_applicable);
    expect_same(fx.p_hold_60_a, ref.p_hold_60_a, "A");
    expect_same(fx.p_hold_60_b, ref.p_hold_60_b, "B");
    ASSERT_EQ(fx.clauses.size(), ref.clauses.size());
    for (std::size_t i = 0; i < ref.clauses.size(); ++i) {
        const ClauseEffect& r = ref.clauses[i];
        const ui::ClauseEffectView& e = fx.clauses[i];
        const std::string what(r.clause.dimension_id);
        ASSERT_TRUE(e.ready) << what;
        EXPECT_EQ(e.dimension_id, r.clause.dimension_id);
        EXPECT_EQ(e.option_b_id, r.clause.option_b_id);
        EXPECT_EQ(e.acceptance_applicable, r.acceptance.applicable) << what;
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            EXPECT_EQ(e.parties[p].margin, r.acceptance.margin[p]) << what << " party " << p;
            EXPECT_EQ(e.parties[p].delta, r.delta_margin[p]) << what << " party " << p;
            EXPECT_EQ(e.parties[p].accepts, r.acceptance.accepts[p]) << what << " party " << p;
            EXPECT_EQ(e.parties[p].accepts_a, ref.acceptance_a.accepts[p]) << what;
        }
        ASSERT_EQ(e.legal_added.size(), r.legal_added.size()) << what;
        ASSERT_EQ(e.legal_removed.size(), r.legal_removed.size()) << what;
        for (std::size_t k = 0; k < r.legal_added.size(); ++k)
            EXPECT_EQ(text::render(text::Strings(), e.legal_added[k].text),
                      text::render(text::Strings(), r.legal_added[k].explanation))
                << what;
        for (std::size_t k = 0; k < r.legal_removed.size(); ++k)
            EXPECT_EQ(text::render(text::Strings(), e.legal_removed[k].text),
                      text::render(text::Strings(), r.legal_removed[k].explanation))
                << what;
        EXPECT_EQ(e.hold_applicable, r.durability_applicable) << what;
        expect_same(e.p_hold_60, r.p_hold_60, what + " p60");
        expect_same(e.delta_p_hold_60, r.delta_p_hold_60, what + " delta p60");
    }
}

TEST(CompareEffects, ItselfHasNoClauses) {
    const Scenario a = preset("us_28_point_2025_11");
    const ui::CompareEffects fx = run_job(a, a, 2000);
    EXPECT_TRUE(fx.done);
    EXPECT_TRUE(fx.clauses.empty());
    EXPECT_EQ(fx.simulations_total, 2u);
    EXPECT_EQ(fx.p_hold_60_a, fx.p_hold_60_b);
}

TEST(CompareEffects, TrackerRestartsOnChangeAndReusesFinishedPairs) {
    const Scenario a = preset("us_28_point_2025_11");
    const Scenario b = preset("e3_counter_2025_11");
    double t = 0.0;
    const ui::Clock clock = [&t] { return t += 0.5; };  // every reading: half a millisecond later
    ui::CompareEffectsTracker tr;
    tr.update(a, b, 8.0, clock);
    EXPECT_TRUE(tr.effects().started);
    EXPECT_FALSE(tr.effects().done);
    EXPECT_NE(ui::compare_effects_text(text::Strings(), tr.effects()).find("computing…"),
              std::string::npos);
    int frames = 1;
    while (tr.busy() && frames < 10000) {
        tr.update(a, b, 8.0, clock);
        ++frames;
    }
    ASSERT_TRUE(tr.effects().done);
    EXPECT_GT(frames, 2) << "the work is spread over frames";
    const std::string text = ui::compare_effects_text(text::Strings(), tr.effects());
    EXPECT_NE(text.find("Effect of "), std::string::npos) << text;
    const std::string json = ui::compare_effects_json(tr.effects());
    EXPECT_NE(json.find("\"done\":true"), std::string::npos) << json;
    EXPECT_EQ(json.find("nan"), std::string::npos) << json;

    const ui::CompareEffects first = tr.effects();
    tr.update(a, a, 8.0, clock);  // B changed: a new job for the new pair
    EXPECT_NE(tr.effects().simulations_total, first.simulations_total);
    while (tr.busy()) tr.update(a, a, 8.0, clock);
    EXPECT_TRUE(tr.effects().clauses.empty());
    const std::uint64_t rev = tr.revision();
    tr.update(a, b, 0.0, clock);  // back to the first pair: reused from the cache at once
    EXPECT_GT(tr.revision(), rev);
    EXPECT_FALSE(tr.busy());
    EXPECT_TRUE(tr.effects().done);
    EXPECT_EQ(ui::compare_effects_json(tr.effects()), json);

    // The same effects in Ukrainian and Russian: the table's sentences and the catalog's
    // translated labels, none of the English sentences; the JSON is the same in every language.
    for (const char* code : {"uk", "ru"}) {
        SCOPED_TRACE(code);
        const text::Strings tr_t(*text::find_language(code));
        tr.update(a, b, 0.0, clock);
        const std::string other = ui::compare_effects_text(tr_t, tr.effects());
        for (const char* english :
             {"Effects of B's clauses", "Effect of ", "holds 60 months", " points", "now accepts",
              "no longer accepts", " runs, A's seed"})
            EXPECT_EQ(other.find(english), std::string::npos) << english << "\n" << other;
        const std::size_t n = tr.effects().clauses.size();
        ASSERT_GT(n, 0u);
        const std::string head = tr_t.format(
            tr_t.plural(static_cast<long long>(n), text::Str::compare_text_head_one,
                        text::Str::compare_text_head_few, text::Str::compare_text_head_many),
            {{"n", std::to_string(n)}});
        EXPECT_EQ(other.rfind(head.substr(0, head.find(';')), 0), 0u) << "the count's form\n"
                                                                      << other;
        const ui::ClauseEffectView& e = tr.effects().clauses.front();
        const Dimension* dim = nullptr;
        for (const Dimension& d : catalog().dimensions)
            if (d.id == e.dimension_id) dim = &d;
        ASSERT_NE(dim, nullptr);
        EXPECT_NE(other.find(std::string(ui::dimension_label(tr_t, *dim))), std::string::npos)
            << other;
        EXPECT_NE(std::string(ui::dimension_label(tr_t, *dim)), std::string(dim->label));
        EXPECT_EQ(ui::compare_effects_json(tr.effects()), json);
    }
}

}  // namespace
