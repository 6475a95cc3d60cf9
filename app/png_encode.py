"""A fast lossless PNG writer for screen captures: parallel deflate over unfiltered rows.

Pillow's PNG encoder tries five row filters per line and deflates on one core; for a 4K
screen that is most of the capture time. Screens are mostly flat colour, which deflate at
level 1 compresses well without filters, and deflate can be split like pigz does: each part
ends with a full flush (byte-aligned, no back-references across parts), so the parts are
compressed on several threads (zlib releases the GIL) and concatenated into one valid zlib
stream. The result is a standard 8-bit RGB PNG that any decoder reads; tests compare the
decoded pixels with the grabbed ones.
"""

from __future__ import annotations

import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1
MIN_PART = 1 << 20  # below ~1 MB per part the thread hand-off costs more than it saves
_pool = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)),
                           thread_name_prefix="vidne-deflate")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _deflate(data: memoryview, last: bool) -> bytes:
    comp = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)


def scanlines(img: Image.Image) -> bytes:
    """RGB rows, each preceded by filter type 0 (None)."""
    rgb = img.convert("RGB").tobytes() if img.mode != "RGB" else img.tobytes()
    stride = img.width * 3
    view = memoryview(rgb)
    return b"\x00" + b"\x00".join(view[i * stride:(i + 1) * stride] for i in range(img.height))


def encode(img: Image.Image) -> bytes:
    """*img* as a PNG (8-bit RGB, no interlace)."""
    raw = scanlines(img)
    parts = max(1, min(_pool._max_workers, len(raw) // MIN_PART))  # noqa: SLF001
    step = -(-len(raw) // parts)
    view = memoryview(raw)
    pieces = [view[i:i + step] for i in range(0, len(raw), step)]
    if len(pieces) == 1:
        body = _deflate(pieces[0], True)
    else:
        futures = [_pool.submit(_deflate, p, n == len(pieces) - 1) for n, p in enumerate(pieces)]
        body = b"".join(f.result() for f in futures)
    stream = b"\x78\x01" + body + struct.pack(">I", zlib.adler32(raw))
    header = struct.pack(">IIBBBBB", img.width, img.height, 8, 2, 0, 0, 0)
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", stream) + _chunk(b"IEND", b"")
