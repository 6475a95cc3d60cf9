"""The Windows backends, driven on any system against fakes of the Windows calls.

What Windows would do is played by small fakes of user32 (RegisterHotKey), wtsapi32 (session
notifications) and winreg (the Run key); the window messages are real ``MSG`` structures handed
to the same Qt native event filter Qt calls on Windows. So everything but the system calls
themselves runs here; ``vidne selftest`` checks those on a real Windows machine.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot
from vidne.app.errors import HotkeyUnavailable
from vidne.app.platform.base import LaunchCommand
from vidne.app.platform.screenlock_windows import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsScreenLock,
)
from vidne.app.platform.windows import (
    ERROR_HOTKEY_ALREADY_REGISTERED,
    HOTKEY_ID,
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    WM_HOTKEY,
    WindowsHotkey,
    WindowsRunKey,
)

pytestmark = pytest.mark.gui  # the native event filters are Qt objects (a QApplication)


class FakeUser32:
    """RegisterHotKey/UnregisterHotKey; combinations in *taken* belong to another program."""

    def __init__(self, taken: set[tuple[int, int]] | None = None) -> None:
        self.taken = taken or set()
        self.registered: dict[int, tuple[int, int]] = {}
        self.error = 0

    def RegisterHotKey(self, hwnd: Any, ident: int, mods: int, vk: int) -> int:  # noqa: N802
        if (mods & ~MOD_NOREPEAT, vk) in self.taken or ident in self.registered:
            self.error = ERROR_HOTKEY_ALREADY_REGISTERED
            return 0
        self.registered[ident] = (mods, vk)
        return 1

    def UnregisterHotKey(self, hwnd: Any, ident: int) -> int:  # noqa: N802
        return 1 if self.registered.pop(ident, None) else 0


def deliver(native_filter: Any, message: int, wparam: int) -> Any:
    """Hand one window message to a native event filter the way Qt does on Windows."""
    msg = wintypes.MSG()
    msg.message, msg.wParam = message, wparam
    return native_filter.nativeEventFilter(
        QByteArray(b"windows_generic_MSG"), ctypes.addressof(msg)
    )


@pytest.fixture
def user32(qapp: Any) -> FakeUser32:
    return FakeUser32(taken={(MOD_WIN, ord("V"))})


def test_the_hotkey_is_registered_and_wm_hotkey_captures(user32: FakeUser32) -> None:
    hotkey = WindowsHotkey(user32, lambda: user32.error)
    pressed: list[int] = []
    hotkey.register("Ctrl+Alt+Shift+S", lambda: pressed.append(1))
    mods = MOD_CONTROL | MOD_ALT | MOD_SHIFT | MOD_NOREPEAT  # no auto-repeat while held
    assert user32.registered == {HOTKEY_ID: (mods, ord("S"))}
    assert deliver(hotkey.native_filter, WM_HOTKEY, HOTKEY_ID) == (True, 0)  # swallowed
    assert pressed == [1]
    assert deliver(hotkey.native_filter, WM_HOTKEY, HOTKEY_ID + 1) == (False, 0)  # not ours
    assert deliver(hotkey.native_filter, 0x0100, HOTKEY_ID) == (False, 0)  # WM_KEYDOWN
    assert pressed == [1]
    hotkey.register("Ctrl+F12", lambda: pressed.append(2))  # replaces the first one
    assert user32.registered == {HOTKEY_ID: (MOD_CONTROL | MOD_NOREPEAT, 0x7B)}
    deliver(hotkey.native_filter, WM_HOTKEY, HOTKEY_ID)
    assert pressed == [1, 2]
    hotkey.unregister()
    assert user32.registered == {}
    deliver(hotkey.native_filter, WM_HOTKEY, HOTKEY_ID)
    assert pressed == [1, 2]


def test_a_taken_or_impossible_combination_says_why(user32: FakeUser32) -> None:
    hotkey = WindowsHotkey(user32, lambda: user32.error)
    with pytest.raises(HotkeyUnavailable) as taken:
        hotkey.register("Meta+V", lambda: None)
    assert "already taken by another program" in taken.value.message()
    with pytest.raises(HotkeyUnavailable) as odd:
        hotkey.register("Ctrl+Ø", lambda: None)
    assert "cannot be used as a global shortcut" in odd.value.message()
    assert user32.registered == {}
    hotkey.register("Print", lambda: None)
    assert user32.registered == {HOTKEY_ID: (MOD_NOREPEAT, 0x2C)}


class FakeWtsApi:
    def __init__(self) -> None:
        self.watched: list[int] = []

    def WTSRegisterSessionNotification(self, hwnd: ctypes.c_void_p, flags: int) -> int:  # noqa: N802
        self.watched.append(int(hwnd.value or 0))
        return 1

    def WTSUnRegisterSessionNotification(self, hwnd: ctypes.c_void_p) -> int:  # noqa: N802
        self.watched.remove(int(hwnd.value or 0))
        return 1


def test_session_lock_and_sleep_messages_lock_the_vault(qtbot: QtBot, qapp: Any) -> None:
    wts = FakeWtsApi()
    watcher = WindowsScreenLock(wtsapi32=wts)
    assert watcher.start() == ["WM_POWERBROADCAST"]
    assert watcher.watch_window(0x1234) and wts.watched == [0x1234]
    seen: list[str] = []
    watcher.screen_locked.connect(seen.append)
    native = watcher._filter
    assert deliver(native, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == (False, 0)  # passed on
    assert deliver(native, WM_POWERBROADCAST, PBT_APMSUSPEND) == (False, 0)
    assert deliver(native, WM_WTSSESSION_CHANGE, 0x8) == (False, 0)  # WTS_SESSION_UNLOCK
    assert seen == ["session-lock", "sleep"]
    watcher.stop()
    assert wts.watched == []


class FakeKey:
    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """The part of winreg the Run key uses, over a dict of keys and values."""

    HKEY_CURRENT_USER, REG_SZ, REG_BINARY, KEY_SET_VALUE = 0x80000001, 1, 3, 0x2

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[object, int]]] = {}

    def CreateKey(self, root: int, sub: str) -> FakeKey:  # noqa: N802
        self.keys.setdefault(sub, {})
        return FakeKey(sub)

    def OpenKey(self, root: int, sub: str, reserved: int = 0, access: int = 0) -> FakeKey:  # noqa: N802
        if sub not in self.keys:
            raise FileNotFoundError(sub)
        return FakeKey(sub)

    def SetValueEx(self, key: FakeKey, name: str, _r: int, kind: int, value: object) -> None:  # noqa: N802
        self.keys[key.path][name] = (value, kind)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[object, int]:  # noqa: N802
        try:
            return self.keys[key.path][name]
        except KeyError:
            raise FileNotFoundError(name) from None

    def DeleteValue(self, key: FakeKey, name: str) -> None:  # noqa: N802
        if self.keys[key.path].pop(name, None) is None:
            raise FileNotFoundError(name)


def test_the_run_key_and_task_managers_switch_agree() -> None:
    registry = FakeWinreg()
    run = WindowsRunKey(registry)
    assert run.is_enabled() is False
    run.enable(LaunchCommand((r"C:\Program Files\Vidne\vidne.exe", "--minimized")))
    assert registry.keys[run.KEY]["Vidne"] == (
        r'"C:\Program Files\Vidne\vidne.exe" --minimized',
        registry.REG_SZ,
    )
    assert run.is_enabled() is True
    # Task Manager's "Disable": the value stays, a flag with an odd first byte appears.
    registry.CreateKey(registry.HKEY_CURRENT_USER, run.APPROVED)
    registry.keys[run.APPROVED]["Vidne"] = (b"\x03" + bytes(11), registry.REG_BINARY)
    assert run.is_enabled() is False
    run.enable(LaunchCommand((r"C:\Vidne\vidne.exe",)))  # switching it on in Vidne clears it
    assert run.is_enabled() is True and "Vidne" not in registry.keys[run.APPROVED]
    run.disable()
    assert run.is_enabled() is False and registry.keys[run.KEY] == {}
    run.disable()  # twice is fine
