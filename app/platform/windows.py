"""Windows: ``RegisterHotKey`` on the GUI thread plus a Qt native event filter for WM_HOTKEY,
and the foreground window's title for capture metadata.

RegisterHotKey with no window posts WM_HOTKEY to the registering thread's queue, which Qt
pumps on the GUI thread; the filter sees it as a "windows_generic_MSG". The callback therefore
runs on the GUI thread: it must only start the grab (see vidne.app.evidence.capturer).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication
from vidne.app.errors import HotkeyUnavailable
from vidne.app.i18n import translate
from vidne.app.platform.base import ActiveWindow, HotkeyBackend, parse_sequence

WM_HOTKEY = 0x0312
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
HOTKEY_ID = 0x5649  # "VI"
MODS = {"alt": MOD_ALT, "ctrl": MOD_CONTROL, "shift": MOD_SHIFT, "meta": MOD_WIN}
VK_NAMES = {
    "Print": 0x2C,
    "Pause": 0x13,
    "Space": 0x20,
    "Ins": 0x2D,
    "Del": 0x2E,
    "Home": 0x24,
    "End": 0x23,
    "PgUp": 0x21,
    "PgDown": 0x22,
    "ScrollLock": 0x91,
}


def virtual_key(key: str) -> int:
    if len(key) == 1 and key.isalnum():
        return ord(key.upper())
    if key.startswith("F") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24:
        return 0x70 + int(key[1:]) - 1
    if key in VK_NAMES:
        return VK_NAMES[key]
    raise HotkeyUnavailable(
        translate("Hotkey", "The key %1 cannot be used as a global shortcut.").replace("%1", key)
    )


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, on_hotkey: Callable[[], None]) -> None:
        super().__init__()
        self.on_hotkey = on_hotkey

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802 - Qt API
        kind = event_type.data() if hasattr(event_type, "data") else event_type  # QByteArray
        if bytes(kind) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID:
                self.on_hotkey()
                return True, 0
        return False, 0


class WindowsHotkey(HotkeyBackend):
    name = "windows"

    def __init__(self) -> None:
        self._callback: Callable[[], None] | None = None
        self._registered = False
        self._filter = _Filter(self._fire)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "win32"

    def _fire(self) -> None:
        if self._callback:
            self._callback()

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        combo = parse_sequence(sequence)
        self.unregister()
        mods = sum(MODS[m] for m in combo.modifiers) | MOD_NOREPEAT
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        if not user32.RegisterHotKey(None, HOTKEY_ID, mods, virtual_key(combo.key)):
            code = ctypes.GetLastError()  # type: ignore[attr-defined]
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise HotkeyUnavailable(
                    translate(
                        "Hotkey",
                        "%1 is already taken by another program. Choose another combination.",
                    ).replace("%1", combo.text())
                )
            raise HotkeyUnavailable(f"RegisterHotKey error {code}")
        self._registered, self._callback = True, callback

    def unregister(self) -> None:
        if self._registered:
            ctypes.windll.user32.UnregisterHotKey(None, HOTKEY_ID)  # type: ignore[attr-defined]
        self._registered, self._callback = False, None


class WindowsActiveWindow(ActiveWindow):
    def active(self) -> tuple[str, str] | None:
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        hwnd = user32.GetForegroundWindow()
        if not hwnd:
            return None
        buf = ctypes.create_unicode_buffer(512)
        user32.GetWindowTextW(hwnd, buf, 512)
        return buf.value, _process_name(hwnd)

    def pointer(self) -> tuple[int, int] | None:
        from ctypes import wintypes

        point = wintypes.POINT()
        if ctypes.windll.user32.GetCursorPos(ctypes.byref(point)):  # type: ignore[attr-defined]
            return point.x, point.y
        return None


def _process_name(hwnd: int) -> str:
    from ctypes import wintypes

    pid = wintypes.DWORD()
    ctypes.windll.user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid.value)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ""
    try:
        buf = ctypes.create_unicode_buffer(1024)
        size = wintypes.DWORD(1024)
        if kernel32.QueryFullProcessImageNameW(handle, 0, buf, ctypes.byref(size)):
            return buf.value.rsplit("\\", 1)[-1]
        return ""
    finally:
        kernel32.CloseHandle(handle)
