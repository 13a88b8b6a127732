// scenario_file_test.cpp — scenario files: every preset validates and round-trips; a table of
// malformed files each yields its specific error naming file, field and problem.
#include <gtest/gtest.h>

#include <string>

#include "engine/red_lines.h"
#include "persist/presets.h"
#include "persist/scenario_file.h"

namespace armistice::persist {
namespace {

const char* const kValid = R"({
  "format": "armistice-scenario", "version": 1,
  "id": "test_case",
  "name": "Test case",
  "description": "Two sentences. Here.",
  "meta": {"date": "2025-02-24", "proposer": "nobody", "status": "analysis", "sources": ["Seed 001: x"]},
  "clauses": {"line": "current_line", "alignment": "nato_norway", "guarantee": "article5"},
  "context": {"western_aid": 100, "sanctions_pressure": 6},
  "lens": "evidence",
  "relaxed_red_lines": ["russia.no_nato"],
  "simulation": {"runs": 10000, "horizon_months": 120, "seed": 1}
})";

std::string with(const std::string& from, const std::string& to) {
    std::string text = kValid;
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

TEST(ScenarioFile, ValidExampleLoads) {
    const LoadResult r = load_scenario_file(kValid, "test.json");
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors[0].to_string());
    const ScenarioFile& f = *r.file;
    EXPECT_EQ(f.id, "test_case");
    EXPECT_EQ(f.scenario.base_preset, "test_case");
    EXPECT_EQ(f.scenario.name, "Test case");
    const Catalog& cat = catalog();
    EXPECT_EQ(cat.at(Dim::Alignment).options[f.scenario.choice(Dim::Alignment)].id, "nato_norway");
    // Absent dimensions and levers take their documented defaults.
    EXPECT_EQ(f.scenario.choice(Dim::Amnesty), cat.at(Dim::Amnesty).default_option);
    EXPECT_EQ(f.scenario.context.get(Lever::UsReliability), lever_info(Lever::UsReliability).default_value);
    EXPECT_TRUE(f.scenario.is_relaxed(*find_red_line("russia.no_nato")));
    ASSERT_TRUE(f.meta.has_value());
    EXPECT_EQ(f.meta->status, PresetStatus::Analysis);
    ASSERT_EQ(f.meta->sources.size(), 1u);
}

TEST(ScenarioFile, SaveLoadIsIdentity) {
    const LoadResult r = load_scenario_file(kValid, "test.json");
    ASSERT_TRUE(r.ok());
    const std::string saved = save_scenario_json(*r.file);
    const LoadResult again = load_scenario_file(saved, "saved.json");
    ASSERT_TRUE(again.ok()) << again.errors[0].to_string();
    EXPECT_EQ(*again.file, *r.file);
    EXPECT_EQ(save_scenario_json(*again.file), saved);  // byte-stable
}

TEST(ScenarioFile, MetaIsOptional) {
    std::string text = kValid;
    const std::size_t from = text.find("  \"meta\"");
    const std::size_t to = text.find("\n", from);
    text.erase(from, to - from + 1);
    const LoadResult r = load_scenario_file(text, "t.json");
    ASSERT_TRUE(r.ok()) << r.errors[0].to_string();
    EXPECT_FALSE(r.file->meta.has_value());
    const LoadResult again = load_scenario_file(save_scenario_json(*r.file), "t.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.file, *r.file);
}

TEST(ScenarioFile, EveryPresetValidatesAndRoundTrips) {
    ASSERT_GE(presets().size(), 13u);
    for (const ScenarioFile& p : presets()) {
        SCOPED_TRACE(p.id);
        EXPECT_TRUE(validate(p.scenario).empty());
        const LoadResult again = load_scenario_file(save_scenario_json(p), p.id);
        ASSERT_TRUE(again.ok()) << again.errors[0].to_string();
        EXPECT_EQ(*again.file, p);
    }
}

TEST(ScenarioFile, MissingFileIsAnError) {
    const LoadResult r = load_scenario_path("/nonexistent/dir/x.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.errors[0].message.find("cannot open"), std::string::npos);
}

struct Malformed {
    const char* label;
    std::string text;
    const char* path;     // expected field path of the (first) error
    const char* message;  // expected substring of its message
};

std::string nested(int depth) {
    std::string s = R"({"format": "armistice-scenario", "version": 1, "x": )";
    for (int i = 0; i < depth; ++i) s += "[";
    for (int i = 0; i < depth; ++i) s += "]";
    return s + "}";
}

std::vector<Malformed> malformed_cases() {
    const std::string big_name(200, 'x');
    const std::string huge_string(5000, 'y');
    std::string huge_file = kValid;
    huge_file.insert(huge_file.size() - 1, ", \"pad\": \"" + std::string(70000, ' ') + "\"");
    return {
        {"wrong type (string for number)", with("\"western_aid\": 100", "\"western_aid\": \"high\""),
         "context.western_aid", "wrong type: expected a number"},
        {"wrong type (number for string)", with("\"nato_norway\"", "3"), "clauses.alignment",
         "wrong type"},
        {"wrong type (array for object)", with("\"context\": {\"western_aid\": 100, \"sanctions_pressure\": 6}", "\"context\": [1, 2]"),
         "context", "expected an object"},
        {"unknown option id", with("nato_norway", "nato_plus"), "clauses.alignment", "unknown option \"nato_plus\""},
        {"unknown dimension", with("\"line\"", "\"frontline\""), "clauses.frontline", "unknown dimension"},
        {"unknown key", with("\"lens\"", "\"lense\""), "lense", "unknown key \"lense\""},
        {"unknown lever", with("\"western_aid\"", "\"eastern_aid\""), "context.eastern_aid", "unknown lever"},
        {"out of range", with("\"western_aid\": 100", "\"western_aid\": 500"), "context.western_aid",
         "is 500; must be between 0 and 200"},
        {"out of range, signed lever", with("\"sanctions_pressure\": 6", "\"battlefield_trend\": -1638.4"),
         "context.battlefield_trend", "is -1638.4; must be between -1 and +1"},
        {"off the step grid", with("\"western_aid\": 100", "\"western_aid\": 37.123456"), "context.western_aid",
         "is 37.123456, which is not a multiple of its step 5; use for example 35 or 40"},
        {"version 1.0", with("\"version\": 1", "\"version\": 1.0"), "version",
         "decimal point"},
        {"version as a string", with("\"version\": 1", "\"version\": \"1\""), "version",
         "wrong type: a string (\"1\")"},
        {"version too large", with("\"version\": 1", "\"version\": 99999999999"), "version",
         "is 99999999999, out of range"},
        {"empty name", with("\"Test case\"", "\"\""), "name", "is empty"},
        {"name with a right-to-left override", with("Test case", "Test \\u202Ecase"), "name",
         "contains U+202E (right-to-left override)"},
        {"name with a raw right-to-left isolate", with("Test case", "Test \u2067case"), "name",
         "contains U+2067 (right-to-left isolate)"},
        {"name with a line separator", with("Test case", "Test\\u2028case"), "name",
         "contains U+2028 (line separator)"},
        {"description with a bidi override", with("Here.", "\\u202EHere."), "description",
         "contains U+202E"},
        {"negative runs", with("\"runs\": 10000", "\"runs\": -5"), "simulation.runs", "is -5, a negative number"},
        {"fractional runs", with("\"runs\": 10000", "\"runs\": 1.5"), "simulation.runs", "whole number"},
        {"runs too small", with("\"runs\": 10000", "\"runs\": 5"), "simulation.runs", "allowed range"},
        {"non-finite (huge exponent)", with("\"western_aid\": 100", "\"western_aid\": 1e999"), "", "non-finite"},
        {"non-finite (NaN)", with("\"western_aid\": 100", "\"western_aid\": NaN"), "", "non-finite"},
        {"non-finite (-Infinity)", with("\"western_aid\": 100", "\"western_aid\": -Infinity"), "", "non-finite"},
        {"deep nesting", nested(20), "", "nesting deeper than 8"},
        {"name too long", with("\"Test case\"", "\"" + big_name + "\""), "name", "at most 120"},
        {"huge string", with("\"Test case\"", "\"" + huge_string + "\""), "", "longer than 4096"},
        {"huge file", huge_file, "", "at most 65536"},
        {"truncated", std::string(kValid).substr(0, 200), "", "ends"},
        {"truncated inside string", std::string(kValid).substr(0, 120), "", "ends inside a string"},
        {"not an object", "[1, 2, 3]", "", "top level must be a JSON object"},
        {"empty", "   \n", "", "empty"},
        {"trailing content", std::string(kValid) + " {}", "", "after the end"},
        {"duplicate key", with("\"lens\": \"evidence\"", "\"lens\": \"evidence\", \"lens\": \"leverage\""), "lens",
         "duplicate key"},
        {"duplicate key nested", with("\"line\": \"current_line\"", "\"line\": \"current_line\", \"line\": \"current_line\""),
         "clauses.line", "duplicate key"},
        {"wrong format", with("armistice-scenario", "something-else"), "format", "not an Armistice scenario file"},
        {"newer version", with("\"version\": 1", "\"version\": 7"), "version", "newer version"},
        {"missing id", with("\"id\": \"test_case\",", ""), "id", "missing"},
        {"invalid id", with("\"test_case\"", "\"Test Case\""), "id", "not a valid id"},
        {"NUL escape", with("\"Test case\"", "\"Test\\u0000case\""), "", "\\u0000"},
        {"control character escape", with("\"Test case\"", "\"Test\\u0007case\""), "name", "control characters"},
        {"invalid UTF-8", with("Test case", "Test \xC3\x28 case"), "", "invalid UTF-8"},
        {"raw control character", with("Test case", "Test\x01" "case"), "", "control character"},
        {"lone surrogate", with("Test case", "Test \\ud800 case"), "", "surrogate"},
        {"unknown lens", with("\"evidence\"", "\"astrology\""), "lens", "unknown lens"},
        {"unknown red line", with("russia.no_nato", "russia.no_bananas"), "relaxed_red_lines[0]", "unknown red line"},
        {"duplicate red line", with("[\"russia.no_nato\"]", "[\"russia.no_nato\", \"russia.no_nato\"]"),
         "relaxed_red_lines[1]", "listed twice"},
        {"red lines not an array", with("[\"russia.no_nato\"]", "\"russia.no_nato\""), "relaxed_red_lines",
         "expected an array"},
        {"unknown meta status", with("\"analysis\"", "\"rumoured\""), "meta.status", "unknown status"},
        {"unknown simulation key", with("\"seed\": 1", "\"seed\": 1, \"threads\": 4"), "simulation.threads",
         "unknown key"},
        {"syntax error", with("\"lens\": \"evidence\"", "\"lens\" \"evidence\""), "", "expected ':'"},
        {"single quotes", with("\"lens\": \"evidence\"", "'lens': 'evidence'"), "", "expected a key"},
        {"trailing comma", with("\"seed\": 1}", "\"seed\": 1,}"), "", "expected a key"},
    };
}

TEST(ScenarioFile, MalformedFilesGiveSpecificErrors) {
    for (const Malformed& c : malformed_cases()) {
        SCOPED_TRACE(c.label);
        const LoadResult r = load_scenario_file(c.text, "bad.json");
        ASSERT_FALSE(r.ok());
        ASSERT_FALSE(r.errors.empty());
        bool found = false;
        for (const LoadError& e : r.errors) {
            EXPECT_EQ(e.file, "bad.json");
            if (e.path == c.path && e.message.find(c.message) != std::string::npos) found = true;
        }
        std::string all;
        for (const LoadError& e : r.errors) all += e.to_string() + "\n";
        EXPECT_TRUE(found) << "expected " << c.path << ": ..." << c.message << "...\ngot:\n" << all;
    }
}

TEST(ScenarioFile, NewerVersionIsReportedAlone) {
    std::string text = with("\"version\": 1", "\"version\": 2");
    text = text.replace(text.find("\"lens\""), 6, "\"future_key\"");
    const LoadResult r = load_scenario_file(text, "new.json");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].message.find("newer version"), std::string::npos);
}

TEST(ScenarioFile, AllErrorsAreReportedNotJustTheFirst) {
    std::string text = with("nato_norway", "nato_plus");
    text = text.replace(text.find("\"western_aid\": 100"), 18, "\"western_aid\": true");
    const LoadResult r = load_scenario_file(text, "two.json");
    ASSERT_EQ(r.errors.size(), 2u);
    EXPECT_EQ(r.errors[0].path, "clauses.alignment");
    EXPECT_EQ(r.errors[1].path, "context.western_aid");
}

TEST(ScenarioFile, ErrorMessagesNeverEchoControlCharacters) {
    const LoadResult r = load_scenario_file(with("\"lens\"", "\"le\\u001b[31mns\""), "esc.json");
    ASSERT_FALSE(r.ok());
    for (const LoadError& e : r.errors) {
        for (const char c : e.to_string()) EXPECT_GE(static_cast<unsigned char>(c), 0x20u);
    }
}

}  // namespace
}  // namespace armistice::persist
