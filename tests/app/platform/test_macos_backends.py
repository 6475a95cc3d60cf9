"""The macOS backends, driven on any system against fakes of Carbon and CoreGraphics.

The Carbon fake keeps the event handler Vidne installs (a real ctypes callback) and calls it as
the Carbon event loop would on a hotkey press; the CoreGraphics fake answers the screen
recording permission checks. ``vidne selftest`` checks the real frameworks on a Mac.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import pytest
from vidne.app.errors import HotkeyUnavailable, ScreenRecordingDenied
from vidne.app.platform import macos
from vidne.app.platform.macos import (
    CMD_KEY,
    EVENT_HOTKEY_EXISTS,
    KEYCODES,
    OPTION_KEY,
    SHIFT_KEY,
    MacGrabber,
    MacHotkey,
)


class Fn:
    """A C function as ctypes shows it: callable, with a settable ``restype``."""

    def __init__(self, body: Callable[..., Any]) -> None:
        self.body, self.restype, self.calls = body, None, 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        return self.body(*args)


class FakeCarbon:
    TARGET = 0x7000

    def __init__(self, status: int = 0) -> None:
        self.status = status
        self.handler: Any = None
        self.hotkeys: dict[int, tuple[int, int]] = {}
        self.GetApplicationEventTarget = Fn(lambda: self.TARGET)
        self.InstallEventHandler = Fn(self._install)
        self.RegisterEventHotKey = Fn(self._register)
        self.UnregisterEventHotKey = Fn(self._unregister)

    def _install(self, target: Any, handler: Any, count: int, spec: Any, *_: Any) -> int:
        assert target.value == self.TARGET and count == 1
        self.handler = handler
        return 0

    def _register(self, code: int, mods: int, ident: Any, target: Any, opts: int, ref: Any) -> int:
        if self.status:
            return self.status
        ref._obj.value = 0xBEEF  # the EventHotKeyRef Carbon writes back
        self.hotkeys[0xBEEF] = (code, mods)
        return 0

    def _unregister(self, ref: ctypes.c_void_p) -> int:
        del self.hotkeys[int(ref.value or 0)]
        return 0

    def press(self) -> int:
        """What Carbon does on the key press: call the installed handler."""
        return int(self.handler(None, None, None))


def test_the_carbon_hotkey_is_registered_and_a_press_captures() -> None:
    carbon = FakeCarbon()
    hotkey = MacHotkey(carbon)
    assert carbon.handler is not None  # installed once, for the life of the backend
    pressed: list[int] = []
    hotkey.register("Ctrl+Alt+Shift+S", lambda: pressed.append(1))
    # Qt's Ctrl is the Command key on a Mac.
    assert carbon.hotkeys == {0xBEEF: (KEYCODES["S"], CMD_KEY | OPTION_KEY | SHIFT_KEY)}
    assert carbon.press() == 0 and pressed == [1]
    hotkey.unregister()
    assert carbon.hotkeys == {}
    carbon.press()
    assert pressed == [1]


def test_a_taken_or_unknown_mac_combination_says_why() -> None:
    hotkey = MacHotkey(FakeCarbon(status=EVENT_HOTKEY_EXISTS))
    with pytest.raises(HotkeyUnavailable) as taken:
        hotkey.register("Ctrl+Shift+5", lambda: None)
    assert "Ctrl+Shift+5 is already taken by another program" in taken.value.message()
    with pytest.raises(HotkeyUnavailable) as odd:
        MacHotkey(FakeCarbon()).register("Ctrl+Print", lambda: None)
    assert "The key Print cannot be used" in odd.value.message()


class FakeCoreGraphics:
    def __init__(self, allowed: bool, user_says_yes: bool = False) -> None:
        self.CGPreflightScreenCaptureAccess = Fn(lambda: allowed)
        self.CGRequestScreenCaptureAccess = Fn(lambda: user_says_yes)


@pytest.fixture(autouse=True)
def not_yet_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(macos, "_capture_allowed", False)  # the process-wide memory of a yes


def test_without_screen_recording_permission_the_grab_explains_and_macos_asks_once() -> None:
    cg = FakeCoreGraphics(allowed=False)
    grabber = MacGrabber(lambda: cg)
    with pytest.raises(ScreenRecordingDenied) as denied:
        grabber.check_permission()
    assert "Privacy & Security" in denied.value.message()
    assert cg.CGRequestScreenCaptureAccess.calls == 1  # the system prompt
    assert cg.CGPreflightScreenCaptureAccess.restype is ctypes.c_bool


def test_allowed_recording_is_asked_once_per_process_and_never_prompts() -> None:
    cg = FakeCoreGraphics(allowed=True)
    grabber = MacGrabber(lambda: cg)
    grabber.check_permission()
    grabber.check_permission()
    assert cg.CGPreflightScreenCaptureAccess.calls == 1
    assert cg.CGRequestScreenCaptureAccess.calls == 0


def test_a_macos_without_the_permission_api_lets_the_grab_go_ahead() -> None:
    def older_macos() -> Any:
        raise OSError("no CoreGraphics permission functions before 10.15")

    MacGrabber(older_macos).check_permission()  # no exception
