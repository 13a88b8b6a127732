#!/usr/bin/env python3
"""app_smoke.py — native smoke test: the desktop app renders real frames under a virtual X server.

Runs `xvfb-run -a armistice_explorer --frames 3 --screenshot OUT`, requires exit code 0, then
decodes the PNG (8-bit RGBA as written by src/app/png_writer.cpp; any filter type) and requires
more than a handful of distinct colours, i.e. ImGui really drew text and widgets.
"""
import argparse
import struct
import subprocess
import sys
import zlib


def read_png_rgba(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, width, height, idat = 8, 0, 0, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour != 6:
                raise ValueError("expected 8-bit RGBA")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 4
    rows, prev = [], bytearray(stride)
    for y in range(height):
        filt = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 4] if i >= 4 else 0
            b = prev[i]
            c = prev[i - 4] if i >= 4 else 0
            if filt == 1:
                line[i] = (line[i] + a) & 0xFF
            elif filt == 2:
                line[i] = (line[i] + b) & 0xFF
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--xvfb-run", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--frames", default="3")
    args = parser.parse_args()

    import os
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    cmd = [args.xvfb_run, "-a", "-s", "-screen 0 1280x800x24", args.app,
           "--frames", args.frames, "--screenshot", args.out]
    print("running:", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, timeout=90)
    if result.returncode != 0:
        print(f"FAIL: exit code {result.returncode}", file=sys.stderr)
        return 1
    width, height, rows = read_png_rgba(args.out)
    colours = set()
    for row in rows[::4]:
        for x in range(0, len(row), 16):
            colours.add(row[x:x + 4])
    print(f"screenshot {args.out}: {width}x{height}, {len(colours)} distinct colours (sampled)")
    if len(colours) < 8:
        print("FAIL: the frame looks blank", file=sys.stderr)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
