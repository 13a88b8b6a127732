#!/usr/bin/python3
"""subset_fonts.py — cut the explorer's fonts down to the glyphs its atlas holds.

Purpose: the page ships Noto Sans Regular and Bold (Debian's fonts-noto-core, SIL Open Font
License 1.1) for letters and DejaVu Sans (fonts-dejavu-core) for the symbols Noto Sans lacks. The
full files are ~500 KB each; this keeps only the code points of kTextRanges / kSymbolRanges in
src/ui/fonts/glyph_ranges.h (read from that header: one list for the atlas, the glyph test and
this script), plus glyph 0 (.notdef) and the components of composite glyphs, renumbers the glyphs
(so loca/hmtx hold only those), and drops what ImGui's rasteriser (stb_truetype) never reads:
hinting, OpenType layout, glyph names, the MATH table. The name table (copyright, licence) stays.

Run once by a developer when the ranges change; the output is committed and the build only embeds
it (cmake/UiEmbeds.cmake), nothing is downloaded. Needs Debian's python3-fonttools, hence
/usr/bin/python3:
  /usr/bin/python3 scripts/subset_fonts.py [FONT_DIR]   (default /usr/share/fonts/truetype)
The glyph test (tests/ui/glyph_coverage_test.cpp) checks every string of every language against
the ranges and the committed files' character maps.
"""
import os
import re
import sys

from fontTools import subset

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'src', 'ui', 'fonts')
# (source under FONT_DIR, ranges array in glyph_ranges.h, committed output)
FONTS = [
    ('noto/NotoSans-Regular.ttf', 'kTextRanges', 'NotoSans-UI.ttf'),
    ('noto/NotoSans-Bold.ttf', 'kTextRanges', 'NotoSans-UI-Bold.ttf'),
    ('dejavu/DejaVuSans.ttf', 'kSymbolRanges', 'DejaVuSans-Symbols.ttf'),
]
DROP = ['GSUB', 'GPOS', 'GDEF', 'kern', 'DSIG', 'gasp', 'hdmx', 'LTSH', 'VDMX', 'MATH', 'FFTM',
        'fpgm', 'prep', 'cvt ']


def ranges(name):
    """The inclusive code point pairs of `name` in glyph_ranges.h."""
    with open(os.path.join(OUT, 'glyph_ranges.h'), encoding='utf-8') as f:
        header = f.read()
    m = re.search(r'\b%s\[\]\s*=\s*\{([^}]*)\}' % name, header)
    if not m:
        sys.exit('subset_fonts.py: %s not found in glyph_ranges.h' % name)
    values = [int(v, 16) for v in re.findall(r'0x[0-9A-Fa-f]+', m.group(1))]
    if len(values) % 2:
        sys.exit('subset_fonts.py: %s has an odd number of bounds' % name)
    return [(values[i], values[i + 1]) for i in range(0, len(values), 2)]


def main():
    font_dir = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/truetype'
    for source, array, output in FONTS:
        unicodes = [cp for lo, hi in ranges(array) for cp in range(lo, hi + 1)]
        options = subset.Options()
        options.hinting = False
        options.layout_features = []
        options.drop_tables += DROP
        options.notdef_outline = True
        options.glyph_names = False
        options.name_IDs = ['*']
        options.name_languages = [0x409]  # English (United States) names only
        font = subset.load_font(os.path.join(font_dir, source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        path = os.path.join(OUT, output)
        subset.save_font(font, path, options)
        print('%s: %d glyphs, %d bytes' % (output, len(font.getGlyphOrder()), os.path.getsize(path)))


if __name__ == '__main__':
    main()
