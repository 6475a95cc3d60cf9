"""Pick the platform backends at start-up, by priority (see :mod:`vidne.app.platform.base`)."""

from __future__ import annotations

import os
import sys
from functools import cache

from vidne.app.platform.base import DEFAULT_HOTKEY, ActiveWindow, HotkeyBackend, NoActiveWindow

__all__ = [
    "DEFAULT_HOTKEY",
    "ActiveWindow",
    "HotkeyBackend",
    "active_window",
    "hotkey_backend_classes",
    "is_wayland",
    "pick_hotkey_backend",
]


def is_wayland() -> bool:
    return (
        bool(os.environ.get("WAYLAND_DISPLAY"))
        or os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    )


def hotkey_backend_classes() -> list[type[HotkeyBackend]]:
    """Candidates, best first, for this platform."""
    if sys.platform == "win32":
        from vidne.app.platform.windows import WindowsHotkey

        return [WindowsHotkey]
    if sys.platform == "darwin":
        from vidne.app.platform.macos import MacHotkey

        return [MacHotkey]
    from vidne.app.platform.wayland_portal import PortalHotkey
    from vidne.app.platform.x11 import X11Hotkey

    return [PortalHotkey, X11Hotkey] if is_wayland() else [X11Hotkey, PortalHotkey]


def pick_hotkey_backend() -> HotkeyBackend | None:
    """The first available backend, or None (settings then explain the desktop shortcut)."""
    for cls in hotkey_backend_classes():
        try:
            if cls.available():
                return cls()
        except OSError:
            continue
    return None


@cache
def active_window() -> ActiveWindow:
    if sys.platform == "win32":
        from vidne.app.platform.windows import WindowsActiveWindow

        return WindowsActiveWindow()
    if os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        from vidne.app.platform.x11 import X11ActiveWindow

        return X11ActiveWindow()
    return NoActiveWindow()
