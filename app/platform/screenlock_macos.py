"""macOS: notice the locked screen by polling the session dictionary (ctypes only).

The proper source is the ``com.apple.screenIsLocked`` distributed notification, but observing
it needs an Objective-C observer object (pyobjc, which Vidne does not ship). Instead, every two
seconds, ``CGSessionCopyCurrentDictionary()`` is read for ``CGSSessionScreenIsLocked`` – the
same flag the notification reports. Sleep locks the screen on macOS by default, so it is caught
the same way once the machine wakes up and before anyone can see the window. Not testable on
the Linux CI; ``is_locked`` returns None where CoreGraphics is missing.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from PySide6.QtCore import QObject, QTimer
from vidne.app.platform.base import NATIVE, is_macos
from vidne.app.platform.screenlock import ScreenLockWatcher

POLL_MS = 2000
K_CF_STRING_ENCODING_UTF8 = 0x08000100


def is_locked() -> bool | None:
    """True/False from the session dictionary, or None if it cannot be read."""
    cg_path = ctypes.util.find_library("CoreGraphics")
    cf_path = ctypes.util.find_library("CoreFoundation")
    if not cg_path or not cf_path:
        return None
    cg, cf = ctypes.CDLL(cg_path), ctypes.CDLL(cf_path)
    cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFDictionaryGetValue.restype = ctypes.c_void_p
    cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    session = cg.CGSessionCopyCurrentDictionary()
    if not session:
        return None
    key = cf.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", K_CF_STRING_ENCODING_UTF8)
    try:
        value = cf.CFDictionaryGetValue(session, key)
        return bool(value) and bool(cf.CFBooleanGetValue(value))
    finally:
        cf.CFRelease(key)
        cf.CFRelease(session)


class MacScreenLock(ScreenLockWatcher):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._was_locked = False

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_macos() else 0

    def start(self) -> list[str]:
        if is_locked() is None:
            return []
        self._timer.start()
        return ["CGSSessionScreenIsLocked"]

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        locked = bool(is_locked())
        if locked and not self._was_locked:
            self.screen_locked.emit("screen-locked")
        self._was_locked = locked
