"""A fast lossless PNG writer for screen captures: parallel deflate over unfiltered rows.

Pillow's PNG encoder tries five row filters per line and deflates on one core; for a 4K
screen that is most of the capture time. Screens are mostly flat colour, which deflate at
level 1 compresses well without filters, and deflate can be split like pigz does: each part
(a band of rows) ends with a full flush (byte-aligned, no back-references across parts), so
the bands are converted and compressed on several threads and concatenated into one valid
zlib stream; the bands' Adler-32 sums are combined as zlib's ``adler32_combine`` does. Each
band is small, so no thread holds the GIL for long (the GUI thread keeps running). The result
is a standard 8-bit RGB PNG; tests compare the decoded pixels with the grabbed ones.

A grab's BGRX bytes are encoded where they lie (:func:`encode_bgrx`): Pillow maps them without
a copy and packs each band once, straight into PNG scanlines, so a 1080p capture is read twice
(pack, deflate) instead of converted, cropped, packed and joined first.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Callable, Iterator

from PIL import Image

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1
BAND_BYTES = 1 << 20  # ~1 MB of pixels per band: enough to be worth a thread hand-off
ADLER_BASE = 65521
WORKERS = max(2, min(4, os.cpu_count() or 2))

Part = tuple[bytes, int, int]  # a deflated band, the Adler-32 of its scanlines, their length
# What Image.tobytes packs with; not public, so only where this Pillow has it.
_getencoder = getattr(Image, "_getencoder", None)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind))  # no kind + data copy of a large IDAT
    return b"".join((struct.pack(">I", len(data)), kind, data, struct.pack(">I", crc)))


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


def _deflate(img: Image.Image, top: int, bottom: int, rawmode: str, last: bool) -> Part:
    """(deflated scanlines of rows *top* to *bottom*, their Adler-32, their length)."""
    packed = _scanlines(img, top, bottom, rawmode)
    rows = memoryview(packed)[:-1]
    comp = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    body = b"".join(
        (
            comp.compress(b"\x00"),
            comp.compress(rows),
            comp.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH),
        )
    )
    return body, zlib.adler32(rows, zlib.adler32(b"\x00")), len(packed)


def _scanlines(img: Image.Image, top: int, bottom: int, rawmode: str) -> bytes:
    """Rows *top* to *bottom* packed as *rawmode* (3 bytes a pixel), each followed by a zero.

    With a zero in front, those zeros are the PNG filter bytes (0, "None"): packed with a
    stride one byte longer than a row, Pillow zero-fills the byte after each row (RawEncode.c).
    Its encoder is driven here rather than through ``tobytes``, which would copy the band
    once more and import ImageFile (and logging) for a buffer size: ~5 % of ``vidne
    capture``'s work (callgrind)."""
    stride = img.width * 3 + 1
    box = (0, top, img.width, bottom)
    if _getencoder is None:  # a Pillow without it: the public way, with its copies
        return img.crop(box).tobytes("raw", (rawmode, stride))
    encoder = _getencoder(img.mode, "raw", (rawmode, stride))
    encoder.setimage(img.im, box)
    try:
        parts, status = [], 0
        while not status:  # one round: the buffer holds every row
            _, status, data = encoder.encode(stride * (bottom - top))
            parts.append(data)
    finally:
        encoder.cleanup()
    if status < 0:
        raise ValueError(f"Pillow could not pack the image (error {status})")
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _in_parallel(jobs: list[Callable[[], Part]]) -> list[Part]:
    """Run *jobs* on up to :data:`WORKERS` threads (the caller's one of them); results in
    order, the first error raised here. Plain threads: ``concurrent.futures`` costs
    ``vidne capture`` its import (and logging's)."""
    results: list[Part | None] = [None] * len(jobs)
    errors: list[BaseException] = []
    todo: Iterator[int] = iter(range(len(jobs)))  # shared: a C iterator's next() is atomic

    def work() -> None:
        try:
            for n in todo:
                results[n] = jobs[n]()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
            errors.append(exc)

    # Not niced: lowering these threads' priority kept the GUI no smoother (the GUI thread
    # mostly waits on the GIL, which the small bands release often) but let other programs
    # starve the capture on a busy machine (bench/capture.py).
    helpers = [
        threading.Thread(target=work, name="vidne-deflate", daemon=True)
        for _ in range(min(WORKERS, len(jobs)) - 1)
    ]
    for helper in helpers:
        helper.start()
    work()
    for helper in helpers:
        helper.join()
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


def _png(img: Image.Image, rawmode: str) -> bytes:
    """*img* as a PNG, its pixels packed to RGB by *rawmode*."""
    img.load()  # here, not on several threads at once
    width, height = img.size
    rows = max(1, BAND_BYTES // max(1, width * 3))
    spans = [(top, min(top + rows, height)) for top in range(0, height, rows)] or [(0, 0)]
    last = len(spans) - 1

    def job(n: int) -> Callable[[], Part]:
        return lambda: _deflate(img, *spans[n], rawmode, n == last)

    parts = _in_parallel([job(n) for n in range(len(spans))])
    adler = 1
    for _, part_adler, length in parts:
        adler = adler32_combine(adler, part_adler, length)
    stream = b"".join((b"\x78\x01", *(p[0] for p in parts), struct.pack(">I", adler)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", stream) + _chunk(b"IEND", b"")


def encode(img: Image.Image) -> bytes:
    """*img* as a PNG (8-bit RGB, no interlace)."""
    return _png(img if img.mode == "RGB" else img.convert("RGB"), "RGB")


def encode_bgrx(raw: bytes | bytearray, width: int, height: int) -> bytes:
    """Grabbed pixels (BGRX, 4 bytes each, rows back to back) as a PNG: the same bytes as
    :func:`encode` of the RGB image they show."""
    # Mapped, not copied: Pillow takes B, G, R for R, G, B, and packing as "BGR" swaps them back.
    img = Image.frombuffer("RGB", (width, height), raw, "raw", "RGBX", 0, 1)
    return _png(img, "BGR")
