// citations_test.cpp — issue #16 "plain words": texts cite the source articles by key ("seed
// 001"); readers see outlet and title (engine/citations.h). The expected names come from the
// catalog's own source table, so renaming a source never needs this test edited.
#include <gtest/gtest.h>

#include <string>

#include "engine/catalog.h"
#include "engine/citations.h"
#include "engine/context.h"
#include "engine/durability/params.h"
#include "engine/lens.h"

namespace armistice {
namespace {

std::string reader(SourceId id) {
    return std::string(source_info(id).reader_name);
}

TEST(Citations, KeysBecomeOutletAndTitle) {
    EXPECT_EQ(cite_sources("argued in seed 000."), "argued in " + reader(SourceId::Seed000) + ".");
    EXPECT_EQ(cite_sources("(seed 003, late 2022)"),
              "(" + reader(SourceId::Seed003) + ", late 2022)");
    EXPECT_EQ(cite_sources("seed 001 and seed 004"),
              reader(SourceId::Seed001) + " and " + reader(SourceId::Seed004));
    for (SourceId id : {SourceId::Seed000, SourceId::Seed001, SourceId::Seed002, SourceId::Seed003,
                        SourceId::Seed004}) {
        EXPECT_FALSE(source_info(id).reader_name.empty());
        EXPECT_EQ(source_info(id).reader_name.find("eed 00"), std::string_view::npos);
    }
}

TEST(Citations, PossessiveAndCapitalAtTheStartOfASentence) {
    const std::string p = cite_sources("Seed 000's fallback; seed 003’s argument");
    EXPECT_EQ(p.find("eed"), std::string::npos) << p;
    EXPECT_EQ(p.find("'s fallback"), std::string::npos) << "no doubled possessive: " << p;
    EXPECT_TRUE(p[0] >= 'A' && p[0] <= 'Z') << p;
    EXPECT_NE(p.find("Lviv Herald"), std::string::npos) << p;
    EXPECT_NE(p.find("Kagan"), std::string::npos) << p;
}

TEST(Citations, OtherTextIsLeftAlone) {
    for (const char* s : {"", "runs 10000, seed 7", "seed 0012", "seed 005", "reseed 001",
                          "Seed 01", "seed  001", "The seeds of peace"}) {
        EXPECT_FALSE(has_source_key(s)) << s;
        EXPECT_EQ(cite_sources(s), s);
    }
    EXPECT_TRUE(has_source_key("x (seed 002)"));
    EXPECT_TRUE(has_source_key("Seed 004"));
}

// Every engine text a reader may see comes out without a key.
TEST(Citations, NoKeyLeftInTheEnginesTexts) {
    std::size_t keyed = 0;
    auto check = [&keyed](std::string_view text) {
        if (has_source_key(text)) ++keyed;
        const std::string shown = cite_sources(text);
        EXPECT_FALSE(has_source_key(shown)) << shown;
    };
    for (const Dimension& d : catalog().dimensions) {
        for (const Option& o : d.options) {
            check(o.description);
            for (const SourceRef& r : o.sources) check(r.note);
        }
    }
    // The parameters' sources are string-table rows: tests/ui/hold_languages_test.cpp.
    for (std::size_t i = 0; i < kLensCount; ++i) check(lens(static_cast<LensId>(i)).description);
    for (std::size_t i = 0; i < kLeverCount; ++i)
        check(lever_info(static_cast<Lever>(i)).source_note);
    EXPECT_GT(keyed, 0u) << "the texts cite by key, so the resolver is exercised";
}

}  // namespace
}  // namespace armistice
