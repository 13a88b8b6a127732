// ui_fonts.h — the explorer's embedded fonts (Noto Sans Regular and Bold + DejaVu symbols, subsets).
//
// Purpose: one readable proportional face with Latin and Cyrillic glyphs, compiled into the
// binary (the page has no file system). The bytes are generated at build time from the .ttf
// files beside this header (cmake/UiEmbeds.cmake); scripts/subset_fonts.py cut them to the
// atlas's ranges (glyph_ranges.h).
// Licences: SIL Open Font License 1.1 (OFL.txt), Bitstream Vera / DejaVu (LICENSE-DejaVu.txt).
// Invariant: the returned bytes live for the whole program and are never written to; ImGui must
// be told not to free them (ImFontConfig::FontDataOwnedByAtlas = false).
#pragma once

#include <cstddef>

namespace armistice::ui::fonts {

struct FontBytes {
    const unsigned char* data;
    std::size_t size;
};

FontBytes regular();
FontBytes bold();
FontBytes symbols();  // DejaVu Sans subset: arrows, math signs, shapes (merged into the others)

}  // namespace armistice::ui::fonts
