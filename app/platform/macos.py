"""macOS: the global hotkey, the screen grab with its permission, and start at login.

The hotkey is Carbon's ``RegisterEventHotKey`` via ctypes (still the supported way for a global
shortcut without accessibility permission). The Carbon event handler runs on the main thread
inside Qt's event loop, so the callback runs on the GUI thread: it must only start the grab.
Screens are grabbed with mss once the user allowed screen recording; start at login is a
LaunchAgent plist in ``~/Library/LaunchAgents``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidne.app import APP_ID
from vidne.app.atomic import write_atomic
from vidne.app.errors import HotkeyUnavailable, ScreenRecordingDenied
from vidne.app.i18n import translate
from vidne.app.platform.base import (
    NATIVE,
    AutostartBackend,
    HotkeyBackend,
    LaunchCommand,
    is_macos,
    parse_sequence,
)
from vidne.app.platform.mss_grab import MssGrabber

CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 1 << 8, 1 << 9, 1 << 11, 1 << 12
# Qt maps Ctrl to the Command key on macOS and Meta to the Control key.
MODS = {"ctrl": CMD_KEY, "shift": SHIFT_KEY, "alt": OPTION_KEY, "meta": CONTROL_KEY}
K_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
K_EVENT_HOTKEY_PRESSED = 5
EVENT_HOTKEY_EXISTS = -9878
# ANSI virtual key codes (HIToolbox/Events.h).
KEYCODES = dict(zip("ASDFHGZXCV", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)) | {
    "B": 11,
    "Q": 12,
    "W": 13,
    "E": 14,
    "R": 15,
    "Y": 16,
    "T": 17,
    "1": 18,
    "2": 19,
    "3": 20,
    "4": 21,
    "6": 22,
    "5": 23,
    "9": 25,
    "7": 26,
    "8": 28,
    "0": 29,
    "O": 31,
    "U": 32,
    "I": 34,
    "P": 35,
    "L": 37,
    "J": 38,
    "K": 40,
    "N": 45,
    "M": 46,
    "F1": 122,
    "F2": 120,
    "F3": 99,
    "F4": 118,
    "F5": 96,
    "F6": 97,
    "F7": 98,
    "F8": 100,
    "F9": 101,
    "F10": 109,
    "F11": 103,
    "F12": 111,
    "F13": 105,
    "Space": 49,
}


class EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


class EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


class MacHotkey(HotkeyBackend):
    """*carbon* defaults to the Carbon framework; tests pass a fake of its functions."""

    name = "macos"

    def __init__(self, carbon: Any = None) -> None:
        if carbon is None:
            carbon = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Carbon") or "")
        self._carbon: Any = carbon
        self._carbon.GetApplicationEventTarget.restype = ctypes.c_void_p
        self._callback: Callable[[], None] | None = None
        self._ref = ctypes.c_void_p()
        self._handler = HANDLER(self._on_event)  # kept alive as long as the backend
        spec = EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOTKEY_PRESSED)
        self._carbon.InstallEventHandler(
            ctypes.c_void_p(self._carbon.GetApplicationEventTarget()),
            self._handler,
            1,
            ctypes.byref(spec),
            None,
            None,
        )

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_macos() else 0

    @classmethod
    def is_available(cls) -> bool:
        return bool(ctypes.util.find_library("Carbon"))

    def _on_event(self, _call: Any, _event: Any, _data: Any) -> int:
        if self._callback:
            self._callback()
        return 0

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        combo = parse_sequence(sequence)
        self.unregister()
        code = KEYCODES.get(combo.key.upper() if len(combo.key) == 1 else combo.key)
        if code is None:
            raise HotkeyUnavailable(
                translate("Hotkey", "The key %1 cannot be used as a global shortcut.").replace(
                    "%1", combo.key
                )
            )
        mods = sum(MODS[m] for m in combo.modifiers)
        hk_id = EventHotKeyID(int.from_bytes(b"VIDN", "big"), 1)
        status = self._carbon.RegisterEventHotKey(
            code,
            mods,
            hk_id,
            ctypes.c_void_p(self._carbon.GetApplicationEventTarget()),
            0,
            ctypes.byref(self._ref),
        )
        if status != 0:
            reason = (
                translate(
                    "Hotkey", "%1 is already taken by another program. Choose another combination."
                )
                if status == EVENT_HOTKEY_EXISTS
                else f"RegisterEventHotKey error {status}"
            )
            raise HotkeyUnavailable(reason.replace("%1", combo.text()))
        self._callback = callback

    def unregister(self) -> None:
        if self._ref.value:
            self._carbon.UnregisterEventHotKey(self._ref)
            self._ref = ctypes.c_void_p()
        self._callback = None


_capture_allowed = False


def core_graphics() -> Any:
    """The CoreGraphics framework; OSError where there is none."""
    path = (
        ctypes.util.find_library("CoreGraphics")
        or "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
    )
    return ctypes.cdll.LoadLibrary(path)


def screen_capture_allowed(load: Callable[[], Any] = core_graphics) -> bool:
    """May Vidne record the screen (macOS 10.15+)? The first call lets macOS ask the user.

    CGPreflightScreenCaptureAccess answers without a prompt; CGRequestScreenCaptureAccess
    shows the system's prompt once and adds Vidne to the Screen Recording list. A yes is
    remembered for the process; a no is checked again at the next capture (the user may have
    switched it on meanwhile, although macOS applies it only after a restart of Vidne).
    """
    global _capture_allowed
    if _capture_allowed:
        return True
    try:
        cg = load()
        preflight, request = cg.CGPreflightScreenCaptureAccess, cg.CGRequestScreenCaptureAccess
    except (OSError, AttributeError):
        return True  # older macOS without the permission, or not macOS at all
    preflight.restype = request.restype = ctypes.c_bool
    _capture_allowed = bool(preflight()) or bool(request())
    return _capture_allowed


class MacGrabber(MssGrabber):
    """mss over CoreGraphics, after macOS allowed Vidne to record the screen."""

    name = "macos"

    def __init__(self, load_core_graphics: Callable[[], Any] | None = None) -> None:
        super().__init__()
        self.load_core_graphics = load_core_graphics  # tests: a fake of the framework

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_macos() else 0

    def check_permission(self) -> None:
        load = self.load_core_graphics
        if not (screen_capture_allowed(load) if load else screen_capture_allowed()):
            raise ScreenRecordingDenied()


class MacLaunchAgent(AutostartBackend):
    """``~/Library/LaunchAgents/dk.vidne.Vidne.plist``, loaded by launchd at the next login."""

    name = "macos"

    def __init__(self, home: Path | None = None) -> None:
        self.home = home or Path.home()

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_macos() else 0

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def enable(self, command: LaunchCommand) -> None:
        agent: dict[str, object] = {
            "Label": APP_ID,
            "ProgramArguments": list(command.argv),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        if command.cwd is not None:
            agent["WorkingDirectory"] = str(command.cwd)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        import plistlib  # here, not at the top: the chooser imports this module everywhere

        write_atomic(self.path, plistlib.dumps(agent), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        import plistlib

        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)
