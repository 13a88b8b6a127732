// data_check_test.cpp — the schema check of data/ (engine/data/data_set.h): the real data passes
// and matches the catalog and party model compiled from it; damaged copies (the real files with
// one defect each, written to a temp dir) fail with the expected `file:line: field:` messages.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/acceptance/party_model.h"
#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/data/data_set.h"
#include "engine/durability/params.h"
#include "engine/lens.h"
#include "file_lines.h"

namespace armistice {
namespace {

namespace fs = std::filesystem;
using data::Problem;

const std::string kData = std::string(ARMISTICE_SOURCE_DIR) + "/data";
const char* const kFiles[] = {data::kDimensionsFile, data::kOptionsFile,  data::kOptionSourcesFile,
                              data::kUtilitiesFile,  data::kSalienceFile, data::kManifestFile,
                              data::kLeversFile,     data::kLensesFile};

using test::read_lines;
using test::write_lines;

// A copy of the real data in a fresh temp dir; edit() changes one file's lines.
struct DamagedCopy {
    std::string dir;
    explicit DamagedCopy(const std::string& name) {
        dir = (fs::temp_directory_path() / ("armistice_data_check_" + name)).string();
        fs::remove_all(dir);
        for (const char* f : kFiles) {
            fs::create_directories(fs::path(dir + "/" + f).parent_path());
            fs::copy_file(kData + "/" + f, dir + "/" + f);
        }
    }
    ~DamagedCopy() { fs::remove_all(dir); }
    template <typename Fn>
    void edit(const char* file, Fn fn) {
        auto lines = read_lines(dir + "/" + file);
        ASSERT_GT(lines.size(), 3u);
        fn(lines);
        write_lines(dir + "/" + file, lines);
    }
    std::vector<std::string> problems() const {
        std::vector<Problem> ps;
        const auto set = data::load_data_set(dir, ps);
        if (ps.empty()) data::check_codes_kept(catalog(), set, dir + "/" + data::kManifestFile, ps);
        std::vector<std::string> out;
        for (const Problem& p : ps) out.push_back(data::format_problem(p));
        return out;
    }
};

std::string replace_field(const std::string& line, std::size_t index, const std::string& value) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < index; ++i) start = line.find(',', start) + 1;
    const std::size_t end = std::min(line.find(',', start), line.size());
    return line.substr(0, start) + value + line.substr(end);
}

// Exactly one problem, starting with `prefix` (the file relative to the copy, line, field).
void expect_one(const DamagedCopy& c, const std::string& prefix) {
    const auto ps = c.problems();
    ASSERT_EQ(ps.size(), 1u) << (ps.empty() ? "no problem" : ps[0] + " … and more");
    EXPECT_EQ(ps[0].rfind(c.dir + "/" + prefix, 0), 0u) << ps[0];
}

TEST(DataCheck, RealDataPassesAndKeepsEveryBuiltInCode) {
    std::vector<Problem> ps;
    const auto set = data::load_data_set(kData, ps);
    data::check_codes_kept(catalog(), set, kData + "/" + data::kManifestFile, ps);
    for (const Problem& p : ps) ADD_FAILURE() << data::format_problem(p);
    EXPECT_EQ(set.dimensions.size(), kDimensionCount);
}

// The engine is compiled from data/: the tables read now equal what the engine holds.
TEST(DataCheck, CompiledCatalogAndPositionsEqualTheDataFiles) {
    std::vector<Problem> ps;
    const auto set = data::load_data_set(kData, ps);
    ASSERT_TRUE(ps.empty());
    const Catalog& cat = catalog();
    const auto& model = party_model();
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        const auto& want = set.dimensions[d];
        const Dimension& have = cat.dimensions[d];
        EXPECT_EQ(have.id, want.id);
        EXPECT_EQ(have.label, want.label);
        EXPECT_EQ(have.question, want.question);
        EXPECT_EQ(have.default_option, want.default_option);
        ASSERT_EQ(have.options.size(), want.options.size()) << want.id;
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            EXPECT_EQ(model[d].salience[p], want.salience[p].value) << want.id;
            EXPECT_EQ(model[d].salience_note[p], want.salience[p].note);
        }
        for (std::size_t o = 0; o < have.options.size(); ++o) {
            const auto& wo = want.options[o];
            const Option& ho = have.options[o];
            EXPECT_EQ(ho.id, wo.id);
            EXPECT_EQ(ho.description, wo.description);
            EXPECT_EQ(ho.mechanisms, wo.mechanisms) << wo.id;
            EXPECT_EQ(ho.kind, wo.kind) << wo.id;
            ASSERT_EQ(ho.sources.size(), wo.sources.size()) << wo.id;
            for (std::size_t s = 0; s < ho.sources.size(); ++s)
                EXPECT_EQ(ho.sources[s].note, wo.sources[s].note);
            for (std::size_t p = 0; p < kPartyCount; ++p) {
                if (wo.kind != ClauseKind::LeftOpen) {  // left open: computed (party_model.h)
                    EXPECT_EQ(model[d].rows[o].utility[p], wo.utility[p].value) << wo.id;
                }
                EXPECT_EQ(model[d].rows[o].source[p], wo.utility[p].source) << wo.id;
            }
        }
    }
}

TEST(DataCheck, UnknownColumn) {
    DamagedCopy c("unknown_column");
    c.edit(data::kOptionsFile, [](auto& l) { l[0] = replace_field(l[0], 4, "mechanism"); });
    expect_one(c, "catalog/options.csv:1: mechanism: unknown column");
}

TEST(DataCheck, MissingColumnAndMissingField) {
    DamagedCopy c("missing_field");
    c.edit(data::kOptionSourcesFile, [](auto& l) { l[1] = replace_field(l[1], 3, ""); });
    expect_one(c, "catalog/option_sources.csv:2: note: missing");
    DamagedCopy m("missing_column");
    m.edit(data::kSalienceFile, [](auto& l) { l[0] = replace_field(l[0], 3, "origin"); });
    const auto ps = m.problems();
    ASSERT_EQ(ps.size(), 2u + 108u);  // origin unknown, source missing; each row's source empty
    EXPECT_EQ(ps[0], m.dir +
                         "/positions/salience.csv:1: origin: unknown column (expected: "
                         "dimension, party, salience, source, note)");
    EXPECT_EQ(ps[1], m.dir + "/positions/salience.csv:1: source: missing column");
}

TEST(DataCheck, BadNumber) {
    DamagedCopy c("bad_number");
    c.edit(data::kUtilitiesFile, [](auto& l) { l[1] = replace_field(l[1], 2, "1OO"); });
    expect_one(c, "positions/utilities.csv:2: utility: bad number '1OO'");
}

TEST(DataCheck, OutOfRange) {
    DamagedCopy c("out_of_range");
    c.edit(data::kSalienceFile, [](auto& l) { l[1] = replace_field(l[1], 2, "31"); });
    expect_one(c, "positions/salience.csv:2: salience: out of range: 31 (relative weight 0 … 30)");
    DamagedCopy u("utility_range");
    u.edit(data::kUtilitiesFile, [](auto& l) { l[1] = replace_field(l[1], 2, "-101"); });
    expect_one(u, "positions/utilities.csv:2: utility: out of range: -101");
}

TEST(DataCheck, UnknownQualifiedId) {
    DamagedCopy c("unknown_id");
    c.edit(data::kOptionSourcesFile, [](auto& l) {
        l.push_back(
            "line.borders_1992,Seed 001,describes,a claim about an option that is not there");
    });
    expect_one(c, "catalog/option_sources.csv:190: option: unknown option 'line.borders_1992'");
}

TEST(DataCheck, DuplicateId) {
    DamagedCopy c("duplicate_id");
    c.edit(data::kOptionsFile, [](auto& l) { l.push_back(l[1]); });
    expect_one(c,
               "catalog/options.csv:167: option: duplicate 'line.borders_1991' (first at line 2)");
    DamagedCopy u("duplicate_utility");
    u.edit(data::kUtilitiesFile, [](auto& l) { l.push_back(l[1]); });
    expect_one(u, "positions/utilities.csv:662: party: second utility for 'line.borders_1991'");
}

TEST(DataCheck, UtilityForAnOptionThatDoesNotExist) {
    DamagedCopy c("utility_no_option");
    c.edit(data::kUtilitiesFile,
           [](auto& l) { l.push_back("line.nowhere,ukraine,10,Assumption,no such option"); });
    expect_one(c, "positions/utilities.csv:662: option: unknown option 'line.nowhere'");
}

TEST(DataCheck, OptionWithoutAUtilityForASignatoryParty) {
    DamagedCopy c("no_utility");
    c.edit(data::kUtilitiesFile, [](auto& l) {
        ASSERT_EQ(l[2].rfind("line.borders_1991,russia,", 0), 0u);
        l.erase(l.begin() + 2);
    });
    expect_one(c,
               "catalog/options.csv:2: option: 'line.borders_1991' has no utility for "
               "signatory party 'russia' in positions/utilities.csv");
}

TEST(DataCheck, LeftOpenUtilityMustBeEmpty) {
    DamagedCopy c("left_open_value");
    c.edit(data::kUtilitiesFile, [](auto& l) {
        for (auto& line : l)
            if (line.rfind("line.left_open,ukraine,", 0) == 0) line = replace_field(line, 2, "5");
    });
    const auto ps = c.problems();
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_NE(ps[0].find("utilities.csv:"), std::string::npos);
    EXPECT_NE(ps[0].find(": utility: must be empty for a left-open option"), std::string::npos);
}

TEST(DataCheck, ManifestCodesReordered) {
    DamagedCopy c("manifest_reordered");
    c.edit(data::kManifestFile, [](auto& l) {
        const auto a = std::find(l.begin(), l.end(), "line.borders_1991,0");
        const auto b = std::find(l.begin(), l.end(), "line.lines_2022,1");
        ASSERT_TRUE(a != l.end() && b == a + 1);
        std::iter_swap(a, b);
    });
    const auto ps = c.problems();
    ASSERT_EQ(ps.size(), 2u);
    EXPECT_EQ(ps[0], c.dir +
                         "/manifest/option_codes.csv:29: code: is 1, expected 0: codes are "
                         "append-only (0, 1, 2 … in file order within a dimension); a share "
                         "link stores them, so never reorder or remove a row");
    EXPECT_EQ(ps[1].rfind(c.dir + "/manifest/option_codes.csv:30: code: is 0, expected 1", 0), 0u);
}

TEST(DataCheck, ManifestCodeRemovedInTheMiddle) {
    DamagedCopy c("manifest_removed");
    c.edit(data::kManifestFile,
           [](auto& l) { l.erase(std::find(l.begin(), l.end(), "line.after_gains,2")); });
    const auto ps = c.problems();
    ASSERT_GE(ps.size(), 2u);
    EXPECT_EQ(ps[0].rfind(c.dir + "/manifest/option_codes.csv:31: code: is 3, expected 2", 0), 0u)
        << ps[0];
    const std::string want =
        c.dir + "/catalog/options.csv:4: option: 'line.after_gains' has no code";
    ASSERT_EQ(ps.size(), 4u + 1u) << ps.back();  // the four later codes of 'line' shift too
    EXPECT_EQ(ps.back().rfind(want, 0), 0u) << ps.back();
}

// An option deleted everywhere, its last code too: only the catalog this program was built
// with still knows the code, and the check reports it.
TEST(DataCheck, LastCodeRemovedEverywhereIsCaughtAgainstTheBuiltInCatalog) {
    DamagedCopy c("last_code_removed");
    const std::string id = "term.year_1";
    for (const char* f : {data::kOptionsFile, data::kOptionSourcesFile, data::kUtilitiesFile,
                          data::kManifestFile}) {
        c.edit(f, [&](auto& l) {
            l.erase(std::remove_if(l.begin(), l.end(),
                                   [&](const std::string& s) { return s.rfind(id + ",", 0) == 0; }),
                    l.end());
        });
    }
    const auto ps = c.problems();
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0], c.dir +
                         "/manifest/option_codes.csv:1: id: 'term.year_1' had code 3 in "
                         "dimension 'term' in the catalog this program was built with: codes "
                         "are append-only (share links store them), restore the row");
}

// data/README.md's worked example, applied to a copy: its four ```csv blocks, in the order of the
// files it names, make a data set that passes the check with one more option.
TEST(DataCheck, TheReadmeWorkedExampleAddsOneOptionThatPasses) {
    std::ifstream in(kData + "/README.md");
    std::stringstream text;
    text << in.rdbuf();
    const std::string readme = text.str();
    std::vector<std::vector<std::string>> blocks;
    for (std::size_t at = readme.find("```csv\n"); at != std::string::npos;
         at = readme.find("```csv\n", at + 1)) {
        std::istringstream block(readme.substr(at + 7, readme.find("```", at + 7) - at - 7));
        blocks.emplace_back();
        for (std::string l; std::getline(block, l);) {
            const std::size_t start = l.find_first_not_of(' ');
            if (start != std::string::npos) blocks.back().push_back(l.substr(start));
        }
    }
    ASSERT_EQ(blocks.size(), 4u);
    DamagedCopy c("readme_example");
    const char* files[] = {data::kOptionsFile, data::kOptionSourcesFile, data::kUtilitiesFile,
                           data::kManifestFile};
    for (std::size_t i = 0; i < 4; ++i)
        c.edit(files[i], [&](auto& l) { l.insert(l.end(), blocks[i].begin(), blocks[i].end()); });
    const auto problems = c.problems();
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems[0]);
    std::vector<Problem> ps;
    const auto set = data::load_data_set(c.dir, ps);
    std::size_t options = 0;
    for (const auto& d : set.dimensions) options += d.options.size();
    std::size_t built_in = 0;
    for (const auto& d : catalog().dimensions) built_in += d.options.size();
    EXPECT_EQ(options, built_in + 1);
}

TEST(DataCheck, UnreadableDirectorySaysWhichFiles) {
    std::vector<Problem> ps;
    data::load_data_set(kData + "/no_such_dir", ps);
    ASSERT_FALSE(ps.empty());
    EXPECT_EQ(data::format_problem(ps[0]),
              kData + "/no_such_dir/manifest/option_codes.csv:0: file: cannot be read");
}

// [SECTION] data/model/: the context levers and the lenses (engine/data/model_set.h).

std::vector<std::string_view> built_in_lever_ids() {
    std::vector<std::string_view> ids;
    for (std::size_t i = 0; i < kLeverCount; ++i)
        ids.push_back(lever_info(static_cast<Lever>(i)).id);
    return ids;
}

std::vector<std::string_view> built_in_lens_ids() {
    std::vector<std::string_view> ids;
    for (std::size_t i = 0; i < kLensCount; ++i) ids.push_back(lens(static_cast<LensId>(i)).key);
    return ids;
}

// The engine is compiled from data/model/: every lever and lens field the engine holds is the
// file's, and each lens multiplier is its parameter row's value (1 for the evidence lens).
TEST(DataCheck, CompiledLeversAndLensesEqualTheModelFiles) {
    std::vector<Problem> ps;
    const auto set = data::load_data_set(kData, ps);
    data::check_model_kept(built_in_lever_ids(), built_in_lens_ids(), set.model, kData, ps);
    for (const Problem& p : ps) ADD_FAILURE() << data::format_problem(p);
    ASSERT_EQ(set.model.levers.size(), kLeverCount);
    ASSERT_EQ(set.model.lenses.size(), kLensCount);
    for (std::size_t i = 0; i < kLeverCount; ++i) {
        const data::LeverData& want = set.model.levers[i];
        const LeverInfo& have = lever_info(static_cast<Lever>(i));
        EXPECT_EQ(have.id, want.id);
        EXPECT_EQ(have.label, want.label);
        EXPECT_EQ(have.unit, want.unit);
        EXPECT_EQ(have.min, want.min) << want.id;
        EXPECT_EQ(have.max, want.max) << want.id;
        EXPECT_EQ(have.default_value, want.default_value) << want.id;
        EXPECT_EQ(have.step, want.step) << want.id;
        EXPECT_EQ(have.source, want.source) << want.id;
        EXPECT_EQ(have.source_note, want.note);
    }
    const auto& params = durability::param_table();
    for (std::size_t i = 0; i < kLensCount; ++i) {
        const data::LensData& want = set.model.lenses[i];
        const Lens& have = lens(static_cast<LensId>(i));
        EXPECT_EQ(have.key, want.id);
        EXPECT_EQ(have.label, want.label);
        EXPECT_EQ(have.description, want.description);
        EXPECT_EQ(have.source, want.source) << want.id;
        const double weights[] = {have.revisionism,           have.concession_effect,
                                  have.western_presence_risk, have.deterrence_effect,
                                  have.institution_effect,    have.leverage_effect};
        for (std::size_t w = 0; w < std::size(data::kLensWeights); ++w) {
            double expected = 1;
            if (want.from_parameters) {
                const std::string name = "lens_" + want.id + "_" + data::kLensWeights[w];
                const auto row = std::find_if(params.begin(), params.end(),
                                              [&](const auto& r) { return r.name == name; });
                ASSERT_NE(row, params.end()) << name;
                expected = row->value;
            }
            EXPECT_EQ(weights[w], expected) << want.id << " " << data::kLensWeights[w];
        }
    }
}

// Problems of a damaged copy, with the model's append-only check as `armistice data check` runs it.
std::vector<std::string> model_problems(const DamagedCopy& c) {
    std::vector<Problem> ps;
    const auto set = data::load_data_set(c.dir, ps);
    if (ps.empty())
        data::check_model_kept(built_in_lever_ids(), built_in_lens_ids(), set.model, c.dir, ps);
    std::vector<std::string> out;
    for (const Problem& p : ps) out.push_back(data::format_problem(p));
    return out;
}

void expect_model(const DamagedCopy& c, const std::vector<std::string>& want) {
    const auto ps = model_problems(c);
    ASSERT_EQ(ps.size(), want.size()) << (ps.empty() ? "no problem" : ps[0] + " … and more");
    for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(ps[i], c.dir + "/" + want[i]);
}

TEST(DataCheck, LeverOutOfRangeOffGridAndBadNumber) {
    DamagedCopy c("lever_range");
    c.edit(data::kLeversFile, [](auto& l) {
        l[1] = replace_field(l[1], 5, "250");  // western_aid default above max 200
        l[2] = replace_field(l[2], 5, "6.3");  // sanctions default off the 0.5 grid
        l[4] = replace_field(l[4], 4, "3O");   // russian_policy_rate max: letter O
        l[5] = replace_field(l[5], 6, "0");    // russian_casualties step 0
    });
    expect_model(c, {"model/levers.csv:2: default: out of range: 250 (0 … 200 % of 2024 level)",
                     "model/levers.csv:3: default: 6.3 is not a multiple of the step 0.5 (share "
                     "links store a lever as a number of steps)",
                     "model/levers.csv:5: max: bad number '3O' (a decimal like 9.5)",
                     "model/levers.csv:6: step: must be more than 0"});
}

TEST(DataCheck, LeverMinNotBelowMax) {
    DamagedCopy c("lever_min_max");
    c.edit(data::kLeversFile, [](auto& l) { l[7] = replace_field(l[7], 3, "1"); });
    expect_model(c, {"model/levers.csv:8: max: must be more than min (1)"});
}

TEST(DataCheck, LeverDuplicateUnknownSourceAndMissingNote) {
    DamagedCopy c("lever_duplicate");
    c.edit(data::kLeversFile, [](auto& l) {
        l[3] = replace_field(l[3], 0, "western_aid");  // russian_inflation renamed: a duplicate
        l[4] = replace_field(l[4], 7, "Seed 009");
        l[9] = replace_field(l[9], 8, "");
    });
    const auto ps = model_problems(c);
    ASSERT_EQ(ps.size(), 3u) << (ps.empty() ? "no problem" : ps[0]);
    EXPECT_EQ(ps[0],
              c.dir + "/model/levers.csv:4: lever: duplicate 'western_aid' (first at line 2)");
    EXPECT_EQ(
        ps[1].rfind(c.dir + "/model/levers.csv:5: source: unknown source 'Seed 009' (known:", 0),
        0u)
        << ps[1];
    EXPECT_EQ(ps[2], c.dir + "/model/levers.csv:10: note: missing");
}

TEST(DataCheck, LeverRowsAreAppendOnly) {
    DamagedCopy c("lever_order");
    c.edit(data::kLeversFile, [](auto& l) { std::swap(l[1], l[2]); });
    expect_model(c, {"model/levers.csv:2: record: row 1 is 'sanctions_pressure', but this program "
                     "was built with 'western_aid' there: share links store it by position, so "
                     "rows are append-only (restore the order)"});
    DamagedCopy d("lever_removed");
    d.edit(data::kLeversFile, [](auto& l) { l.pop_back(); });
    expect_model(d, {"model/levers.csv:9: record: 8 levers but the engine has 9 (the C++ enum "
                     "Lever in engine/context.h): a new row needs a value appended to the enum, "
                     "and rows are never removed"});
}

TEST(DataCheck, LensUnknownMultipliersMissingParameterRowAndUnknownColumn) {
    DamagedCopy c("lens_multipliers");
    c.edit(data::kLensesFile, [](auto& l) {
        l[1] = l[1].substr(0, l[1].rfind(',')) + ",params";
        l[5] = "prosess" + l[5].substr(l[5].find(','));  // process renamed: no parameter rows
    });
    const auto ps = model_problems(c);
    ASSERT_EQ(ps.size(), 7u) << (ps.empty() ? "no problem" : ps[0]);
    EXPECT_EQ(
        ps[0],
        c.dir + "/model/lenses.csv:2: multipliers: unknown 'params' (known: one, parameters)");
    EXPECT_EQ(ps[1], c.dir +
                         "/model/lenses.csv:6: multipliers: no parameter row "
                         "'lens_prosess_revisionism' in the durability parameter table "
                         "(engine/durability/params.h)");
    DamagedCopy h("lens_column");
    h.edit(data::kLensesFile, [](auto& l) { l[0] = replace_field(l[0], 1, "name"); });
    const auto hs = model_problems(h);
    ASSERT_GE(hs.size(), 2u);
    EXPECT_EQ(hs[0].rfind(h.dir + "/model/lenses.csv:1: name: unknown column", 0), 0u) << hs[0];
    EXPECT_EQ(hs[1], h.dir + "/model/lenses.csv:1: label: missing column");
}

TEST(DataCheck, LensLabelTooLongAndMissingDescription) {
    DamagedCopy c("lens_label");
    c.edit(data::kLensesFile, [](auto& l) {
        l[2] = replace_field(l[2], 1, std::string(49, 'x'));
        l[4] = replace_field(l[4], 2, "");
    });
    expect_model(c, {"model/lenses.csv:3: label: too long: 49 characters (at most 48)",
                     "model/lenses.csv:5: description: missing"});
}

}  // namespace
}  // namespace armistice
