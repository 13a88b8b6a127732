// csv_test.cpp — the CSV tokenizer (engine/csv.h): quoted spaces survive, quoted fields span
// lines, unterminated quotes are reported.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/csv.h"

namespace armistice {
namespace {

using Fields = std::vector<std::string>;

TEST(Csv, TrimsUnquotedBlanksButKeepsQuotedSpaces) {
    Fields f;
    ASSERT_TRUE(split_csv_record("  a , \" b \" ,\"c, d\"\r", f));
    EXPECT_EQ(f, (Fields{"a", " b ", "c, d"}));
    ASSERT_TRUE(split_csv_record("\"say \"\"no\"\"\",", f));
    EXPECT_EQ(f, (Fields{"say \"no\"", ""}));
    EXPECT_FALSE(split_csv_record("a,\"open", f));
}

TEST(Csv, QuotedFieldSpansLinesAndCountsThem) {
    const std::string text = "id,text\r\n1,\"two\r\nlines\"\n2,plain";
    std::size_t pos = 0, lines = 0;
    Fields f;
    ASSERT_TRUE(read_csv_record(text, pos, f, lines));
    EXPECT_EQ(f, (Fields{"id", "text"}));
    EXPECT_EQ(lines, 1u);
    ASSERT_TRUE(read_csv_record(text, pos, f, lines));
    EXPECT_EQ(f, (Fields{"1", "two\nlines"}));
    EXPECT_EQ(lines, 2u);
    ASSERT_TRUE(read_csv_record(text, pos, f, lines));
    EXPECT_EQ(f, (Fields{"2", "plain"}));
    EXPECT_EQ(pos, text.size());
    pos = 0;
    EXPECT_FALSE(read_csv_record("a,\"never\nclosed", pos, f, lines));
}

}  // namespace
}  // namespace armistice
