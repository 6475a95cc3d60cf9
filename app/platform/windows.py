"""Windows: the global hotkey, the foreground window, the screen grab, start at login and the
single-instance pipe.

``RegisterHotKey`` with no window posts WM_HOTKEY to the registering thread's queue, which Qt
pumps on the GUI thread; a native event filter sees it as a "windows_generic_MSG". The
callback therefore runs on the GUI thread: it must only start the grab (see
vidne.app.evidence.capturer). Qt is imported only when a backend is created, so the chooser can
look at this module anywhere.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidne.app import APP_NAME
from vidne.app.errors import HotkeyUnavailable
from vidne.app.i18n import translate
from vidne.app.platform.base import (
    NATIVE,
    ActiveWindow,
    AutostartBackend,
    HotkeyBackend,
    InstanceChannel,
    LaunchCommand,
    instance_digest,
    is_windows,
    parse_sequence,
)
from vidne.app.platform.mss_grab import MssGrabber

_app: list[Any] = []  # a QCoreApplication made for QLocalSocket, kept alive


def dll(name: str) -> Any:
    """A Windows system library (``ctypes.windll``); OSError elsewhere."""
    if sys.platform != "win32":  # also tells mypy where windll exists
        raise OSError(f"{name} exists only on Windows")
    return getattr(ctypes.windll, name)


def last_error() -> int:
    if sys.platform != "win32":
        raise OSError("GetLastError exists only on Windows")
    return ctypes.GetLastError()


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
    if len(key) == 1 and key.isascii() and key.isalnum():  # VK_A..Z, VK_0..9 are ASCII codes;
        return ord(key.upper())  # 'Ø' would be 0xD8, a reserved code, not the Ø key
    if key.startswith("F") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24:
        return 0x70 + int(key[1:]) - 1
    if key in VK_NAMES:
        return VK_NAMES[key]
    raise HotkeyUnavailable(
        translate("Hotkey", "The key %1 cannot be used as a global shortcut.").replace("%1", key)
    )


def native_filter(on_message: Callable[[int, int], bool]) -> Any:
    """A Qt native event filter that passes each window message to *on_message*(message,
    wparam); a True answer swallows it. Made here so Qt is imported only when needed."""
    from PySide6.QtCore import QAbstractNativeEventFilter

    class Filter(QAbstractNativeEventFilter):
        def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802 - Qt API
            kind = event_type.data() if hasattr(event_type, "data") else event_type  # QByteArray
            if bytes(kind) == b"windows_generic_MSG":
                from ctypes import wintypes

                msg = wintypes.MSG.from_address(int(message))
                if on_message(int(msg.message), int(msg.wParam)):
                    return True, 0
            return False, 0

    return Filter()


class WindowsHotkey(HotkeyBackend):
    """*user32* and *last_error* default to the system's; tests pass fakes of both."""

    name = "windows"

    def __init__(self, user32: Any = None, last_error: Callable[[], int] | None = None) -> None:
        self._user32 = user32
        self._last_error = last_error
        self._callback: Callable[[], None] | None = None
        self._registered = False
        self._filter = native_filter(self._on_message)
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0

    def _on_message(self, message: int, wparam: int) -> bool:
        if message == WM_HOTKEY and wparam == HOTKEY_ID:
            self._fire()
            return True
        return False

    def _fire(self) -> None:
        if self._callback:
            self._callback()

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        combo = parse_sequence(sequence)
        self.unregister()
        mods = sum(MODS[m] for m in combo.modifiers) | MOD_NOREPEAT
        if not self.user32.RegisterHotKey(None, HOTKEY_ID, mods, virtual_key(combo.key)):
            code = (self._last_error or last_error)()
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise HotkeyUnavailable(
                    translate(
                        "Hotkey",
                        "%1 is already taken by another program. Choose another combination.",
                    ).replace("%1", combo.text())
                )
            raise HotkeyUnavailable(f"RegisterHotKey error {code}")
        self._registered, self._callback = True, callback

    @property
    def user32(self) -> Any:
        if self._user32 is None:
            self._user32 = dll("user32")
        return self._user32

    def unregister(self) -> None:
        if self._registered:
            self.user32.UnregisterHotKey(None, HOTKEY_ID)
        self._registered, self._callback = False, None

    @property
    def native_filter(self) -> Any:
        """The Qt native event filter that sees WM_HOTKEY (installed on the application)."""
        return self._filter


class WindowsActiveWindow(ActiveWindow):
    """*user32* defaults to the system's; tests pass a fake."""

    name = "windows"

    def __init__(self, user32: Any = None) -> None:
        self._user32 = user32

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0

    @property
    def user32(self) -> Any:
        if self._user32 is None:
            self._user32 = dll("user32")
        return self._user32

    def active_rect(self) -> tuple[int, int, int, int] | None:
        """GetWindowRect of the foreground window: its frame included (on Windows 10 and 11
        also the few invisible resize pixels around it, which the capture clips away where
        they fall off the screen). A minimised window lies far outside every screen."""
        from ctypes import wintypes

        hwnd = self.user32.GetForegroundWindow()
        rect = wintypes.RECT()
        if not hwnd or not self.user32.GetWindowRect(hwnd, ctypes.byref(rect)):
            return None
        return rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top

    def active(self) -> tuple[str, str] | None:
        user32 = dll("user32")
        hwnd = user32.GetForegroundWindow()
        if not hwnd:
            return None
        buf = ctypes.create_unicode_buffer(512)
        user32.GetWindowTextW(hwnd, buf, 512)
        return buf.value, _process_name(hwnd)

    def pointer(self) -> tuple[int, int] | None:
        from ctypes import wintypes

        point = wintypes.POINT()
        if dll("user32").GetCursorPos(ctypes.byref(point)):
            return point.x, point.y
        return None


def _process_name(hwnd: int) -> str:
    from ctypes import wintypes

    pid = wintypes.DWORD()
    dll("user32").GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
    kernel32 = dll("kernel32")
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


class WindowsGrabber(MssGrabber):
    """mss over GDI BitBlt."""

    name = "windows"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0


class PipeChannel(InstanceChannel):
    """A named pipe, reached with ``QLocalSocket`` (the running instance's ``QLocalServer``)."""

    name = "named-pipe"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0

    def server_name(self, data_dir: Path) -> str:
        return f"vidne-{instance_digest(data_dir)}"

    def exchange(self, name: str, request: bytes, timeout_ms: int) -> bytes | None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtNetwork import QLocalSocket

        if QCoreApplication.instance() is None:  # the command line runs without one
            _app.append(QCoreApplication([]))
        sock = QLocalSocket()
        sock.connectToServer(name)
        if not sock.waitForConnected(timeout_ms):
            return None
        sock.write(request)
        sock.flush()
        if sock.bytesToWrite() and not sock.waitForBytesWritten(timeout_ms):
            return None
        line = b""
        while not line.endswith(b"\n") and len(line) < 4096:
            if not sock.bytesAvailable() and not sock.waitForReadyRead(timeout_ms):
                break
            line += bytes(sock.readAll().data())
        sock.disconnectFromServer()
        return line or None


class WindowsRunKey(AutostartBackend):
    """A ``Vidne`` value under the current user's Run key (no admin rights needed).

    Task Manager's "Startup apps" switch does not delete the Run value; it writes a flag under
    ``StartupApproved\\Run`` (first byte odd = disabled). :meth:`is_enabled` honours it and
    :meth:`enable` clears it, so the app and Task Manager agree.
    """

    name = "windows"

    def __init__(self, registry: Any = None) -> None:
        self.registry = registry  # the winreg module, or a fake of it in tests

    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
    APPROVED = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
    VALUE = APP_NAME

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_windows() else 0

    def winreg(self) -> Any:
        """The registry API: winreg on Windows (imported here: the chooser loads this module
        everywhere), or the fake a test passed."""
        if self.registry is not None:
            return self.registry
        if sys.platform != "win32":  # also tells mypy where winreg exists
            raise OSError("the Run key exists only on Windows")
        import winreg

        return winreg

    def enable(self, command: LaunchCommand) -> None:
        # A Run value has no working folder, so a source checkout's "python -m vidne.ui.main" would
        # not find the code; the installer's build and the vidne.exe script need none.
        import subprocess  # list2cmdline; here, as the chooser imports this module everywhere

        winreg = self.winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
            winreg.SetValueEx(
                key, self.VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(command.argv)
            )
        self._delete(self.APPROVED)

    def disable(self) -> None:
        self._delete(self.KEY)
        self._delete(self.APPROVED)

    def is_enabled(self) -> bool:
        return bool(str(self._read(self.KEY) or "").strip()) and not self._switched_off()

    def _switched_off(self) -> bool:
        flag = self._read(self.APPROVED)
        return isinstance(flag, bytes) and len(flag) > 0 and flag[0] & 1 == 1

    def _read(self, subkey: str) -> object:
        winreg = self.winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, subkey) as key:
                value, _kind = winreg.QueryValueEx(key, self.VALUE)
        except FileNotFoundError:
            return None
        return value

    def _delete(self, subkey: str) -> None:
        winreg = self.winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, subkey, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, self.VALUE)
        except FileNotFoundError:
            pass
