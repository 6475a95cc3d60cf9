"""Wayland: the XDG desktop portals, for the global shortcut and the screen grab.

Wayland gives no client a global key grab; the desktop owns shortcuts and the
``GlobalShortcuts`` portal lets an application ask for one (the user confirms it in the
desktop's own dialog; GNOME from 48, KDE from Plasma 5.27, no wlroots desktop). Where the
desktop has no such portal, Settings offers to bind ``vidne capture`` as an ordinary desktop
shortcut (:mod:`vidne.app.platform.desktop_shortcut`), which works everywhere because
``vidne capture`` asks the running instance (or seals a capture by itself). Screens are grabbed
through the ``Screenshot`` portal, since mss sees only XWayland windows there. The D-Bus work is
in :mod:`.wayland_dbus` (jeepney), imported only when a portal backend is used.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from vidne.app import APP_ID
from vidne.app.errors import CaptureImpossible, HotkeyUnavailable
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
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
from vidne.app.platform.portal_file import pixels_from_file

if TYPE_CHECKING:
    from vidne.app.platform.wayland_dbus import PortalConnection, PortalError

__all__ = ["PortalGrabber", "PortalHotkey", "fallback_text", "pixels_from_file", "screenshot"]

SHORTCUT_ID = "capture"
SCREENSHOT_TIMEOUT_S = 60.0  # GNOME asks the user once whether Vidne may take screenshots
PICK_TIMEOUT_S = 300.0  # the user selects a region in the desktop's own tool
BIND_TIMEOUT_S = 300.0  # the user confirms the shortcut in the desktop's dialog
SESSION_TIMEOUT_S = 10.0

_parent: list[Callable[[], str]] = []


def set_parent_window(provider: Callable[[], str] | None) -> None:
    """Where the portal's dialogs belong: *provider* returns a handle as the portal spells it
    ("x11:<hex id>" or "wayland:<exported handle>"; see :func:`window_handle`)."""
    _parent[:] = [provider] if provider is not None else []


def parent_window() -> str:
    """The handle of Vidne's window for portal dialogs; "" without a window (the command line),
    which the portal specification allows."""
    return _parent[0]() if _parent else ""


def window_handle(qpa_platform: str, win_id: int, exported: str = "") -> str:
    """A portal parent-window handle for a Qt window on *qpa_platform*."""
    if qpa_platform == "xcb" and win_id:
        return f"x11:{win_id:x}"
    if qpa_platform.startswith("wayland") and exported:
        return f"wayland:{exported}"
    return ""


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


def problem_text(exc: PortalError, timeout: float = 0.0) -> str:
    """What the user reads when a portal call fails, by the kind of failure."""
    texts = {
        "no-bus": QT_TRANSLATE_NOOP(
            "Portal", "There is no D-Bus session, so the desktop cannot be asked."
        ),
        "no-portal": QT_TRANSLATE_NOOP(
            "Portal",
            "The desktop portal (xdg-desktop-portal) is not installed or not running. Install it together with your desktop's portal backend: xdg-desktop-portal-gnome, xdg-desktop-portal-kde, or xdg-desktop-portal-wlr with xdg-desktop-portal-gtk.",
        ),
        "no-interface": QT_TRANSLATE_NOOP(
            "Portal",
            "The desktop portal cannot do this here: a backend for it is missing. Install your desktop's portal backend: xdg-desktop-portal-gnome, xdg-desktop-portal-kde, or xdg-desktop-portal-wlr with xdg-desktop-portal-gtk.",
        ),
        "timeout": QT_TRANSLATE_NOOP("Portal", "The desktop did not answer within %1 seconds."),
        "cancelled": QT_TRANSLATE_NOOP("Portal", "Cancelled on the desktop."),
        "failed": QT_TRANSLATE_NOOP(
            "Portal",
            "The desktop refused, or its portal backend failed. Check that Vidne may take screenshots in your desktop's privacy settings and that your desktop's portal backend is installed.",
        ),
    }
    text = texts.get(exc.kind)
    if text is None:
        return translate("Portal", "The desktop portal reported an error: %1").replace(
            "%1", exc.detail
        )
    return translate("Portal", text).replace("%1", str(round(timeout)))


def connect() -> PortalConnection:
    """A new portal connection, registered under Vidne's application id where the portal
    wants that (the id must match the desktop file's name, dk.vidne.Vidne.desktop)."""
    from vidne.app.platform.wayland_dbus import PortalConnection

    return PortalConnection(APP_ID)


# --- the screen grab --------------------------------------------------------------------------
def screenshot(interactive: bool) -> Pixels:
    """One screenshot through the portal: the returned file is read, hashed and deleted at
    once (:mod:`.portal_file`). CaptureImpossible with the reason."""
    from vidne.app.platform import portal_file
    from vidne.app.platform.wayland_dbus import SCREENSHOT, PortalError

    timeout = PICK_TIMEOUT_S if interactive else SCREENSHOT_TIMEOUT_S
    options = {"interactive": interactive, "modal": True}
    try:
        portal = connect()
        try:
            results = portal.request(
                SCREENSHOT, "Screenshot", "s", (parent_window(),), options, timeout
            )
        finally:
            portal.close()
    except PortalError as exc:
        raise CaptureImpossible(problem_text(exc, timeout)) from None
    return portal_file.pixels_from_uri(str(results.get("uri", "")))


class PortalGrabber(ScreenGrabber):
    """The ``Screenshot`` portal: always the whole desktop, no monitor list."""

    name = "wayland-portal"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_freedesktop() and is_wayland() else 0

    def monitors(self) -> list[Monitor]:
        return []

    def grab(self, monitor: Monitor | None) -> Pixels:
        return screenshot(interactive=False)

    def pick_region(self) -> Pixels | None:
        return screenshot(interactive=True)


# --- the global shortcut ----------------------------------------------------------------------
class PortalHotkey(HotkeyBackend):
    """Registry, CreateSession (in :meth:`register`), then BindShortcuts and the ``Activated``
    signals on a thread of its own with its own connection: the callback runs on that thread.
    Binding waits for the user's answer in the desktop's dialog, so it is not awaited;
    :attr:`bound` is set once the desktop agreed and :attr:`problem` says why not otherwise."""

    name = "wayland-portal"

    def __init__(self, connector: Callable[[], PortalConnection] = connect) -> None:
        self.connector = connector
        self.callback: Callable[[], None] | None = None
        self.problem = ""
        self.trigger = ""  # how the desktop describes the bound keys, once bound
        self.bound = threading.Event()
        self.session = ""
        self._portal: PortalConnection | None = None
        self._thread: threading.Thread | None = None

    @classmethod
    def get_priority(cls) -> int:
        if not is_freedesktop():
            return 0
        return NATIVE if is_wayland() else SECOND

    @classmethod
    def is_available(cls) -> bool:
        from vidne.app.platform.wayland_dbus import SHORTCUTS, PortalError

        try:
            portal = connect()
        except PortalError:
            return False
        try:
            portal.call("org.freedesktop.DBus.Properties", "Get", "ss", SHORTCUTS, "version")
        except PortalError:
            return False
        finally:
            portal.close()
        return True

    def fallback_hint(self) -> str:
        return fallback_text()

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        from vidne.app.platform.wayland_dbus import SHORTCUTS, PortalError

        try:
            trigger = portal_trigger(sequence)
        except ValueError:
            raise HotkeyUnavailable(sequence) from None
        self.unregister()
        token = "vidne" + secrets.token_hex(8)
        try:
            portal = self.connector()
            try:
                results = portal.request(
                    SHORTCUTS, "CreateSession", "", (), {"session_handle_token": token},
                    SESSION_TIMEOUT_S,
                )  # fmt: skip
            except PortalError:
                portal.close()
                raise
        except PortalError as exc:
            reason = f"{problem_text(exc, SESSION_TIMEOUT_S)} {fallback_text()}"
            raise HotkeyUnavailable(reason) from None
        self.session, self.callback, self.problem = str(results["session_handle"]), callback, ""
        self.bound.clear()
        self._portal = portal
        self._thread = threading.Thread(
            target=self._serve, args=(portal, self.session, trigger), name="vidne-portal-hotkey"
        )
        self._thread.daemon = True
        self._thread.start()

    def _serve(self, portal: PortalConnection, session: str, trigger: str) -> None:
        """Bind, then hand every ``Activated`` of our shortcut to the callback until stopped."""
        from vidne.app.platform.wayland_dbus import SHORTCUTS, PortalError

        description = translate("Hotkey", "Capture the screen into Vidne")
        shortcut = (SHORTCUT_ID, {"description": ("s", description), "preferred_trigger": ("s", trigger)})  # fmt: skip
        try:
            with portal.signals(SHORTCUTS, "Activated") as queue:
                results = portal.request(
                    SHORTCUTS, "BindShortcuts", "oa(sa{sv})s",
                    (session, [shortcut], parent_window()), {}, BIND_TIMEOUT_S,
                )  # fmt: skip
                self.trigger = described_trigger(results.get("shortcuts", []))
                self.bound.set()
                for body in portal.receive(queue):
                    if body[0] == session and body[1] == SHORTCUT_ID and self.callback:
                        self.callback()
        except PortalError as exc:
            if exc.kind != "stopped":
                self.problem = f"{problem_text(exc, BIND_TIMEOUT_S)} {fallback_text()}"
        except OSError as exc:  # the connection closed under us while stopping
            if self._portal is portal:
                self.problem = str(exc)

    def unregister(self) -> None:
        portal, thread, session = self._portal, self._thread, self.session
        self._portal, self._thread, self.session, self.callback = None, None, "", None
        if portal is None:
            return
        portal.stop()
        if thread is not None:
            thread.join(timeout=5)
        from vidne.app.platform.wayland_dbus import SESSION, PortalError

        try:
            portal.call(SESSION, "Close", "", path=session)
        except PortalError:
            pass  # closing the connection ends the session too
        finally:
            portal.close()


def described_trigger(shortcuts: Any) -> str:
    """The desktop's description of the keys it bound (``trigger_description``), if any."""
    for item in shortcuts if isinstance(shortcuts, list) else []:
        if isinstance(item, tuple | list) and len(item) == 2 and item[0] == SHORTCUT_ID:
            info = item[1] if isinstance(item[1], dict) else {}
            value = info.get("trigger_description", "")
            return str(value[1] if isinstance(value, tuple) else value)
    return ""
