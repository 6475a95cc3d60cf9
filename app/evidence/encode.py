"""A fast lossless PNG writer for screen captures: parallel deflate over unfiltered rows.

Pillow's PNG encoder tries five row filters per line and deflates on one core; for a 4K
screen that is most of the capture time. Screens are mostly flat colour, which deflate at
level 1 compresses well without filters, and deflate can be split like pigz does: each part
(a band of rows) ends with a full flush (byte-aligned, no back-references across parts), so
the bands are converted and compressed on several threads and concatenated into one valid
zlib stream; the bands' Adler-32 sums are combined as zlib's ``adler32_combine`` does. Each
band is small, so no thread holds the GIL for long (the GUI thread keeps running). The result
is a standard 8-bit RGB PNG; tests compare the decoded pixels with the grabbed ones.
"""

from __future__ import annotations

import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1
BAND_BYTES = 1 << 20  # ~1 MB of pixels per band: enough to be worth a thread hand-off
ADLER_BASE = 65521
WORKERS = max(2, min(4, os.cpu_count() or 2))


# Not niced: lowering these threads' priority kept the GUI no smoother (the GUI thread mostly
# waits on the GIL, which the small bands release often) but let other programs starve the
# capture on a busy machine (bench/capture.py).
_pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="vidne-deflate")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """Adler-32 of A+B from those of A and B and B's length (zlib's adler32_combine)."""
    rem = len2 % ADLER_BASE
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % ADLER_BASE
    sum1 += (adler2 & 0xFFFF) + ADLER_BASE - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + ADLER_BASE - rem
    sum1 %= ADLER_BASE
    sum2 %= ADLER_BASE
    return sum1 | (sum2 << 16)


def _band(img: Image.Image, top: int, bottom: int, last: bool) -> tuple[bytes, int, int]:
    """(deflated band, adler32 of its scanlines, their length)."""
    band = img.crop((0, top, img.width, bottom)) if (top, bottom) != (0, img.height) else img
    rgb = band.tobytes()
    stride = img.width * 3
    view = memoryview(rgb)
    lines = b"\x00" + b"\x00".join(view[i * stride : (i + 1) * stride] for i in range(bottom - top))
    comp = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    body = comp.compress(lines) + comp.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)
    return body, zlib.adler32(lines), len(lines)


def encode(img: Image.Image) -> bytes:
    """*img* as a PNG (8-bit RGB, no interlace)."""
    if img.mode != "RGB":
        img = img.convert("RGB")
    rows = max(1, BAND_BYTES // max(1, img.width * 3))
    tops = list(range(0, img.height, rows)) or [0]
    jobs = [(top, min(top + rows, img.height)) for top in tops]
    if len(jobs) == 1:
        parts = [_band(img, 0, img.height, True)]
    else:
        futures = [
            _pool.submit(_band, img, a, b, n == len(jobs) - 1) for n, (a, b) in enumerate(jobs)
        ]
        parts = [f.result() for f in futures]
    adler = 1
    for _, part_adler, length in parts:
        adler = adler32_combine(adler, part_adler, length)
    stream = b"\x78\x01" + b"".join(p[0] for p in parts) + struct.pack(">I", adler)
    header = struct.pack(">IIBBBBB", img.width, img.height, 8, 2, 0, 0, 0)
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", stream) + _chunk(b"IEND", b"")
