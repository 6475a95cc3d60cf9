"""The active window's rectangle: asked of Windows (against a fake of user32), turned into the
captured image's pixels, and kept with the capture whether it is stored or sealed."""

from __future__ import annotations

import ctypes
import json
from ctypes import wintypes
from typing import Any

import pytest
from vidne.app import platform
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.intake import store
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.base import NoActiveWindow
from vidne.app.platform.fake import FakeDesktop, FakeScreen
from vidne.app.platform.windows import WindowsActiveWindow
from vidne.app.vault.store import Vault


class FakeUser32:
    """GetForegroundWindow and GetWindowRect as Windows answers them (screen coordinates)."""

    def __init__(self, hwnd: int, rect: tuple[int, int, int, int] | None) -> None:
        self.hwnd, self.rect = hwnd, rect

    def GetForegroundWindow(self) -> int:  # noqa: N802 - the Windows name
        return self.hwnd

    def GetWindowRect(self, hwnd: int, ref: Any) -> int:  # noqa: N802
        if self.rect is None or hwnd != self.hwnd:
            return 0
        target = ctypes.cast(ref, ctypes.POINTER(wintypes.RECT)).contents
        target.left, target.top, target.right, target.bottom = self.rect
        return 1


def test_windows_reports_the_foreground_windows_rectangle() -> None:
    desktop = WindowsActiveWindow(FakeUser32(0x2A, (-7, 120, 1033, 900)))
    assert desktop.active_rect() == (-7, 120, 1040, 780)
    assert WindowsActiveWindow(FakeUser32(0, (0, 0, 10, 10))).active_rect() is None
    assert WindowsActiveWindow(FakeUser32(0x2A, None)).active_rect() is None


def test_where_nothing_can_be_asked_there_is_no_rectangle() -> None:
    assert NoActiveWindow().active_rect() is None  # Wayland


@pytest.fixture
def two_screens(monkeypatch: pytest.MonkeyPatch) -> FakeScreen:
    """Two 1000x600 monitors side by side; Firefox's window on the right one."""
    raw = bytes(1000 * 600 * 4)
    screen = FakeScreen([(1000, 600, raw), (1000, 600, raw)])
    desktop = FakeDesktop(("Opslag | Facebook", "firefox"), rect=(1150, 40, 700, 500))
    monkeypatch.setattr(platform, "screen_grabber", lambda: screen)
    monkeypatch.setattr(platform, "active_window", lambda: desktop)
    return screen


def test_the_rectangle_is_in_the_captured_monitors_pixels(two_screens: FakeScreen) -> None:
    assert capture.grab(2, "hotkey").window_rect == {"x": 150, "y": 40, "w": 700, "h": 500}
    assert capture.grab(1, "hotkey").window_rect is None  # the window is on the other monitor


def test_stored_and_sealed_captures_keep_it(two_screens: FakeScreen, vault: Vault) -> None:
    window = {"x": 150, "y": 40, "w": 700, "h": 500}
    capture_id, _, _ = store(capture.grab(2, "hotkey"), vault, vault.directory)
    assert json.loads(CaptureStore(vault).get(capture_id).monitor)["window"] == window
    store(capture.grab(2, "cli"), None, vault.directory)  # locked: sealed into the inbox
    [imported] = sealed_inbox.import_pending(vault).imported
    assert json.loads(CaptureStore(vault).get(imported).monitor)["window"] == window
