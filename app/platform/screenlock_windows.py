"""Windows: lock and sleep from window messages, seen by a Qt native event filter.

``WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)`` makes Windows send
``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` to that window when the user locks the
session (Win+L, or the lock screen after idling); ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``
arrives before sleep without registration. The hwnd is any top-level window of ours (the GUI
passes the main window's ``winId()``; until then sleep is still caught).
"""

from __future__ import annotations

import contextlib
import ctypes
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject
from vidne.app.platform.base import NATIVE, is_windows
from vidne.app.platform.screenlock import ScreenLockWatcher
from vidne.app.platform.windows import dll

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def meaning(message: int, wparam: int) -> str | None:
    """Which lock event a window message is, or None (kept pure so it is testable anywhere)."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "session-lock"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, owner: WindowsScreenLock) -> None:
        super().__init__()
        self.owner = owner

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802 - Qt API
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            what = meaning(msg.message, int(msg.wParam))
            if what:
                self.owner.screen_locked.emit(what)
        return False, 0  # never swallow: Qt and others may need the message too


class WindowsScreenLock(ScreenLockWatcher):
    """*wtsapi32* defaults to the system's library; tests pass a fake."""

    def __init__(self, parent: QObject | None = None, wtsapi32: Any = None) -> None:
        super().__init__(parent)
        self._filter: _Filter | None = None
        self._hwnd = 0
        self._wtsapi32 = wtsapi32

    def wtsapi32(self) -> Any:
        if self._wtsapi32 is None:
            self._wtsapi32 = dll("wtsapi32")
        return self._wtsapi32

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0

    def start(self) -> list[str]:
        app = QCoreApplication.instance()
        if app is None:
            return []
        self._filter = _Filter(self)
        app.installNativeEventFilter(self._filter)
        return ["WM_POWERBROADCAST"]

    def watch_window(self, hwnd: int) -> bool:
        """Ask for session-change messages to *hwnd* (call once a window exists)."""
        try:
            wtsapi = self.wtsapi32()
        except OSError:
            return False
        if wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION):
            self._hwnd = hwnd
            return True
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        if self._hwnd:
            with contextlib.suppress(OSError):
                self.wtsapi32().WTSUnRegisterSessionNotification(ctypes.c_void_p(self._hwnd))
            self._hwnd = 0
