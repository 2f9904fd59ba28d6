#!/usr/bin/env python3
"""Writes a 16x16 RGBA node icon: a rounded square in one colour with a one-letter glyph-free stripe pattern.
Usage: make-icon.py OUT.png RRGGBB [pattern]   pattern: disc | ring | bars | grid | wave"""
import struct, sys, zlib, math

def png(path, pixels):
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)

def main():
    out, hexcol = sys.argv[1], sys.argv[2]
    pattern = sys.argv[3] if len(sys.argv) > 3 else "disc"
    r, g, b = (int(hexcol[i:i + 2], 16) for i in (0, 2, 4))
    rows = []
    for y in range(16):
        row = []
        for x in range(16):
            corner = (x in (0, 15) and y in (0, 15))
            if corner:
                row += [0, 0, 0, 0]
                continue
            d = math.hypot(x - 7.5, y - 7.5)
            mark = {"disc": d < 4, "ring": 3 < d < 5.5, "bars": x % 4 in (1, 2) and 3 <= y <= 12,
                    "grid": (x % 5 == 2 or y % 5 == 2), "wave": abs(y - 7.5 - 3 * math.sin(x / 2.5)) < 1.2}[pattern]
            row += [255, 255, 255, 255] if mark else [r, g, b, 255]
        rows.append(row)
    png(out, rows)

main()
