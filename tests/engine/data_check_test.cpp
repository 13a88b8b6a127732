// data_check_test.cpp — the schema check of data/ (engine/data/data_set.h): the real data passes
// and matches the catalog and party model compiled from it; damaged copies (the real files with
// one defect each, written to a temp dir) fail with the expected `file:line: field:` messages.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/acceptance/party_model.h"
#include "engine/catalog.h"
#include "engine/data/data_set.h"
#include "file_lines.h"

namespace armistice {
namespace {

namespace fs = std::filesystem;
using data::Problem;

const std::string kData = std::string(ARMISTICE_SOURCE_DIR) + "/data";
const char* const kFiles[] = {data::kDimensionsFile, data::kOptionsFile,  data::kOptionSourcesFile,
                              data::kUtilitiesFile,  data::kSalienceFile, data::kManifestFile};

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

}  // namespace
}  // namespace armistice
