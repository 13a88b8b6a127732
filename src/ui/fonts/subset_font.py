#!/usr/bin/env python3
"""subset_font.py — cut a TrueType font down to the glyphs the explorer draws.

Purpose: the page ships one proportional font with Latin and Cyrillic glyphs (Noto Sans from
Debian's fonts-noto-core, SIL Open Font License 1.1). The full file is ~500 KB; this keeps only
the code points in RANGES (the same ranges src/ui/theme.cpp hands to ImGui), plus glyph 0 and
the components of composite glyphs, and drops tables ImGui never reads (hinting programs, OpenType
layout, glyph names). Glyph ids are NOT renumbered: unused glyphs become empty outlines, so hmtx,
composite references and the cmap stay valid.

Usage (run once by a developer; the output is committed, the build only embeds it):
  F=/usr/share/fonts/truetype; D=src/ui/fonts
  python3 $D/subset_font.py text $F/noto/NotoSans-Regular.ttf $D/NotoSans-UI.ttf
  python3 $D/subset_font.py text $F/noto/NotoSans-Bold.ttf $D/NotoSans-UI-Bold.ttf
  python3 $D/subset_font.py symbols $F/dejavu/DejaVuSans.ttf $D/DejaVuSans-Symbols.ttf
Pure standard library (python3-fonttools is not required).
"""
import struct
import sys

# Keep in sync with kTextRanges / kSymbolRanges in src/ui/theme.cpp (inclusive pairs).
# "text": Noto Sans (letters and punctuation).
TEXT_RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x017F),  # Basic Latin, Latin-1, Latin Extended-A
    (0x0218, 0x021B),                    # Romanian comma-below letters
    (0x0400, 0x045F), (0x0490, 0x0491),  # Cyrillic (Russian, Ukrainian incl. Ґ ґ)
    (0x2010, 0x2027), (0x2030, 0x2033), (0x2039, 0x203A),  # dashes, quotes, bullet, ellipsis
    (0x20AC, 0x20AC), (0x2116, 0x2116), (0x2122, 0x2122),  # euro, numero, trade mark
]
# "symbols": DejaVu Sans (fonts-dejavu-core) for what Noto Sans lacks; merged into the text font.
SYMBOL_RANGES = [
    (0x2190, 0x2195), (0x2212, 0x2212), (0x2248, 0x2248), (0x2260, 0x2265),  # arrows, math
    (0x25A0, 0x25A1), (0x25B2, 0x25C4), (0x25CB, 0x25CF),  # squares, triangles, circles
    (0x2713, 0x2713), (0x2717, 0x2717),  # check mark, ballot x
]
RANGES = TEXT_RANGES
DROP = {b'DSIG', b'GDEF', b'GPOS', b'GSUB', b'fpgm', b'prep', b'cvt ', b'gasp', b'hdmx',
        b'LTSH', b'VDMX', b'kern'}


def tables(data):
    n = struct.unpack('>H', data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _cs, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
        out[tag] = data[off:off + ln]
    return out


def cmap_lookup(cmap):
    """Returns {codepoint: glyph} from the (3,1) format 4 or (3,10) format 12 subtable."""
    n = struct.unpack('>H', cmap[2:4])[0]
    result = {}
    for i in range(n):
        pid, eid, off = struct.unpack('>HHI', cmap[4 + 8 * i:12 + 8 * i])
        fmt = struct.unpack('>H', cmap[off:off + 2])[0]
        if pid == 3 and eid == 1 and fmt == 4:
            segx2 = struct.unpack('>H', cmap[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack('>%dH' % seg, cmap[off + 14:off + 14 + segx2])
            base = off + 16 + segx2
            starts = struct.unpack('>%dH' % seg, cmap[base:base + segx2])
            deltas = struct.unpack('>%dh' % seg, cmap[base + segx2:base + 2 * segx2])
            ro_pos = base + 2 * segx2
            ros = struct.unpack('>%dH' % seg, cmap[ro_pos:ro_pos + segx2])
            for s in range(seg):
                for c in range(starts[s], ends[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if ros[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        p = ro_pos + 2 * s + ros[s] + 2 * (c - starts[s])
                        g = struct.unpack('>H', cmap[p:p + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        result.setdefault(c, g)
        elif pid == 3 and eid == 10 and fmt == 12:
            ngroups = struct.unpack('>I', cmap[off + 12:off + 16])[0]
            for k in range(ngroups):
                a, b, g = struct.unpack('>III', cmap[off + 16 + 12 * k:off + 28 + 12 * k])
                for c in range(a, b + 1):
                    result.setdefault(c, g + c - a)
    return result


def build_cmap4(mapping):
    cps = sorted(c for c in mapping if c < 0xFFFF)
    segs = []  # (start, end, [glyphs])
    for c in cps:
        if segs and segs[-1][1] == c - 1:
            segs[-1][1] = c
            segs[-1][2].append(mapping[c])
        else:
            segs.append([c, c, [mapping[c]]])
    segs.append([0xFFFF, 0xFFFF, [0]])
    seg = len(segs)
    ends = [s[1] for s in segs]
    starts = [s[0] for s in segs]
    deltas, ros, glyph_array = [], [], []
    for i, (a, b, gl) in enumerate(segs):
        if a == 0xFFFF:
            deltas.append(1)
            ros.append(0)
        elif all(gl[k] - a - k == gl[0] - a for k in range(len(gl))) or len(gl) == 1:
            deltas.append((gl[0] - a) & 0xFFFF)
            ros.append(0)
        else:
            deltas.append(0)
            ros.append(0xFFFF)  # patched below
    # id range offsets point into glyph_array placed after the idRangeOffset array
    for i, (a, b, gl) in enumerate(segs):
        if ros[i] == 0xFFFF:
            ros[i] = 2 * (seg - i) + 2 * len(glyph_array)
            glyph_array.extend(gl)
    entry = 1
    while (1 << (entry + 1)) <= seg:
        entry += 1
    search = 2 * (1 << entry)
    body = struct.pack('>HHHH', 2 * seg, search, entry, 2 * seg - search)
    body += struct.pack('>%dH' % seg, *ends) + b'\0\0' + struct.pack('>%dH' % seg, *starts)
    body += struct.pack('>%dH' % seg, *deltas) + struct.pack('>%dH' % seg, *ros)
    body += struct.pack('>%dH' % len(glyph_array), *glyph_array)
    sub = struct.pack('>HHH', 4, 6 + len(body), 0) + body
    return struct.pack('>HHHHI', 0, 1, 3, 1, 12) + sub


def main(src, dst):
    data = open(src, 'rb').read()
    t = tables(data)
    head = bytearray(t[b'head'])
    long_loca = struct.unpack('>h', head[50:52])[0] == 1
    nglyphs = struct.unpack('>H', t[b'maxp'][4:6])[0]
    loca_fmt = '>%dI' % (nglyphs + 1) if long_loca else '>%dH' % (nglyphs + 1)
    loca = list(struct.unpack(loca_fmt, t[b'loca']))
    if not long_loca:
        loca = [x * 2 for x in loca]
    glyf = t[b'glyf']
    full = cmap_lookup(t[b'cmap'])
    mapping = {c: full[c] for a, b in RANGES for c in range(a, b + 1) if c in full}
    keep = {0} | set(mapping.values())
    todo = list(keep)
    while todo:  # composite glyph components
        g = todo.pop()
        gd = glyf[loca[g]:loca[g + 1]]
        if len(gd) >= 10 and struct.unpack('>h', gd[0:2])[0] < 0:
            p = 10
            while True:
                flags, comp = struct.unpack('>HH', gd[p:p + 4])
                if comp not in keep:
                    keep.add(comp)
                    todo.append(comp)
                p += 4 + (4 if flags & 1 else 2)
                p += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
                if not flags & 0x20:
                    break
    new_glyf = bytearray()
    new_loca = []
    for g in range(nglyphs):
        new_loca.append(len(new_glyf))
        if g in keep:
            gd = glyf[loca[g]:loca[g + 1]]
            if len(gd) >= 10 and struct.unpack('>h', gd[0:2])[0] >= 0:
                # drop TrueType hinting instructions of simple glyphs
                nc = struct.unpack('>h', gd[0:2])[0]
                ilen_pos = 10 + 2 * nc
                ilen = struct.unpack('>H', gd[ilen_pos:ilen_pos + 2])[0]
                gd = gd[:ilen_pos] + b'\0\0' + gd[ilen_pos + 2 + ilen:]
            new_glyf += gd
            while len(new_glyf) % 4:
                new_glyf += b'\0'
    new_loca.append(len(new_glyf))
    head[50:52] = struct.pack('>h', 1)
    head[8:12] = b'\0\0\0\0'  # checkSumAdjustment, fixed below
    post = bytearray(t[b'post'][:32])
    post[0:4] = struct.pack('>I', 0x00030000)
    out_tables = {k: v for k, v in t.items() if k not in DROP}
    out_tables[b'head'] = bytes(head)
    out_tables[b'glyf'] = bytes(new_glyf)
    out_tables[b'loca'] = struct.pack('>%dI' % len(new_loca), *new_loca)
    out_tables[b'cmap'] = build_cmap4(mapping)
    out_tables[b'post'] = bytes(post)
    tags = sorted(out_tables)
    n = len(tags)
    entry = 1
    while (1 << (entry + 1)) <= n:
        entry += 1
    header = struct.pack('>IHHHH', 0x00010000, n, 16 * (1 << entry), entry, 16 * n - 16 * (1 << entry))
    offset = 12 + 16 * n
    dir_bytes, body = b'', b''

    def checksum(b):
        b = b + b'\0' * ((4 - len(b) % 4) % 4)
        return sum(struct.unpack('>%dI' % (len(b) // 4), b)) & 0xFFFFFFFF
    for tag in tags:
        tb = out_tables[tag]
        dir_bytes += struct.pack('>4sIII', tag, checksum(tb), offset + len(body), len(tb))
        body += tb + b'\0' * ((4 - len(tb) % 4) % 4)
    font = bytearray(header + dir_bytes + body)
    adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
    head_off = offset + sum(len(out_tables[x]) + (4 - len(out_tables[x]) % 4) % 4
                            for x in tags[:tags.index(b'head')])
    font[head_off + 8:head_off + 12] = struct.pack('>I', adj)
    open(dst, 'wb').write(bytes(font))
    print('%s: %d code points, %d of %d glyphs kept, %d bytes' %
          (dst, len(mapping), len(keep), nglyphs, len(font)))


if __name__ == '__main__':
    RANGES = SYMBOL_RANGES if sys.argv[1] == 'symbols' else TEXT_RANGES
    main(sys.argv[2], sys.argv[3])
