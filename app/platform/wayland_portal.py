"""Wayland: the XDG desktop portals, for the global shortcut and the screen grab.

Wayland gives no client a global key grab; the desktop owns shortcuts and the
``GlobalShortcuts`` portal lets an application ask for one (the user confirms it in the
desktop's own dialog). Where the desktop has no such portal (or the user declines),
:meth:`PortalHotkey.fallback_hint` explains how to bind ``vidne capture`` as an ordinary desktop
shortcut instead, which works everywhere because ``vidne capture`` asks the running instance
(or seals a capture by itself). Screens are grabbed through the ``Screenshot`` portal, since
mss sees only XWayland windows there. The D-Bus work is in :mod:`.wayland_dbus`, imported only
when a portal backend is used.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path

from vidne.app.errors import CaptureImpossible, HotkeyUnavailable
from vidne.app.i18n import translate
from vidne.app.platform.base import (
    NATIVE,
    SECOND,
    HotkeyBackend,
    Monitor,
    Pixels,
    ScreenGrabber,
    is_freedesktop,
    is_wayland,
    parse_sequence,
)

SHORTCUT_ID = "capture"


def fallback_text() -> str:
    return translate(
        "Hotkey",
        "This desktop does not let programs register a global shortcut. Open your desktop's keyboard settings, add a custom shortcut and give it the command: vidne capture  (or vidne capture --region).",
    )


def portal_trigger(sequence: str) -> str:
    """Qt's 'Ctrl+Alt+Shift+S' in the XDG shortcuts spelling 'CTRL+ALT+SHIFT+s'."""
    combo = parse_sequence(sequence)
    names = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "meta": "LOGO"}
    mods = [names[m] for m in ("ctrl", "alt", "shift", "meta") if m in combo.modifiers]
    return "+".join([*mods, combo.key.lower() if len(combo.key) == 1 else combo.key])


class PortalHotkey(HotkeyBackend):
    """Session-based: CreateSession, BindShortcuts, then the ``Activated`` signal (GUI thread)."""

    name = "wayland-portal"

    def __init__(self) -> None:
        from vidne.app.platform.wayland_dbus import ShortcutSession

        self._dbus = ShortcutSession(self.bind, self._activated)
        self._session = ""
        self._sequence = ""
        self.callback: Callable[[], None] | None = None
        self.problem = ""

    @classmethod
    def get_priority(cls) -> int:
        if not is_freedesktop():
            return 0
        return NATIVE if is_wayland() else SECOND

    @classmethod
    def is_available(cls) -> bool:
        from vidne.app.platform.wayland_dbus import portal_available

        return portal_available()

    def fallback_hint(self) -> str:
        return fallback_text()

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        self._sequence, self.callback = sequence, callback
        import secrets

        token = "vidne" + secrets.token_hex(4)
        request = self._dbus.call(
            "CreateSession", {"handle_token": token, "session_handle_token": token}
        )
        if request is None:
            raise HotkeyUnavailable(fallback_text())
        self._dbus.on_response(request)

    def bind(self, session: str) -> None:
        """BindShortcuts once the session exists. UNTESTED here (no portal in CI): PySide6's
        QDBusArgument streaming is thin, so any failure is kept in ``problem`` and shown in
        settings together with the desktop-shortcut fallback."""
        self._session = session
        options = {
            "description": translate("Hotkey", "Capture the screen into Vidne"),
            "preferred_trigger": portal_trigger(self._sequence),
        }
        try:
            self._dbus.bind(session, SHORTCUT_ID, options)
        except (AttributeError, TypeError, RuntimeError) as exc:
            self.problem = f"{fallback_text()} ({exc})"

    def _activated(self, shortcut_id: str) -> None:
        if shortcut_id == SHORTCUT_ID and self.callback:
            self.callback()

    def unregister(self) -> None:
        if self._session:
            self._dbus.close(self._session)
        self._session, self.callback = "", None


class PortalGrabber(ScreenGrabber):
    """The ``Screenshot`` portal: always the whole desktop, no monitor list."""

    name = "wayland-portal"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_freedesktop() and is_wayland() else 0

    def monitors(self) -> list[Monitor]:
        return []

    def grab(self, monitor: Monitor | None) -> Pixels:
        from vidne.app.platform.wayland_dbus import screenshot_file

        return pixels_from_file(screenshot_file())


def pixels_from_file(path: Path) -> Pixels:
    """Read the portal's plaintext PNG into memory and delete it at once, whatever happens."""
    from PIL import Image

    try:
        data = path.read_bytes()
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
    try:
        with Image.open(io.BytesIO(data)) as img:
            rgb = img.convert("RGB")
    except (OSError, ValueError) as exc:
        raise CaptureImpossible(str(exc)) from None
    mon = Monitor(0, 0, 0, rgb.width, rgb.height)
    return Pixels(rgb.tobytes("raw", "BGRX"), rgb.width, rgb.height, mon)
