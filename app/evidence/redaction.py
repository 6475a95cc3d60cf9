"""Redaction: black boxes over parts of a capture, for a report that may reach others.

The original is never touched. The redacted copy is a new capture (``source = 'redaction'``,
``redacted_from`` = the original's id) with its own SHA-256 and its own link in the hash chain.
Boxes are opaque black rectangles burnt into a freshly encoded PNG: blur and pixelation can be
reversed or guessed and are not redaction. The boxes are drawn on the picture as it is shown
(upright by its EXIF orientation, flattened to 8-bit RGB: :mod:`.pictures`), so the copy is
stored the right way up and without the original's metadata.

For every recipient but the user, reports and bundles carry the copy instead of the original
(``Selection.withholds_originals``); the copy is marked as redacted wherever it is shown.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw
from vidne.app.errors import ValidationError
from vidne.app.evidence import pictures
from vidne.app.evidence.grab import copied_window
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault.store import Vault

Box = tuple[int, int, int, int]  # x, y, width, height in the shown image's pixels
THUMB = 256
# How a redacted copy is marked wherever it is listed (Inbox, episode strip, viewer).
MARK = QT_TRANSLATE_NOOP("Evidence", "Redacted copy (black boxes)")


def mark(redacted_from: int | None) -> str:
    """The mark for a list line, translated; '' for anything but a redacted copy."""
    return translate("Evidence", MARK) if redacted_from is not None else ""


def burn(image_bytes: bytes, boxes: Sequence[Box]) -> tuple[bytes, int, int]:
    """The image with each box filled solid black, as a new PNG without metadata."""
    with Image.open(io.BytesIO(image_bytes)) as im:
        rgb = pictures.shown(im)
    draw = ImageDraw.Draw(rgb)
    for x, y, w, h in _clipped(boxes, rgb.width, rgb.height):
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=(0, 0, 0))
    out = io.BytesIO()
    rgb.save(out, "PNG", optimize=False)
    return out.getvalue(), rgb.width, rgb.height


def _clipped(boxes: Sequence[Box], width: int, height: int) -> list[Box]:
    result = []
    for x, y, w, h in boxes:
        if w < 0:
            x, w = x + w, -w
        if h < 0:
            y, h = y + h, -h
        x0, y0 = max(0, int(x)), max(0, int(y))
        x1, y1 = min(width, int(x + w)), min(height, int(y + h))
        if x1 > x0 and y1 > y0:
            result.append((x0, y0, x1 - x0, y1 - y0))
    return result


def _thumb(png: bytes) -> bytes:
    with Image.open(io.BytesIO(png)) as im:
        im.thumbnail((THUMB, THUMB))
        out = io.BytesIO()
        im.save(out, "PNG")
    return out.getvalue()


def redact(vault: Vault, capture_id: int, boxes: Sequence[Box]) -> int:
    """Store a redacted copy of *capture_id* and return its id; the original stays as it is."""
    store = CaptureStore(vault)
    info = store.get(capture_id)
    if not info.is_image:
        raise ValidationError([translate("Redaction", "Only images can be redacted.")])
    shown = store.shown(capture_id)
    with Image.open(io.BytesIO(shown)) as im:
        size = pictures.upright_size(im)
    if not _clipped(boxes, *size):
        raise ValidationError([translate("Redaction", "Draw at least one box on the image.")])
    png, width, height = burn(shown, boxes)
    item = NewCapture(
        original=png,
        mime="image/png",
        captured_at=info.captured_at,
        utc_offset=info.utc_offset,
        trigger=info.trigger,
        source="redaction",
        thumb=_thumb(png),
        width=width,
        height=height,
        monitor=copied_window(
            info.monitor, info.crop, (width, height) == (info.width, info.height)
        ),
        window_title=info.window_title,
        window_program=info.window_program,
        original_name=info.original_name,
        redacted_from=capture_id,
    )
    return store.add(item)


def redactions(vault: Vault, capture_id: int) -> list[int]:
    """Ids of the redacted copies of a capture, oldest first."""
    return [copy.id for copy in CaptureStore(vault).redactions_of([capture_id])]
