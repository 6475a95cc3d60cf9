"""Screen grabbing with mss, shared by the X11, Windows and macOS grabbers.

The grab is the part that must be fast (a post can vanish within seconds), so each thread
keeps one warm mss instance (the first grab sets up shared memory) and gets raw BGRX pixels;
encoding happens later, elsewhere. mss is imported at the first grab, not with this module.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from vidne.app.errors import CaptureImpossible
from vidne.app.platform.base import Monitor, Pixels, ScreenGrabber, monitor_at

if TYPE_CHECKING:
    import mss


class MssGrabber(ScreenGrabber):
    """One mss instance per thread, kept open (monitors in physical pixels)."""

    name = "mss"

    def __init__(self) -> None:
        self._local = threading.local()

    def _sct(self) -> mss.MSS:
        sct = getattr(self._local, "sct", None)
        if sct is None:
            try:
                sct = self._new_mss()
            except Exception as exc:  # noqa: BLE001 - mss raises ScreenShotError and ctypes errors
                raise CaptureImpossible(str(exc)) from None
            self._local.sct = sct
        return sct

    def _new_mss(self) -> mss.MSS:
        import mss

        return mss.MSS()

    def monitors(self) -> list[Monitor]:
        try:
            mons = self._sct().monitors
        except CaptureImpossible:
            raise
        except Exception as exc:  # noqa: BLE001
            raise CaptureImpossible(str(exc)) from None
        return [
            Monitor(i, m["left"], m["top"], m["width"], m["height"]) for i, m in enumerate(mons)
        ]

    def check_permission(self) -> None:
        """Raise ScreenRecordingDenied where the system must allow recording first (macOS)."""

    def grab(self, monitor: Monitor | None) -> Pixels:
        self.check_permission()
        return self._grab(monitor or self.monitors()[0])

    def _grab(self, mon: Monitor) -> Pixels:
        area = {"left": mon.left, "top": mon.top, "width": mon.width, "height": mon.height}
        try:
            shot = self._sct().grab(area)
        except CaptureImpossible:
            raise
        except Exception as exc:  # noqa: BLE001 - mss raises ScreenShotError and ctypes errors
            raise CaptureImpossible(str(exc)) from None
        return Pixels(shot.raw, shot.width, shot.height, mon)

    def warm_up(self, pointer: tuple[int, int] | None) -> None:
        """One full-size grab of the monitor under the mouse (what a hotkey press grabs) maps
        mss's shared memory. The pixels are dropped at once: never kept or written anywhere."""
        try:
            self._grab(monitor_at(self.monitors(), pointer))
        except CaptureImpossible:
            pass  # warming is optional; the real grab reports the error

    def close_thread(self) -> None:
        sct = getattr(self._local, "sct", None)
        if sct is not None:
            sct.close()
            self._local.sct = None
