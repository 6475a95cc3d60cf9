"""Evidence images for the report: downscaled to about 200 dpi at the size they are printed.

A photo is turned the way its camera recorded (EXIF orientation), so it prints upright; its
printed shape is that of the turned image.

Decoding and scaling run on a small thread pool ahead of the page layout (Pillow releases the
GIL), so a report with hundreds of full-HD captures stays within its time budget. Only the
scaled JPEGs are kept until they are drawn; nothing touches the disk. A capture printed in
two views (:mod:`.views`: a window or region large, the whole screen after it) is decoded
once where both come from the same picture; the second view is made small (about 150 dpi,
at most 1200 pixels wide), as it is there for context.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable
from vidne.app.output.report import fonts

DPI = 200
JPEG_QUALITY = 88
MAX_SCALE = 0.75
MAX_PIXELS = 80_000_000  # refuse to decode absurd images instead of exhausting memory


def pixel_size(item: Any) -> tuple[int, int]:
    """Width and height of what is shown: the region crop if any, else the stored image."""
    crop = getattr(item, "crop", None)
    if crop:
        box = json.loads(crop)
        return int(box["w"]), int(box["h"])
    return int(item.width or 1600), int(item.height or 900)


def scale_to_jpeg(
    data: bytes, max_w: int, max_h: int, crop: tuple[int, int, int, int] | None = None
) -> bytes:
    """Decode, crop to the region if asked, turn upright, downscale to fit (never upscale),
    encode as JPEG."""
    rgb = decode(data, None if crop is not None else max(max_w, max_h))
    return to_jpeg(_cut(rgb, crop), max_w, max_h)


def decode(data: bytes, draft: int | None = None) -> Image.Image:
    """The picture as 8-bit RGB, upright, flattened onto white; a JPEG photo decoded at a
    reduced size where *draft* (the largest side needed, either way round) allows."""
    # Not in a ``with``: closing would free the pixels of an RGB picture returned as it is
    # decoded (a copy of every full-HD capture costs time); the bytes are in memory anyway.
    opened = Image.open(io.BytesIO(data))
    if opened.width * opened.height > MAX_PIXELS:
        raise ValueError("image too large")
    if draft is not None:
        opened.draft("RGB", (draft, draft))  # either way round: the EXIF turn comes after
    im = _upright(opened)
    if im.mode == "RGB":
        im.load()
        return im
    return im.convert("RGB") if im.mode not in ("RGBA", "LA", "P") else _flatten(im)


def _cut(rgb: Image.Image, box: tuple[int, int, int, int] | None) -> Image.Image:
    if box is None:
        return rgb
    x, y, w, h = box
    return rgb.crop((x, y, x + w, y + h))


def to_jpeg(rgb: Image.Image, max_w: int, max_h: int) -> bytes:
    """Downscale to fit (never upscale) and encode as JPEG."""
    if rgb.width > max_w or rgb.height > max_h:
        # BILINEAR downscaling in Pillow is a true area filter: sharp enough for screen
        # text at 200 dpi and twice as fast as LANCZOS (the report's time budget).
        scale = min(max_w / rgb.width, max_h / rgb.height)
        rgb = rgb.resize(
            (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale))),
            Image.Resampling.BILINEAR,
        )
    out = io.BytesIO()
    # 4:4:4 keeps small screen text legible; the evidence's hash is of the original anyway.
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    return out.getvalue()


def _upright(im: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation says (screen captures have none)."""
    if im.format != "JPEG" and im.format != "TIFF" and im.format != "WEBP":
        return im
    turned = ImageOps.exif_transpose(im)
    return turned if turned is not None else im


def _flatten(im: Image.Image) -> Image.Image:
    rgba = im.convert("RGBA")
    base = Image.new("RGB", im.size, (255, 255, 255))
    base.paste(rgba, mask=rgba.getchannel("A"))
    return base


def background_priority(niceness: int = 10) -> None:
    """Lower the calling thread's CPU priority (Linux: per-thread nice) so that the GUI
    thread keeps its share of the two cores while a large report is made."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)


Box = tuple[int, int, int, int]
Loader = Callable[[int], tuple[bytes | None, Box | None]]
UNREADABLE = (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError)


class Prefetcher:
    """Start scaling every image now; :meth:`get` waits for one when it is about to be drawn.

    *load* gives what a person should see (a region's stored view, or the picture with the
    region to cut); *whole* the stored picture itself, for the whole-screen view of a region
    capture (without it, such a capture prints its region only)."""

    def __init__(
        self, load: Loader, workers: int = 2, whole: Callable[[int], bytes | None] | None = None
    ) -> None:
        self._load, self._whole = load, whole
        self._pool = ThreadPoolExecutor(
            max_workers=workers, thread_name_prefix="report-img", initializer=background_priority
        )
        self._jobs: dict[int, Future[tuple[bytes | None, bytes | None]]] = {}
        self._sizes: dict[int, tuple[int, int]] = {}  # the scaled images' pixel sizes
        self._second: dict[int, bytes | None] = {}  # whole-screen views not drawn yet

    def submit(
        self,
        capture_id: int,
        max_w: int,
        max_h: int,
        window: Box | None = None,
        context: tuple[int, int] | None = None,
    ) -> None:
        """Scale *capture_id* to fit *max_w* x *max_h* pixels, cut to *window* if given; with
        *context* (its largest size) also the whole picture as a second view."""
        self._jobs[capture_id] = self._pool.submit(
            self._work, capture_id, (max_w, max_h), window, context
        )

    def _work(
        self, capture_id: int, fit: tuple[int, int], window: Box | None, context: Any
    ) -> tuple[bytes | None, bytes | None]:
        data, crop = self._load(capture_id)
        if data is None:
            return None, None
        box = crop or window  # where set, *data* is the whole picture, to be cut
        try:
            rgb = decode(data, None if box is not None or context else max(fit))
            main = to_jpeg(_cut(rgb, box), *fit)
        except UNREADABLE:
            return None, None
        with Image.open(io.BytesIO(main)) as scaled:  # reads the header only
            self._sizes[capture_id] = scaled.size
        if context is None:
            return main, None
        return main, self._context(capture_id, rgb if box is not None else None, context)

    def _context(self, capture_id: int, whole: Image.Image | None, fit: Any) -> bytes | None:
        """The whole picture, small: from the picture decoded already, or read anew where
        the main view came from a stored region."""
        try:
            if whole is None:
                data = self._whole(capture_id) if self._whole is not None else None
                if data is None:
                    return None
                whole = decode(data)
            return to_jpeg(whole, *fit)
        except UNREADABLE:
            return None

    def size(self, capture_id: int) -> tuple[int, int] | None:
        """The scaled image's pixel size (waits for it), None if it cannot be read."""
        job = self._jobs.get(capture_id)
        if job is None or job.result()[0] is None:
            return None
        return self._sizes.get(capture_id)

    @property
    def reads_whole(self) -> bool:
        """Whether a region capture's whole picture can be read (the whole-screen view)."""
        return self._whole is not None

    def get(self, capture_id: int) -> bytes | None:
        job = self._jobs.pop(capture_id, None)
        if job is None:
            return None
        main, second = job.result()
        if second is not None:
            self._second[capture_id] = second
        return main

    def get_context(self, capture_id: int) -> bytes | None:
        """The whole-screen view, once (after the main view was drawn)."""
        if capture_id in self._jobs:
            self.get(capture_id)
        return self._second.pop(capture_id, None)

    def close(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)


class EvidenceImage(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An image fitted into the frame; drawn from the prefetcher, a note if it cannot be read."""

    def __init__(
        self,
        prefetch: Prefetcher,
        capture_id: int,
        size: tuple[int, int],
        max_h: float,
        unreadable: str,
        on_draw: Callable[[], None],
        second: bool = False,
    ) -> None:
        super().__init__()
        self.prefetch, self.capture_id, self.size = prefetch, capture_id, size
        self.max_h, self.unreadable, self.on_draw = max_h, unreadable, on_draw
        self.second = second  # the whole-screen view after a window or region

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        w, h = self.size
        scaled = None if self.second else self.prefetch.size(self.capture_id)
        if scaled is not None and (scaled[0] >= scaled[1]) != (w >= h):
            w, h = h, w  # turned upright by its EXIF orientation
        # Never blow a small image up beyond its natural size at 96 dpi (0.75 pt per pixel).
        scale = min(avail_w / w, self.max_h / h, MAX_SCALE)
        self.draw_w, self.draw_h = w * scale, h * scale
        return self.draw_w, self.draw_h

    def draw(self) -> None:
        self.on_draw()
        get = self.prefetch.get_context if self.second else self.prefetch.get
        data = get(self.capture_id)
        if data is None:
            self.canv.setFont(fonts.REGULAR, 9)
            self.canv.rect(0, 0, self.draw_w, self.draw_h)
            self.canv.drawString(6, self.draw_h - 14, self.unreadable)
            return
        self.canv.drawImage(_JpegReader(data), 0, 0, self.draw_w, self.draw_h)


class _JpegReader(ImageReader):  # type: ignore[misc]  # reportlab is untyped
    """An ImageReader for our own JPEG bytes that reportlab embeds as they are.

    reportlab names each image XObject by hashing its *decoded* pixels (``getRGBData``), which
    decodes the JPEG a second time; the JPEG bytes identify the image just as well.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._jpeg = jpeg
        self._dataA = None  # no alpha channel: JPEG

    def getRGBData(self) -> bytes:  # noqa: N802 - reportlab's API
        return self._jpeg
