"""A capture in memory: the grabbed pixels plus what the evidence needs, and PNG encoding.

The pixels come from the platform's screen grabber (:func:`vidne.app.platform.screen_grabber`:
mss on X11, Windows and macOS, the portal on Wayland) as raw BGRX; encoding to PNG happens
later, off the GUI thread. A :class:`Grab` carries what the evidence needs besides the pixels:
the capture time in UTC with the local offset, the monitor's geometry and scale, how it was
triggered and (best effort) the active window: its title, program and rectangle (so a report
can print the window large; stored in the chained ``monitor`` JSON as ``"window"``).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from PIL import Image
from vidne.app import platform
from vidne.app.errors import CaptureImpossible
from vidne.app.evidence import encode as png_encode
from vidne.app.platform.base import Monitor, monitor_at

__all__ = ["Encoded", "Grab", "Monitor", "encode", "grab", "grab_frozen", "thumbnail"]

THUMB_SIZE = 320
# A window rectangle smaller than this is no window worth printing on its own (a tooltip, a
# menu, a notification); one as large as the whole image adds nothing either.
MIN_WINDOW = (200, 100)
TRIGGERS = ("hotkey", "tray", "window", "cli")


@dataclass
class Grab:
    """Raw pixels in memory (BGRX, 4 bytes per pixel) plus the evidence metadata."""

    raw: bytes | bytearray
    width: int
    height: int
    monitor: Monitor
    captured_at: str
    utc_offset: str
    trigger: str = "window"
    source: str = "screen"
    window_title: str = ""
    window_program: str = ""
    crop: dict[str, int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    window_rect: dict[str, int] | None = None  # the active window in this image's pixels

    def image(self) -> Image.Image:
        return Image.frombuffer("RGB", (self.width, self.height), self.raw, "raw", "BGRX", 0, 1)

    def monitor_info(self) -> dict[str, Any]:
        """What the capture's ``monitor`` column holds: the geometry, and the active window's
        rectangle (x, y, w, h in image pixels) where it is known."""
        info = self.monitor.as_dict()
        if self.window_rect:
            info["window"] = dict(self.window_rect)
        return info


def warm_up() -> None:
    """Prepare this thread for a fast first capture (see :func:`vidne.app.platform.warm_up`);
    on the GUI thread this also records the screens' scale for the other threads."""
    monitor_scale()
    platform.warm_up()


def close_thread_grabber() -> None:
    platform.screen_grabber().close_thread()


_scale: list[float] = [1.0]


def monitor_scale() -> float:
    """Device pixel ratio of the primary screen (the grabbers work in physical pixels). Qt's
    screens may only be read on the GUI thread, and only where the GUI already loaded QtGui
    (the command line does not); other threads get the value the GUI thread saw last."""
    gui = sys.modules.get("PySide6.QtGui")
    if gui is None:
        return _scale[0]
    from PySide6.QtCore import QThread

    app = gui.QGuiApplication.instance()
    if isinstance(app, gui.QGuiApplication) and QThread.currentThread() is app.thread():
        screen = app.primaryScreen()
        if screen is not None:
            _scale[0] = float(screen.devicePixelRatio())
    return _scale[0]


def monitors() -> list[Monitor]:
    """All monitors; index 0 is the bounding box of the whole desktop ([] where only the
    whole desktop can be grabbed)."""
    scale = monitor_scale()
    return [replace(m, scale=scale) for m in platform.screen_grabber().monitors()]


def pointer_position() -> tuple[int, int] | None:
    return platform.active_window().pointer()


def monitor_under_mouse(mons: list[Monitor]) -> Monitor:
    return monitor_at(mons, pointer_position())


def choose_monitor(which: int | str | None, mons: list[Monitor] | None = None) -> Monitor:
    """``None``/"mouse": under the mouse; "all" or 0: whole desktop; N: monitor N (1-based)."""
    mons = monitors() if mons is None else mons
    if which in (None, "mouse"):
        return monitor_under_mouse(mons)
    if which == "all":
        return mons[0]
    if isinstance(which, int) and 0 <= which < len(mons):
        return mons[which]
    raise CaptureImpossible(f"no monitor {which}; there are {len(mons) - 1}")


def now_with_offset() -> tuple[str, str]:
    """Capture time in UTC (milliseconds) and the local UTC offset as +HH:MM."""
    now = datetime.now(UTC)
    local = now.astimezone()
    offset = local.isoformat()[-6:] if local.utcoffset() else "+00:00"
    return now.isoformat(timespec="milliseconds"), offset


def grab(which: int | str | None = None, trigger: str = "window") -> Grab:
    """Grab one monitor (or the whole desktop) into memory. Raises CaptureImpossible, or
    ScreenRecordingDenied where the system has not allowed it."""
    captured_at, offset = now_with_offset()
    mons = monitors()
    target = choose_monitor(which, mons) if mons else None  # [] : only the whole desktop
    return grab_monitor(target, captured_at, offset, trigger)


def grab_picked(trigger: str) -> Grab | None:
    """A region marked in the desktop's own picker (the Wayland portal's interactive
    screenshot: the desktop shows it, the user marks, the portal hands back that part only);
    None where the desktop has none (Vidne's own overlay marks regions there) or its picker
    gave nothing (sway's portal refuses interactive screenshots; the user cancelled): the
    caller then takes the whole screen rather than nothing."""
    try:
        pixels = platform.screen_grabber().pick_region()
    except CaptureImpossible:
        return None
    if pixels is None:
        return None
    captured_at, offset = now_with_offset()  # when the user confirmed: the picture's moment
    return Grab(
        pixels.raw,
        pixels.width,
        pixels.height,
        pixels.monitor,
        captured_at,
        offset,
        trigger,
        "region",
    )


def grab_monitor(mon: Monitor | None, captured_at: str, offset: str, trigger: str) -> Grab:
    """Grab *mon* (None: the whole desktop) and note the active window."""
    pixels = platform.screen_grabber().grab(mon)
    result = Grab(
        pixels.raw, pixels.width, pixels.height, pixels.monitor, captured_at, offset, trigger
    )
    # Asked after the pixels, like the title: nothing may delay the grab itself.
    desktop = platform.active_window()
    info = desktop.active()
    if info is not None:
        result.window_title, result.window_program = info
    result.window_rect = window_in_image(desktop.active_rect(), result)
    return result


def window_in_image(rect: tuple[int, int, int, int] | None, g: Grab) -> dict[str, int] | None:
    """*rect* (desktop pixels) in *g*'s image pixels, clipped to the image; None when unknown,
    smaller than :data:`MIN_WINDOW` once clipped, or the whole image."""
    if rect is None:
        return None
    x, y, w, h = rect
    left, top = max(x - g.monitor.left, 0), max(y - g.monitor.top, 0)
    right = min(x - g.monitor.left + w, g.width)
    bottom = min(y - g.monitor.top + h, g.height)
    width, height = right - left, bottom - top
    if width < MIN_WINDOW[0] or height < MIN_WINDOW[1] or (width, height) == (g.width, g.height):
        return None
    return {"x": left, "y": top, "w": width, "h": height}


def copied_window(monitor: str, crop: str | None, same_pixels: bool) -> dict[str, Any]:
    """A redacted copy's ``monitor``: its original's window rectangle where the copy holds the
    whole original's pixels (boxes burnt in), so the report can print that window large from
    the copy; nothing for a region's copy (the copy is the region) or an import."""
    try:
        window = json.loads(monitor or "{}").get("window")
    except (ValueError, AttributeError):
        return {}
    return {"window": window} if window and crop is None and same_pixels else {}


def grab_frozen(trigger: str = "window") -> Grab:
    """Grab the whole desktop at once (all monitors) for region selection."""
    captured_at, offset = now_with_offset()
    mons = monitors()
    frozen = grab_monitor(mons[0] if mons else None, captured_at, offset, trigger)
    frozen.source = "region"
    if len(mons) > 1:
        frozen.extra["monitors"] = [m.as_dict() for m in mons[1:]]
    return frozen


def region_from_frozen(frozen: Grab, x: int, y: int, w: int, h: int) -> Grab:
    """The full frozen monitor that holds the selection's centre, with the crop inside it.

    *x, y, w, h* are in frozen-image pixels. The monitor image is the evidence original;
    ``crop`` (relative to that monitor) is the view.
    """
    mons = [Monitor(**m) for m in frozen.extra.get("monitors", [])] or [frozen.monitor]
    cx, cy = frozen.monitor.left + x + w // 2, frozen.monitor.top + y + h // 2
    mon = next((m for m in mons if m.contains(cx, cy)), mons[0])
    mx, my = mon.left - frozen.monitor.left, mon.top - frozen.monitor.top
    img = frozen.image().crop((mx, my, mx + mon.width, my + mon.height))
    left, top = max(x - mx, 0), max(y - my, 0)
    right, bottom = min(x - mx + w, mon.width), min(y - my + h, mon.height)
    raw = img.tobytes("raw", "BGRX")
    out = Grab(
        raw,
        mon.width,
        mon.height,
        mon,
        frozen.captured_at,
        frozen.utc_offset,
        frozen.trigger,
        "region",
        frozen.window_title,
        frozen.window_program,
    )
    if right > left and bottom > top and (right - left, bottom - top) != (mon.width, mon.height):
        out.crop = {"x": left, "y": top, "w": right - left, "h": bottom - top}
    else:
        out.source = "screen"
    return out


def encode_png(img: Image.Image) -> bytes:
    """Every PNG Vidne writes goes through its own writer (:mod:`vidne.app.evidence.encode`):
    parallel for screen-sized images, and even for a thumbnail far quicker than Pillow's
    first ``save``, which loads five image plugins (~40 ms of ``vidne capture``)."""
    return png_encode.encode(img)


@dataclass
class Encoded:
    """The bytes that go into the vault: original, optional region view, thumbnail."""

    original: bytes
    view: bytes | None
    thumb: bytes


def encode(g: Grab, with_thumb: bool = True) -> Encoded:
    """PNG-encode a grab (slow part: call it off the GUI thread). Without *with_thumb* the
    thumbnail is left empty for :func:`thumb_of` to make after the evidence is committed."""
    original = png_encode.encode_bgrx(g.raw, g.width, g.height)  # no RGB copy of the screen
    if not (g.crop or with_thumb):
        return Encoded(original, None, b"")
    img = g.image()
    view = encode_png(shown_part(g, img)) if g.crop else None
    return Encoded(original, view, thumbnail(shown_part(g, img)) if with_thumb else b"")


def shown_part(g: Grab, img: Image.Image | None = None) -> Image.Image:
    """The region crop if there is one, else the whole grab."""
    img = img or g.image()
    if not g.crop:
        return img
    c = g.crop
    return img.crop((c["x"], c["y"], c["x"] + c["w"], c["y"] + c["h"]))


def thumb_of(g: Grab) -> bytes:
    return thumbnail(shown_part(g))


def thumbnail(img: Image.Image) -> bytes:
    small = img.copy()
    small.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return encode_png(small)
