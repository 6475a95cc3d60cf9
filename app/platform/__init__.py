"""The one place that picks the platform backends, by priority.

:data:`BACKENDS` lists, per concern, every backend there is (module and class, best kept
cheap to import); :func:`choose` keeps those whose ``get_priority()`` is above 0 here, asks
them best first whether they are available, and returns the first that is. Code outside this
package never asks which system it runs on; it asks for the backend of a concern through the
functions below (see :mod:`vidne.app.platform.base` for the interfaces).
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from vidne.app.platform.base import (
    DEFAULT_HOTKEY,
    ActiveWindow,
    AutostartBackend,
    Backend,
    DesktopMenu,
    HotkeyBackend,
    InstanceChannel,
    Monitor,
    NoScreenGrabber,
    ScreenGrabber,
    is_wayland,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from vidne.app.platform.desktop_shortcut import DesktopShortcut
    from vidne.app.platform.screenlock import ScreenLockWatcher

__all__ = [
    "BACKENDS",
    "DEFAULT_HOTKEY",
    "ActiveWindow",
    "HotkeyBackend",
    "Monitor",
    "active_window",
    "autostart_backend",
    "choose",
    "desktop_menu",
    "desktop_shortcut_backend",
    "forget_choices",
    "harden_process",
    "instance_channel",
    "is_wayland",
    "pick_hotkey_backend",
    "screen_grabber",
    "screen_lock_watcher",
    "warm_up",
]

BACKENDS: dict[str, tuple[str, ...]] = {
    "hotkey": (
        "x11:X11Hotkey",
        "wayland_portal:PortalHotkey",
        "windows:WindowsHotkey",
        "macos:MacHotkey",
    ),
    "screen_grabber": (
        "x11:X11Grabber",
        "wayland_portal:PortalGrabber",
        "windows:WindowsGrabber",
        "macos:MacGrabber",
        "base:NoScreenGrabber",
    ),
    "active_window": ("x11:X11ActiveWindow", "windows:WindowsActiveWindow", "base:NoActiveWindow"),
    "screen_lock": (
        "screenlock_linux:LinuxScreenLock",
        "screenlock_windows:WindowsScreenLock",
        "screenlock_macos:MacScreenLock",
        "screenlock:ScreenLockWatcher",
    ),
    "autostart": ("freedesktop:XdgAutostart", "windows:WindowsRunKey", "macos:MacLaunchAgent"),
    "desktop_menu": ("freedesktop:XdgDesktopMenu",),
    "desktop_shortcut": ("desktop_shortcut:GnomeShortcut", "desktop_shortcut:KdeShortcut"),
    "instance_channel": ("posix:UnixSocketChannel", "windows:PipeChannel"),
    "hardening": (
        "hardening_posix:LinuxHardening",
        "hardening_windows:WindowsHardening",
        "hardening_posix:MacHardening",
        "hardening:ProcessHardening",
    ),
}


def _load(spec: str) -> type[Backend] | None:
    module, _, name = spec.partition(":")
    try:
        found = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    except ImportError:  # e.g. QtDBus is not in every PySide6 build
        return None
    return found if isinstance(found, type) and issubclass(found, Backend) else None


def candidates(concern: str) -> list[type[Backend]]:
    """The backends of *concern* that suit this system, best first."""
    suited = [c for c in map(_load, BACKENDS[concern]) if c is not None and c.get_priority() > 0]
    return sorted(suited, key=lambda c: c.get_priority(), reverse=True)


def choose(concern: str) -> type[Backend] | None:
    """The best available backend class of *concern*, or None when none is."""
    for cls in candidates(concern):
        try:
            if cls.is_available():
                return cls
        except OSError:
            continue
    return None


def pick_hotkey_backend() -> HotkeyBackend | None:
    """A new hotkey backend, or None (settings then explain the desktop shortcut)."""
    for cls in candidates("hotkey"):
        try:
            if issubclass(cls, HotkeyBackend) and cls.is_available():
                return cls()
        except OSError:  # e.g. the X display went away between the probe and the connection
            continue
    return None


@cache
def active_window() -> ActiveWindow:
    cls = choose("active_window")
    return cls() if cls is not None and issubclass(cls, ActiveWindow) else ActiveWindow()


@cache
def screen_grabber() -> ScreenGrabber:
    """The grabber (where none works, one whose every grab fails with the reason)."""
    cls = choose("screen_grabber")
    return cls() if cls is not None and issubclass(cls, ScreenGrabber) else NoScreenGrabber()


def screen_lock_watcher(parent: QObject | None = None) -> ScreenLockWatcher:
    """A new watcher for lock and sleep (not started)."""
    from vidne.app.platform.screenlock import ScreenLockWatcher

    cls = choose("screen_lock")
    found = cls if cls is not None and issubclass(cls, ScreenLockWatcher) else ScreenLockWatcher
    return found(parent=parent)


def autostart_backend() -> AutostartBackend | None:
    cls = choose("autostart")
    return cls() if cls is not None and issubclass(cls, AutostartBackend) else None


def desktop_menu() -> DesktopMenu | None:
    """None where the installer puts Vidne in the menu (Windows, macOS)."""
    cls = choose("desktop_menu")
    return cls() if cls is not None and issubclass(cls, DesktopMenu) else None


def desktop_shortcut_backend() -> DesktopShortcut | None:
    """How to bind ``vidne capture`` in this desktop's keyboard settings, where Vidne knows
    how (GNOME, KDE Plasma); None elsewhere."""
    from vidne.app.platform.desktop_shortcut import DesktopShortcut

    cls = choose("desktop_shortcut")
    return cls() if cls is not None and issubclass(cls, DesktopShortcut) else None


@cache
def instance_channel() -> InstanceChannel:
    cls = choose("instance_channel")
    if cls is None or not issubclass(cls, InstanceChannel):
        raise OSError("no local socket for the single-instance check on this system")
    return cls()


def harden_process() -> list[str]:
    """Turn crash dumps off for this process, first thing (see :mod:`.hardening`); returns
    the measures that took."""
    from vidne.app.platform.hardening import ProcessHardening

    cls = choose("hardening")
    return cls().apply() if cls is not None and issubclass(cls, ProcessHardening) else []


def warm_up() -> None:
    """Prepare the calling thread for a fast first capture: the grabber, the pointer query and
    the active-window lookup each cost milliseconds the first time."""
    window = active_window()
    screen_grabber().warm_up(window.pointer())
    window.active()


def forget_choices() -> None:
    """Choose again at the next call (tests and benchmarks switch displays)."""
    grabber = screen_grabber() if screen_grabber.cache_info().currsize else None
    if grabber is not None:
        grabber.close_thread()
    for cached in (active_window, screen_grabber, instance_channel):
        cached.cache_clear()
