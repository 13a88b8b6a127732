// glyph_ranges.h — the code points the explorer's font atlas holds (inclusive pairs, 0-ended),
// as ImGui's AddFont*(…, ranges) takes them (theme.cpp).
//
// Purpose: one list for the atlas and for the glyph test (tests/ui/glyph_coverage_test.cpp), which
// checks every string of every language against it. scripts/subset_fonts.py reads these arrays
// to cut the .ttf files to these ranges: after changing them, run it and commit the fonts.
// Invariant: ImGui-free (only unsigned short, ImGui's default ImWchar).
#pragma once

namespace armistice::ui::fonts {

// Noto Sans: Basic Latin, Latin-1, Latin Extended-A, Romanian comma-below letters, Cyrillic
// (Russian, Ukrainian incl. Ґ ґ), dashes, quotes, bullet, ellipsis, per mille, guillemets, euro,
// numero, trade mark.
inline constexpr unsigned short kTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x0218, 0x021B, 0x0400, 0x045F, 0x0490, 0x0491, 0x2010, 0x2027,
    0x2030, 0x2033, 0x2039, 0x203A, 0x20AC, 0x20AC, 0x2116, 0x2116, 0x2122, 0x2122, 0};
// DejaVu Sans, merged into the text font: arrows, math signs, squares, triangles, circles,
// check mark, ballot x.
inline constexpr unsigned short kSymbolRanges[] = {
    0x2190, 0x2195, 0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2265, 0x25A0, 0x25A1,
    0x25B2, 0x25C4, 0x25CB, 0x25CF, 0x2713, 0x2713, 0x2717, 0x2717, 0};

}  // namespace armistice::ui::fonts
