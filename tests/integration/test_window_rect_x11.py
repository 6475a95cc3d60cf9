"""A capture records where the active window was, on a real X server (a private Xvfb).

There is no window manager here, so the test plays one where it matters: a "frame" window
with the client inside it (as a reparenting manager draws the title bar) and
_NET_ACTIVE_WINDOW on the root naming the client. The capture must record the frame's
rectangle in the captured image's pixels, stored in the capture's chained ``monitor`` JSON;
a GTK window's own shadow (_GTK_FRAME_EXTENTS) is not part of the window.
"""

from __future__ import annotations

import ctypes
import json
import time
from collections.abc import Iterator

import pytest
from vidne.app import platform
from vidne.app.evidence import grab as capture
from vidne.app.evidence.capturer import store
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.x11 import Window, open_display, xlib
from vidne.app.vault.store import Vault

from tests.helpers.xserver import pattern, show_on_root

pytestmark = pytest.mark.x11

FRAME = (300, 150, 600, 400)  # x, y, width, height on the desktop
TITLE_BAR = 28  # the client sits this far down inside its frame


class FakeManager:
    """A frame window holding a client window, the client focused and named active."""

    def __init__(self) -> None:
        lib = xlib()
        self.d = ctypes.c_void_p(open_display())
        self.root = lib.XDefaultRootWindow(self.d)
        lib.XCreateSimpleWindow.restype = Window
        x, y, w, h = FRAME
        self.frame = lib.XCreateSimpleWindow(
            self.d, Window(self.root), x, y, w, h, 0, ctypes.c_ulong(0), ctypes.c_ulong(0x3355AA)
        )
        self.client = lib.XCreateSimpleWindow(
            self.d, Window(self.frame), 0, TITLE_BAR, w, h - TITLE_BAR, 0, 0, 0xFFFFFF
        )
        for window in (self.client, self.frame):
            lib.XMapWindow(self.d, Window(window))
        lib.XSync(self.d, 0)
        time.sleep(0.05)
        lib.XSetInputFocus(self.d, Window(self.client), 1, ctypes.c_ulong(0))
        self.set_longs(self.root, "_NET_ACTIVE_WINDOW", "WINDOW", [self.client])

    def set_longs(self, window: int, name: str, kind: str, values: list[int]) -> None:
        lib = xlib()
        atom = lib.XInternAtom(self.d, name.encode(), 0)
        type_ = lib.XInternAtom(self.d, kind.encode(), 0)
        data = (ctypes.c_long * len(values))(*values)
        lib.XChangeProperty(
            self.d, Window(window), ctypes.c_ulong(atom), ctypes.c_ulong(type_), 32, 0,
            data, len(values),
        )  # fmt: skip
        lib.XSync(self.d, 0)

    def close(self) -> None:
        xlib().XDestroyWindow(self.d, Window(self.frame))
        xlib().XCloseDisplay(self.d)


@pytest.fixture
def manager(x_display: str) -> Iterator[FakeManager]:
    show_on_root(x_display, pattern(1280, 800))
    managed = FakeManager()
    yield managed
    managed.close()


def test_a_capture_records_the_active_windows_frame(manager: FakeManager, vault: Vault) -> None:
    assert platform.active_window().active_rect() == FRAME
    grab = capture.grab(1, "hotkey")
    x, y, w, h = FRAME
    assert grab.window_rect == {"x": x, "y": y, "w": w, "h": h}
    capture_id, _, _ = store(grab, vault, vault.directory)
    monitor = json.loads(CaptureStore(vault).get(capture_id).monitor)
    assert monitor["window"] == {"x": x, "y": y, "w": w, "h": h}
    assert monitor["width"] == 1280  # the geometry is still there


def test_gtks_own_shadow_is_not_part_of_the_window(manager: FakeManager) -> None:
    manager.set_longs(manager.client, "_GTK_FRAME_EXTENTS", "CARDINAL", [10, 12, 6, 20])
    x, y, w, h = FRAME
    assert platform.active_window().active_rect() == (x + 10, y + 6, w - 22, h - 26)


def test_no_rectangle_when_the_window_fills_the_screen_or_is_tiny(manager: FakeManager) -> None:
    lib = xlib()
    lib.XMoveResizeWindow(manager.d, Window(manager.frame), -5, -5, 1300, 820)
    lib.XSync(manager.d, 0)
    assert capture.grab(1, "hotkey").window_rect is None  # clipped, it is the whole image
    lib.XMoveResizeWindow(manager.d, Window(manager.frame), 1200, 700, 300, 300)
    lib.XSync(manager.d, 0)
    assert capture.grab(1, "hotkey").window_rect is None  # 80x100 of it on the screen
    lib.XMoveResizeWindow(manager.d, Window(manager.frame), 1000, 600, 300, 300)
    lib.XSync(manager.d, 0)
    assert capture.grab(1, "hotkey").window_rect == {"x": 1000, "y": 600, "w": 280, "h": 200}
