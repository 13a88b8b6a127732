// dated_red_line_test.cpp — texts judged in the context of their date (issue #11): the optional
// "as_of" month of scenario files and presets, Russia's Nov 2025 demand for the rest of Donetsk
// oblast as a red line that binds only texts dated on or after it, and share links that keep the
// date (v1/v2 links take the base preset's; v3 stores a date that differs from it).
#include <gtest/gtest.h>

#include <string>

#include "engine/acceptance/acceptance.h"
#include "engine/red_lines.h"
#include "persist/link.h"
#include "persist/presets.h"
#include "persist/scenario_file.h"
#include "persist_test_support.h"

namespace armistice {
namespace {

using test_support::preset;

std::size_t donetsk_line() {
    const auto i = find_red_line("russia.rest_of_donetsk");
    EXPECT_TRUE(i.has_value());
    return i.value_or(0);
}

bool russia_crosses(const Scenario& s, std::size_t line) {
    for (const RedLineHit& h : evaluate_party(s, Party::Russia).red_lines_crossed) {
        if (h.red_line == line) return true;
    }
    return false;
}

TEST(DatedRedLine, BindsOnlyTextsDatedOnOrAfterTheStatement) {
    const RedLine& rl = red_lines()[donetsk_line()];
    EXPECT_EQ(rl.party, Party::Russia);
    EXPECT_EQ(rl.from, month_code(2025, 11));
    EXPECT_EQ(red_line_dates(rl), "from 2025-11");
    EXPECT_FALSE(in_force(rl, 0)) << "an undated text faces only undated red lines";
    EXPECT_FALSE(in_force(rl, month_code(2025, 10)));
    EXPECT_TRUE(in_force(rl, month_code(2025, 11)));
    EXPECT_TRUE(in_force(rl, month_code(2026, 1)));
    for (const RedLine& other : red_lines()) {
        if (other.from == 0) {
            EXPECT_TRUE(in_force(other, 0)) << other.id;
        }
        if (other.from != 0 && other.until != 0) {
            EXPECT_LT(other.from, other.until) << other.id;
        }
    }
    EXPECT_EQ(dormant_red_lines(month_code(2025, 12)) >> donetsk_line() & 1u, 0u);
    EXPECT_EQ(dormant_red_lines(month_code(2025, 2)) >> donetsk_line() & 1u, 1u);
}

TEST(DatedRedLine, AFreezeOnTheCurrentLineCrossesItOnlyInItsDatedContext) {
    const std::size_t line = donetsk_line();
    Scenario s = preset("us_ukraine_20_point_2025_12");  // freezes the current line
    ASSERT_EQ(s.as_of, month_code(2025, 12));
    EXPECT_TRUE(russia_crosses(s, line));
    EXPECT_FALSE(evaluate_party(s, Party::Russia).accepts);
    EXPECT_EQ(acceptance_odds(s).parties[static_cast<std::size_t>(Party::Russia)].p_accept, 0.0);
    s.as_of = month_code(2025, 3);  // the same text in March 2025's context
    EXPECT_FALSE(russia_crosses(s, line));
    s.as_of = 0;
    EXPECT_FALSE(russia_crosses(s, line));
    // The 28-point draft itself asks Ukraine to leave the rest of Donetsk: not crossed.
    EXPECT_FALSE(russia_crosses(preset("us_28_point_2025_11"), line));
    // Relaxable like every red line.
    Scenario relaxed = preset("e3_counter_2025_11");
    relaxed.relaxed_red_lines |= std::uint64_t{1} << line;
    bool shown_relaxed = false;
    for (const RedLineHit& h : evaluate_party(relaxed, Party::Russia).red_lines_crossed) {
        shown_relaxed = shown_relaxed || (h.red_line == line && h.relaxed);
    }
    EXPECT_TRUE(shown_relaxed);
}

TEST(DatedRedLine, ClosestAgreementNamesBothTerritorialRedLinesWhenNoneExists) {
    const Scenario& s = preset("us_ukraine_20_point_2025_12");
    const ClosestAgreement c = find_closest_agreement(s, persist::search_limits_for(s));
    if (c.has_solution) {
        // Any agreement found must respect the red line in force.
        const Catalog::Ref cur = option_ref("line.current_line");
        EXPECT_NE(c.choices[static_cast<std::size_t>(cur.dim)], cur.option);
        return;
    }
    bool donetsk = false;
    for (std::size_t id : c.blocking_red_lines) donetsk = donetsk || id == donetsk_line();
    EXPECT_TRUE(donetsk) << c.reason.message.key;
}

TEST(DatedRedLine, EveryPresetIsDatedByTheMonthOfItsText) {
    for (const persist::ScenarioFile& f : persist::presets()) {
        ASSERT_TRUE(f.meta.has_value()) << f.id;
        EXPECT_EQ(month_text(f.scenario.as_of), f.meta->date.substr(0, 7)) << f.id;
    }
}

}  // namespace

namespace persist {
namespace {

std::string file_with(const std::string& as_of_json) {
    return R"({"format": "armistice-scenario", "version": 1, "id": "dated", "name": "Dated",
               "clauses": {"line": "current_line"}, "as_of": )" +
           as_of_json + "}";
}

TEST(ScenarioFileAsOf, ReadsWritesAndRefusesBadMonths) {
    LoadResult r = load_scenario_file(file_with("\"2025-11\""), "dated.json");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.file->scenario.as_of, month_code(2025, 11));
    const std::string saved = save_scenario_json(*r.file);
    EXPECT_NE(saved.find("\"as_of\": \"2025-11\""), std::string::npos) << saved;
    const LoadResult again = load_scenario_file(saved, "saved.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.file, *r.file);
    for (const char* bad : {"\"2025-13\"", "\"25-11\"", "\"2025-1\"", "\"1990-12\"", "202511",
                            "\"2025-11-20\"", "\"2O25-11\""}) {
        const LoadResult b = load_scenario_file(file_with(bad), "bad.json");
        ASSERT_FALSE(b.ok()) << bad;
        EXPECT_EQ(b.errors[0].path, "as_of") << bad;
    }
    // Undated files save without the key, as before.
    ScenarioFile undated = *r.file;
    undated.scenario.as_of = 0;
    EXPECT_EQ(save_scenario_json(undated).find("as_of"), std::string::npos);
}

TEST(LinkAsOf, PresetLinksStayV1AndChangedDatesUseV3) {
    LinkState st;
    st.scenario = preset("e3_counter_2025_11");
    const std::string plain = encode_link(st);
    EXPECT_EQ(plain.substr(0, 3), "a1.") << "the preset's own date is not stored";
    const DecodeResult back = decode_link(plain);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.state->scenario.as_of, month_code(2025, 11)) << "restored from the preset";

    st.scenario.as_of = month_code(2025, 3);
    const std::string dated = encode_link(st);
    EXPECT_EQ(dated.substr(0, 3), "a3.");
    const DecodeResult d = decode_link(dated);
    ASSERT_TRUE(d.ok()) << d.error.message();
    EXPECT_EQ(*d.state, st);

    st.scenario.as_of = 0;  // an undated what-if of a dated preset
    const DecodeResult u = decode_link(encode_link(st));
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u.state->scenario.as_of, 0u);

    LinkState custom;  // no base preset: dated only when stored
    custom.scenario.as_of = month_code(2026, 1);
    EXPECT_EQ(encode_link(custom).substr(0, 3), "a3.");
    custom.scenario.as_of = 0;
    EXPECT_EQ(encode_link(custom).substr(0, 3), "a1.");
}

}  // namespace
}  // namespace persist
}  // namespace armistice
