// catalog_test.cpp — the provision catalog is complete, consistent and self-describing.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "engine/catalog.h"
#include "engine/red_lines.h"

namespace armistice {
namespace {

bool is_snake_case(std::string_view id) {
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
    for (const char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

TEST(Catalog, DimensionsAreInEnumOrderWithUniqueIds) {
    const Catalog& cat = catalog();
    ASSERT_EQ(cat.dimensions.size(), kDimensionCount);
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < cat.dimensions.size(); ++i) {
        const Dimension& d = cat.dimensions[i];
        EXPECT_EQ(static_cast<std::size_t>(d.dim), i) << d.id;
        EXPECT_TRUE(is_snake_case(d.id)) << d.id;
        EXPECT_TRUE(ids.insert(d.id).second) << "duplicate dimension id " << d.id;
        EXPECT_FALSE(d.label.empty()) << d.id;
        EXPECT_FALSE(d.question.empty()) << d.id;
        EXPECT_GE(d.options.size(), 2u) << d.id;
        EXPECT_LT(d.default_option, d.options.size()) << d.id;
        EXPECT_LE(d.options.size(), 255u) << d.id;
    }
}

TEST(Catalog, EveryOptionHasDescriptionProvenanceAndUniqueId) {
    for (const Dimension& d : catalog().dimensions) {
        std::set<std::string_view> ids;
        for (const Option& o : d.options) {
            SCOPED_TRACE(std::string(d.id) + "." + std::string(o.id));
            EXPECT_TRUE(is_snake_case(o.id));
            EXPECT_TRUE(ids.insert(o.id).second) << "duplicate option id";
            EXPECT_FALSE(o.label.empty());
            EXPECT_LE(o.label.size(), 48u) << "label too long for a combo box";
            EXPECT_GE(o.description.size(), 20u) << "description should be a sentence";
            ASSERT_FALSE(o.sources.empty()) << "every option needs provenance";
            for (const SourceRef& ref : o.sources) {
                EXPECT_LT(static_cast<std::size_t>(ref.source),
                          static_cast<std::size_t>(SourceId::Count));
                EXPECT_FALSE(ref.note.empty());
            }
        }
    }
}

TEST(Catalog, EverySeedIsCitedSomewhere) {
    std::set<SourceId> cited;
    for (const Dimension& d : catalog().dimensions) {
        for (const Option& o : d.options) {
            for (const SourceRef& ref : o.sources) cited.insert(ref.source);
        }
    }
    for (const SourceId s : {SourceId::Seed000, SourceId::Seed001, SourceId::Seed002,
                             SourceId::Seed003, SourceId::Seed004}) {
        EXPECT_TRUE(cited.count(s)) << source_info(s).short_name;
        EXPECT_FALSE(source_info(s).citation.empty());
    }
}

TEST(Catalog, QualifiedLookupsResolveAndRejectMalformedIds) {
    const Catalog& cat = catalog();
    const auto ref = cat.find_qualified("alignment.nato_norway");
    ASSERT_TRUE(ref.has_value());
    EXPECT_EQ(ref->dim, Dim::Alignment);
    EXPECT_EQ(cat.at(Dim::Alignment).options[ref->option].id, "nato_norway");
    EXPECT_FALSE(cat.find_qualified("alignment").has_value());
    EXPECT_FALSE(cat.find_qualified("alignment.").has_value());
    EXPECT_FALSE(cat.find_qualified(".nato_norway").has_value());
    EXPECT_FALSE(cat.find_qualified("alignment.nato_mars").has_value());
    EXPECT_FALSE(cat.find_qualified("nowhere.nato_norway").has_value());
}

TEST(Catalog, NoAgreementIsExpressible) {
    EXPECT_TRUE(catalog().find_qualified("process.no_agreement").has_value());
}

TEST(RedLines, ReferenceExistingOptionsAndFitTheMask) {
    const auto& table = red_lines();
    ASSERT_LE(table.size(), kMaxRedLines);
    std::set<std::string_view> ids;
    for (const RedLine& r : table) {
        SCOPED_TRACE(std::string(r.id));
        EXPECT_TRUE(ids.insert(r.id).second);
        EXPECT_TRUE(r.id.substr(0, party_id(r.party).size()) == party_id(r.party))
            << "red line ids start with their party id";
        EXPECT_FALSE(r.forbidden.empty());
        for (const std::string_view f : r.forbidden) {
            EXPECT_TRUE(catalog().find_qualified(f).has_value()) << f;
        }
        EXPECT_EQ(find_red_line(r.id), static_cast<std::size_t>(&r - table.data()));
    }
    EXPECT_FALSE(find_red_line("russia.no_such_thing").has_value());
}

TEST(Mechanisms, EveryMechanismHasADistinctName) {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < kMechanismCount; ++i) {
        const auto name = mechanism_name(static_cast<Mechanism>(i));
        EXPECT_NE(name, "unknown");
        EXPECT_TRUE(names.insert(name).second) << name;
    }
    EXPECT_EQ(mechanism_name(Mechanism::Count), "unknown");
}

}  // namespace
}  // namespace armistice
