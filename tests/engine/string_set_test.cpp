// string_set_test.cpp — the check of the string tables (engine/data/string_set.h): the real
// data/strings/ passes with every language complete; damaged copies (the real folder with one
// defect each, in a temp dir) fail with the expected `file:line: field:` messages.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/data/data_set.h"
#include "engine/data/string_set.h"
#include "file_lines.h"

namespace armistice {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(ARMISTICE_SOURCE_DIR) + "/data";

using test::read_lines;
using test::write_lines;

data::DataSet real_data() {
    std::vector<data::Problem> ps;
    auto set = data::load_data_set(kData, ps);
    EXPECT_TRUE(ps.empty());
    return set;
}

// The real data/strings/ copied into a fresh temp dir (the catalog is read from data/).
struct Copy {
    std::string dir;
    explicit Copy(const std::string& name) {
        dir = (fs::temp_directory_path() / ("armistice_strings_" + name)).string();
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy(kData + "/strings", dir + "/strings", fs::copy_options::recursive);
    }
    ~Copy() { fs::remove_all(dir); }
    std::string path(const std::string& rel) const { return dir + "/strings/" + rel; }
    // Replaces the first line of `rel` that starts with `prefix` by `line`.
    void replace(const std::string& rel, const std::string& prefix, const std::string& line) {
        auto lines = read_lines(path(rel));
        const auto it = std::find_if(lines.begin(), lines.end(),
                                     [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
        ASSERT_NE(it, lines.end()) << prefix << " not in " << rel;
        *it = line;
        write_lines(path(rel), lines);
    }
    std::vector<std::string> problems() const {
        std::vector<data::Problem> ps;
        data::load_string_set(dir, real_data(), ps);
        std::vector<std::string> out;
        for (const auto& p : ps) out.push_back(data::format_problem(p));
        return out;
    }
};

bool has(const std::vector<std::string>& ps, const std::string& want) {
    return std::any_of(ps.begin(), ps.end(),
                       [&](const std::string& p) { return p.find(want) != std::string::npos; });
}

std::string all(const std::vector<std::string>& ps) {
    std::string s;
    for (const auto& p : ps) s += p + "\n";
    return s;
}

TEST(StringSet, RealTablesAreCompleteInEveryLanguage) {
    std::vector<data::Problem> ps;
    const data::DataSet set = real_data();
    const data::StringSet s = data::load_string_set(kData, set, ps);
    ASSERT_TRUE(ps.empty()) << data::format_problem(ps.front());
    ASSERT_GE(s.codes.size(), 3u);
    EXPECT_EQ(s.codes[0], "en");
    EXPECT_NE(std::find(s.codes.begin(), s.codes.end(), "uk"), s.codes.end());
    EXPECT_NE(std::find(s.codes.begin(), s.codes.end(), "ru"), s.codes.end());
    std::size_t options = 0;
    for (const auto& d : set.dimensions) options += d.options.size();
    // Static keys, two per dimension, two per option, and the presets' keys.
    EXPECT_GE(s.keys.size(), s.static_keys + 2 * set.dimensions.size() + 2 * options);
    for (std::size_t lang = 0; lang < s.codes.size(); ++lang) {
        ASSERT_EQ(s.texts[lang].size(), s.keys.size()) << s.codes[lang];
        for (std::size_t k = 0; k < s.keys.size(); ++k) {
            const bool derived = k >= s.static_keys;
            if (lang == 0) {
                EXPECT_EQ(s.texts[0][k].empty(), derived) << s.keys[k];
            } else {
                EXPECT_FALSE(s.texts[lang][k].empty()) << s.codes[lang] << " " << s.keys[k];
                EXPECT_EQ(data::placeholders(s.texts[lang][k]),
                          data::placeholders(s.texts[0][k]))
                    << s.codes[lang] << " " << s.keys[k];
            }
        }
    }
}

TEST(StringSet, Placeholders) {
    EXPECT_EQ(data::placeholders("{party} accepts {n} of {n}"),
              (std::vector<std::string>{"n", "party"}));
    EXPECT_TRUE(data::placeholders("no braces").empty());
    std::string bad;
    data::placeholders("100 {Percent}", &bad);
    EXPECT_NE(bad.find("'{' at byte 4"), std::string::npos) << bad;
    bad.clear();
    data::placeholders("a } b", &bad);
    EXPECT_NE(bad.find("'}' at byte 2"), std::string::npos) << bad;
}

TEST(StringSet, MissingTranslationIsReportedWithTheEnglishOrigin) {
    Copy c("missing");
    c.replace("uk/top_bar.csv", "top.tour,", "");
    const auto ps = c.problems();
    EXPECT_TRUE(has(ps, c.path("uk/top_bar.csv") + ":1: id: missing 'top.tour' (English: "
                                                   "en/top_bar.csv:"))
        << all(ps);
}

TEST(StringSet, PlaceholdersMustMatchEnglish) {
    Copy c("placeholders");
    c.replace("en/top_bar.csv", "top.tour,", "top.tour,Tour of {n} steps,note");
    const auto ps = c.problems();
    EXPECT_TRUE(has(ps, "text: placeholders none differ from English {n}")) << all(ps);
    EXPECT_TRUE(has(ps, c.path("uk/top_bar.csv"))) << all(ps);
    EXPECT_TRUE(has(ps, c.path("ru/top_bar.csv"))) << all(ps);
}

TEST(StringSet, UnknownDuplicateEmptyAndMisplacedRowsAreReported) {
    Copy c("rows");
    c.replace("ru/top_bar.csv", "top.tour,", "top.tuor,Обзор");
    c.replace("uk/top_bar.csv", "top.undo,", "top.undo,");
    c.replace("uk/top_bar.csv", "top.redo,", "top.title,Ще раз");
    c.replace("uk/catalog.csv", "dimension.line.label,", "top.reset,Скинути");
    const auto ps = c.problems();
    EXPECT_TRUE(has(ps, "ru/top_bar.csv:")) << all(ps);
    EXPECT_TRUE(has(ps, "id: 'top.tuor' is not a key of the English tables")) << all(ps);
    EXPECT_TRUE(has(ps, "text: missing")) << all(ps);
    EXPECT_TRUE(has(ps, "id: 'top.title' appears twice (first at line 2)")) << all(ps);
    EXPECT_TRUE(has(ps, "id: 'top.reset' belongs in uk/top_bar.csv")) << all(ps);
}

TEST(StringSet, BadEnglishRowsAreReported) {
    Copy c("english");
    c.replace("en/top_bar.csv", "top.redo,", "top.Redo,Redo,");
    c.replace("en/top_bar.csv", "top.reset,", "option.line.x,Reset,");
    c.replace("en/top_bar.csv", "top.model_card,", "top.model_card,Model {card,");
    const auto ps = c.problems();
    EXPECT_TRUE(has(ps, "id: bad id 'top.Redo'")) << all(ps);
    EXPECT_TRUE(has(ps, "ids come from the data")) << all(ps);
    EXPECT_TRUE(has(ps, "text: '{' at byte 6 opens no placeholder")) << all(ps);
}

TEST(StringSet, LanguagesFileIsChecked) {
    Copy c("languages");
    c.replace("languages.csv", "uk,", "UK,Українська");
    const auto ps = c.problems();
    EXPECT_TRUE(has(ps, c.path("languages.csv") + ":3: code: bad language code 'UK'")) << all(ps);
}

}  // namespace
}  // namespace armistice
