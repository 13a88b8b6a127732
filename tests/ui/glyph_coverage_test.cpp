// glyph_coverage_test.cpp — no missing glyphs (issue #14): every code point of every string of
// every language (the fixed texts, the catalog's and the presets' texts in each language) is in
// the font atlas's ranges (ui/fonts/glyph_ranges.h) and has a glyph in the embedded font files'
// character maps (NotoSans-UI.ttf, or DejaVuSans-Symbols.ttf for the symbol ranges).
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/utf8_text.h"
#include "text/string_tables.h"
#include "ui/data_text.h"
#include "ui/fonts/glyph_ranges.h"
#include "ui/preset_library.h"

namespace armistice::ui {
namespace {

bool in_ranges(const unsigned short* r, std::uint32_t cp) {
    for (; r[0] != 0; r += 2) {
        if (cp >= r[0] && cp <= r[1]) return true;
    }
    return false;
}

std::vector<unsigned char> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t be(const std::vector<unsigned char>& b, std::size_t at, int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | b.at(at + i);
    return v;
}

// The glyph id of `cp` in a TrueType font's cmap (format 4 subtable, BMP); 0 = none.
std::uint32_t glyph_of(const std::vector<unsigned char>& f, std::uint32_t cp) {
    const std::uint32_t tables = be(f, 4, 2);
    std::size_t cmap = 0;
    for (std::uint32_t i = 0; i < tables; ++i) {
        if (be(f, 12 + 16 * i, 4) == 0x636D6170) cmap = be(f, 12 + 16 * i + 8, 4);  // "cmap"
    }
    if (cmap == 0) return 0;
    const std::uint32_t subtables = be(f, cmap + 2, 2);
    for (std::uint32_t i = 0; i < subtables; ++i) {
        const std::size_t st = cmap + be(f, cmap + 4 + 8 * i + 4, 4);
        if (be(f, st, 2) != 4) continue;
        const std::uint32_t segs = be(f, st + 6, 2) / 2;
        const std::size_t ends = st + 14, starts = ends + 2 * segs + 2;
        const std::size_t deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
        for (std::uint32_t s = 0; s < segs; ++s) {
            const std::uint32_t end = be(f, ends + 2 * s, 2), start = be(f, starts + 2 * s, 2);
            if (cp > end || cp < start) continue;
            const std::uint32_t delta = be(f, deltas + 2 * s, 2);
            const std::uint32_t ro = be(f, offsets + 2 * s, 2);
            if (ro == 0) return (cp + delta) & 0xFFFF;
            const std::uint32_t g = be(f, offsets + 2 * s + ro + 2 * (cp - start), 2);
            return g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
    }
    return 0;
}

struct Fonts {
    std::vector<unsigned char> text =
        read_file(std::string(ARMISTICE_SOURCE_DIR) + "/src/ui/fonts/NotoSans-UI.ttf");
    std::vector<unsigned char> symbols =
        read_file(std::string(ARMISTICE_SOURCE_DIR) + "/src/ui/fonts/DejaVuSans-Symbols.ttf");
};

// "" when every code point of `s` is drawn; else a description of the first that is not.
std::string missing(const Fonts& fonts, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::uint32_t cp = 0;
        const std::size_t n = utf8_decode(s, i, cp);
        if (n == 0) return "invalid UTF-8 at byte " + std::to_string(i);
        i += n;
        if (cp == '\n') continue;
        const bool text = in_ranges(fonts::kTextRanges, cp) && glyph_of(fonts.text, cp) != 0;
        const bool symbol = in_ranges(fonts::kSymbolRanges, cp) && glyph_of(fonts.symbols, cp) != 0;
        if (!text && !symbol) return describe_code_point(cp);
    }
    return "";
}

TEST(GlyphCoverage, FontFilesHaveACharacterMap) {
    const Fonts fonts;
    ASSERT_GT(fonts.text.size(), 1000u);
    EXPECT_NE(glyph_of(fonts.text, 'A'), 0u);
    EXPECT_NE(glyph_of(fonts.text, 0x0491), 0u);  // ґ
    EXPECT_NE(glyph_of(fonts.symbols, 0x2713), 0u);
    EXPECT_EQ(missing(fonts, "\xE4\xB8\xAD"), describe_code_point(0x4E2D));  // a CJK letter
}

TEST(GlyphCoverage, EveryStringOfEveryLanguage) {
    const Fonts fonts;
    std::size_t checked = 0;
    for (std::size_t lang = 0; lang < text::kTables.language_count; ++lang) {
        const auto& l = text::kTables.languages[lang];
        for (std::size_t k = 0; k < text::kTables.key_count; ++k, ++checked)
            EXPECT_EQ(missing(fonts, l.texts[k]), "") << l.code << " " << text::kTables.keys[k];
    }
    // The English of the data rows (catalog, presets), which the tables do not repeat.
    for (const Dimension& d : catalog().dimensions) {
        EXPECT_EQ(missing(fonts, d.label), "") << d.id;
        EXPECT_EQ(missing(fonts, d.question), "") << d.id;
        for (const Option& o : d.options) {
            EXPECT_EQ(missing(fonts, o.label), "") << d.id << "." << o.id;
            EXPECT_EQ(missing(fonts, o.description), "") << d.id << "." << o.id;
        }
    }
    const PresetLibrary presets;
    for (const PresetEntry& e : presets.entries()) {
        EXPECT_EQ(missing(fonts, e.file.scenario.name), "") << e.file.id;
        EXPECT_EQ(missing(fonts, e.file.scenario.description), "") << e.file.id;
    }
    EXPECT_GT(checked, 1000u);
}

}  // namespace
}  // namespace armistice::ui
