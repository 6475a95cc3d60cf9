"""Backends for tests: a hotkey that ``press()`` fires, a screen that shows a given image, a
desktop whose active window and pointer are set by the test. Their priority is 0, so the
chooser never picks them; tests hand them over explicitly."""

from __future__ import annotations

from collections.abc import Callable

from vidne.app.errors import CaptureImpossible, HotkeyUnavailable
from vidne.app.platform.base import (
    ActiveWindow,
    HotkeyBackend,
    Monitor,
    Pixels,
    ScreenGrabber,
    parse_sequence,
)


class FakeHotkeyBackend(HotkeyBackend):
    name = "fake"

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = {parse_sequence(s) for s in (taken or set())}
        self.sequence: str | None = None
        self._callback: Callable[[], None] | None = None

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        try:
            combo = parse_sequence(sequence)
        except ValueError:
            raise HotkeyUnavailable(sequence) from None
        if combo in self.taken:
            raise HotkeyUnavailable(f"{combo.text()} is already used by another program")
        self.sequence, self._callback = combo.text(), callback

    def unregister(self) -> None:
        self.sequence, self._callback = None, None

    def press(self) -> bool:
        if self._callback is None:
            return False
        self._callback()
        return True


class FakeScreen(ScreenGrabber):
    """Monitors side by side, each showing *raw* BGRX pixels of its size (one per monitor)."""

    name = "fake"

    def __init__(
        self,
        screens: list[tuple[int, int, bytes]],
        picked: tuple[int, int, bytes] | None = None,
    ) -> None:
        self.screens = screens
        self.picked = picked  # what a desktop's own region picker hands back, if it has one
        self.grabs = 0

    def pick_region(self) -> Pixels | None:
        if self.picked is None:
            return None
        width, height, raw = self.picked
        return Pixels(raw, width, height, Monitor(0, 0, 0, width, height))

    def monitors(self) -> list[Monitor]:
        singles, left = [], 0
        for i, (width, height, _) in enumerate(self.screens, start=1):
            singles.append(Monitor(i, left, 0, width, height))
            left += width
        height = max((h for _, h, _ in self.screens), default=0)
        return [Monitor(0, 0, 0, left, height), *singles]

    def grab(self, monitor: Monitor | None) -> Pixels:
        mons = self.monitors()
        if monitor is None or monitor.index == 0 or monitor.index >= len(mons):
            raise CaptureImpossible("the fake screen grabs single monitors only")
        self.grabs += 1
        width, height, raw = self.screens[monitor.index - 1]
        return Pixels(raw, width, height, monitor)


class FakeDesktop(ActiveWindow):
    name = "fake"

    def __init__(
        self,
        window: tuple[str, str] | None = None,
        pointer: tuple[int, int] | None = None,
        windows: list[tuple[str, str, int, int, int, int]] | None = None,
        rect: tuple[int, int, int, int] | None = None,
    ) -> None:
        self.window, self.at = window, pointer
        self.windows = windows or []  # top first, for window_at
        self.rect = rect  # the active window's (x, y, width, height), for active_rect

    def active(self) -> tuple[str, str] | None:
        return self.window

    def pointer(self) -> tuple[int, int] | None:
        return self.at

    def window_at(self, x: int, y: int) -> tuple[str, str] | None:
        """The first of *windows* (title, program, left, top, width, height) holding the point."""
        for title, program, left, top, width, height in self.windows:
            if left <= x < left + width and top <= y < top + height:
                return title, program
        return ("", "") if self.windows else None

    def active_rect(self) -> tuple[int, int, int, int] | None:
        return self.rect
