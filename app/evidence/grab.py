"""Screen grabbing with mss and lossless PNG encoding with Pillow.

The grab is the only part that must be fast (a post can vanish within seconds), so it keeps
one warm mss instance per thread and returns raw BGRX pixels; encoding to PNG happens later,
off the GUI thread. A :class:`Grab` carries what the evidence needs besides the pixels: the
capture time in UTC with the local offset, the monitor's geometry and scale, how it was
triggered and (best effort) the active window.
"""

from __future__ import annotations

import io
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import mss
from PIL import Image
from vidne.app.errors import CaptureImpossible, ScreenRecordingDenied
from vidne.app.evidence import encode as png_encode

PNG_LEVEL = 1  # zlib level 1: lossless and ~3x faster than the default 6, files a bit larger
THUMB_SIZE = 320
TRIGGERS = ("hotkey", "tray", "window", "cli")

_local = threading.local()


@dataclass(frozen=True)
class Monitor:
    """One monitor's geometry in desktop pixels; index 0 is the whole desktop (mss)."""

    index: int
    left: int
    top: int
    width: int
    height: int
    scale: float = 1.0

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.left + self.width and self.top <= y < self.top + self.height

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "left": self.left,
            "top": self.top,
            "width": self.width,
            "height": self.height,
            "scale": self.scale,
        }


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

    def image(self) -> Image.Image:
        return Image.frombuffer("RGB", (self.width, self.height), self.raw, "raw", "BGRX", 0, 1)


def _sct() -> mss.MSS:
    """One mss instance per thread, kept open: the first grab sets up shared memory (slow)."""
    sct = getattr(_local, "sct", None)
    if sct is None:
        try:
            sct = mss.MSS()
        except Exception as exc:  # noqa: BLE001 - mss raises ScreenShotError and ctypes errors
            raise CaptureImpossible(str(exc)) from None
        _local.sct = sct
    return sct


def warm_up() -> None:
    """Prepare this thread for a fast first capture: one full-size grab of the monitor under
    the mouse (what a hotkey press grabs) maps mss's shared memory, and the monitor list, the
    pointer query and the active-window lookup are set up; each costs ms the first time.
    The pixels are dropped at once: they are never kept or written anywhere."""
    try:
        mon = monitor_under_mouse(monitors())
        shot = _sct().grab(
            {"left": mon.left, "top": mon.top, "width": mon.width, "height": mon.height}
        )
        del shot
        from vidne.app.platform import active_window

        active_window().active()
    except Exception:  # noqa: BLE001 - warming is optional; the real grab reports errors
        pass


def close_thread_grabber() -> None:
    sct = getattr(_local, "sct", None)
    if sct is not None:
        sct.close()
        _local.sct = None


_scale: list[float] = [1.0]


def monitor_scale() -> float:
    """Device pixel ratio of the primary screen (mss works in physical pixels). Qt's screens
    may only be read on the GUI thread; other threads (the X11 hotkey) get the value the GUI
    thread saw last, which ``warm_up`` there records."""
    try:
        from PySide6.QtCore import QThread
        from PySide6.QtGui import QGuiApplication
    except ImportError:
        return _scale[0]
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and QThread.currentThread() is app.thread():
        screen = app.primaryScreen()
        if screen is not None:
            _scale[0] = float(screen.devicePixelRatio())
    return _scale[0]


def monitors() -> list[Monitor]:
    """All monitors; index 0 is the bounding box of the whole desktop."""
    scale = monitor_scale()
    try:
        mons = _sct().monitors
    except Exception as exc:  # noqa: BLE001
        raise CaptureImpossible(str(exc)) from None
    return [
        Monitor(i, m["left"], m["top"], m["width"], m["height"], scale) for i, m in enumerate(mons)
    ]


def pointer_position() -> tuple[int, int] | None:
    from vidne.app.platform import active_window

    return active_window().pointer()


def monitor_under_mouse(mons: list[Monitor]) -> Monitor:
    pos = pointer_position()
    singles = mons[1:] or mons
    if pos is not None:
        for mon in singles:
            if mon.contains(*pos):
                return mon
    return singles[0]


def choose_monitor(which: int | str | None) -> Monitor:
    """``None``/"mouse": under the mouse; "all" or 0: whole desktop; N: monitor N (1-based)."""
    mons = monitors()
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
    """Grab one monitor (or the whole desktop) into memory. Raises CaptureImpossible."""
    from vidne.app.platform import is_wayland

    if is_wayland():  # mss sees only XWayland windows there: the desktop's portal grabs
        from vidne.app.platform.wayland_portal import portal_grab

        return portal_grab(trigger)
    captured_at, offset = now_with_offset()
    mon = choose_monitor(which)
    return grab_monitor(mon, captured_at, offset, trigger)


def check_permission() -> None:
    """macOS asks the user before any app may record the screen: check (and ask) first."""
    if sys.platform == "darwin":
        from vidne.app.platform.macos import screen_capture_allowed

        if not screen_capture_allowed():
            raise ScreenRecordingDenied()


def grab_monitor(mon: Monitor, captured_at: str, offset: str, trigger: str) -> Grab:
    check_permission()
    area = {"left": mon.left, "top": mon.top, "width": mon.width, "height": mon.height}
    try:
        shot = _sct().grab(area)
    except Exception as exc:  # noqa: BLE001
        raise CaptureImpossible(str(exc)) from None
    result = Grab(shot.raw, shot.width, shot.height, mon, captured_at, offset, trigger)
    _add_window_info(result)
    return result


def _add_window_info(result: Grab) -> None:
    from vidne.app.platform import active_window

    info = active_window().active()
    if info is not None:
        result.window_title, result.window_program = info


def grab_frozen(trigger: str = "window") -> Grab:
    """Grab the whole desktop at once (all monitors) for region selection."""
    from vidne.app.platform import is_wayland

    if is_wayland():
        from vidne.app.platform.wayland_portal import portal_grab

        frozen = portal_grab(trigger)
        frozen.source = "region"
        return frozen
    captured_at, offset = now_with_offset()
    mons = monitors()
    frozen = grab_monitor(mons[0], captured_at, offset, trigger)
    frozen.source = "region"
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
    """Small images through Pillow; screen-sized ones through the parallel writer."""
    if img.width * img.height >= 1 << 18:
        return png_encode.encode(img)
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=PNG_LEVEL)
    return buf.getvalue()


@dataclass
class Encoded:
    """The bytes that go into the vault: original, optional region view, thumbnail."""

    original: bytes
    view: bytes | None
    thumb: bytes


def encode(g: Grab, with_thumb: bool = True) -> Encoded:
    """PNG-encode a grab (slow part: call it off the GUI thread). Without *with_thumb* the
    thumbnail is left empty for :func:`thumb_of` to make after the evidence is committed."""
    img = g.image()
    original = encode_png(img)
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
