"""What an annex prints of a screen capture: the part to read large, the whole screen beside.

A full-screen capture squeezed to the page's width makes the abusive text tiny. Where Vidne
knows the part that matters it prints that part large and the whole screen after it, smaller,
for context: a region capture's marked region (its stored crop), or the window that had the
focus when the capture was taken (its rectangle, recorded in the capture's chained
``monitor`` JSON as ``"window"``). Otherwise the capture prints whole, as before.

Both views are cut from the same stored picture, so a redacted copy (which carries its own
window rectangle, never its original's pixels) stays redacted in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from vidne.app.evidence.grab import MIN_WINDOW
from vidne.app.evidence.store import CaptureInfo
from vidne.app.output.report.images import pixel_size

# "Clearly smaller": a window covering most of the screen prints whole, as a screen capture.
MAX_WINDOW_SHARE = 0.8

Box = tuple[int, int, int, int]  # x, y, width, height in the stored image's pixels


@dataclass(frozen=True)
class Views:
    """The main view's pixel size, the window to cut from the stored image (None: the whole
    image or the stored region), and whether the whole screen follows as a second view."""

    size: tuple[int, int]
    window: Box | None = None
    context: bool = False


def window_box(item: CaptureInfo) -> Box | None:
    """The recorded window inside the stored image, when it is clearly smaller than it; None
    when unknown or implausible (a sealed capture's header is not trusted to be sane)."""
    try:
        found = json.loads(item.monitor or "{}").get("window")
    except (ValueError, AttributeError):
        return None
    if not isinstance(found, dict) or not item.width or not item.height:
        return None
    values = [found.get(k) for k in ("x", "y", "w", "h")]
    whole = [v for v in values if isinstance(v, int) and not isinstance(v, bool) and v >= 0]
    if len(whole) != 4:
        return None
    x, y, w, h = whole
    inside = x + w <= item.width and y + h <= item.height
    big_enough = w >= MIN_WINDOW[0] and h >= MIN_WINDOW[1]
    if not (inside and big_enough) or w * h > MAX_WINDOW_SHARE * item.width * item.height:
        return None
    return x, y, w, h


def views_of(item: CaptureInfo) -> Views:
    """How *item* prints: its region or its window large with the whole screen after it, or
    the whole picture alone (imports, redacted region copies, maximised windows)."""
    if item.crop:
        return Views(pixel_size(item), None, True)
    window = window_box(item) if item.source != "import" else None
    if window is not None:
        return Views((window[2], window[3]), window, True)
    return Views(pixel_size(item))
