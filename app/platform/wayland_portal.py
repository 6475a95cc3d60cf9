"""Wayland: the XDG ``GlobalShortcuts`` portal through QtDBus.

Wayland gives no client a global key grab; the desktop owns shortcuts and the portal lets an
application ask for one (the user confirms it in the desktop's own dialog). Where the desktop
has no such portal (or the user declines), :meth:`PortalHotkey.fallback_hint` explains how to
bind ``vidne capture`` as an ordinary desktop shortcut instead, which works everywhere because
``vidne capture`` asks the running instance (or seals a capture by itself).
"""

from __future__ import annotations

import contextlib
import io
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QEventLoop, QMetaType, QObject, QTimer, QUrl, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusInterface, QDBusMessage
from vidne.app.errors import CaptureImpossible, HotkeyUnavailable
from vidne.app.evidence.grab import Grab, Monitor, now_with_offset
from vidne.app.i18n import translate
from vidne.app.platform.base import HotkeyBackend, parse_sequence

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
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


class _Receiver(QObject):
    """Receives the portal's D-Bus signals (a QObject; the backend itself is not one)."""

    def __init__(self, owner: PortalHotkey) -> None:
        super().__init__()
        self.owner = owner

    @Slot(int, dict)
    def onSession(self, response: int, results: dict[str, Any]) -> None:  # noqa: N802
        if response == 0:
            self.owner.bind(str(results.get("session_handle", "")))

    @Slot(object, str, int, dict)
    def onActivated(self, _s: Any, shortcut_id: str, _ts: int, _o: dict[str, Any]) -> None:  # noqa: N802
        if shortcut_id == SHORTCUT_ID and self.owner.callback:
            self.owner.callback()


class PortalHotkey(HotkeyBackend):
    """Session-based: CreateSession, BindShortcuts, then the ``Activated`` signal (GUI thread)."""

    name = "wayland-portal"

    def __init__(self) -> None:
        self._receiver = _Receiver(self)
        self._bus = QDBusConnection.sessionBus()
        self._session = ""
        self._sequence = ""
        self.callback: Callable[[], None] | None = None
        self.problem = ""

    @classmethod
    def available(cls) -> bool:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        iface = QDBusInterface(SERVICE, PATH, "org.freedesktop.DBus.Properties", bus)
        reply = iface.call("Get", IFACE, "version")
        return reply.type() == QDBusMessage.MessageType.ReplyMessage

    def fallback_hint(self) -> str:
        return fallback_text()

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        self._sequence, self.callback = sequence, callback
        token = "vidne" + secrets.token_hex(4)
        options = {"handle_token": token, "session_handle_token": token}
        request = self._call("CreateSession", options)
        self._bus.connect(
            SERVICE,
            request,
            REQUEST,
            "Response",  # type: ignore[call-overload]
            self._receiver,
            "onSession(uint,QVariantMap)",
        )

    def _call(self, method: str, *args: Any) -> str:
        msg = QDBusMessage.createMethodCall(SERVICE, PATH, IFACE, method)
        msg.setArguments(list(args))
        reply = self._bus.call(msg)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            raise HotkeyUnavailable(fallback_text())
        return str(reply.arguments()[0])

    def bind(self, session: str) -> None:
        """BindShortcuts(session, a(sa{sv}), parent, options). UNTESTED here (no portal in CI):
        PySide6's QDBusArgument streaming is thin, so any failure is kept in ``problem`` and
        shown in settings together with the desktop-shortcut fallback."""
        self._session = session
        try:
            shortcuts = QDBusArgument()
            shortcuts.beginArray(QMetaType(QMetaType.Type.QVariantList))
            shortcuts.beginStructure()
            shortcuts.appendVariant(SHORTCUT_ID)
            shortcuts.appendVariant(
                {
                    "description": translate("Hotkey", "Capture the screen into Vidne"),
                    "preferred_trigger": portal_trigger(self._sequence),
                }
            )
            shortcuts.endStructure()
            shortcuts.endArray()
            msg = QDBusMessage.createMethodCall(SERVICE, PATH, IFACE, "BindShortcuts")
            msg.setArguments([self._session, shortcuts, "", {}])
            reply = self._bus.call(msg)
            if reply.type() != QDBusMessage.MessageType.ReplyMessage:
                raise RuntimeError(reply.errorMessage())
            self._bus.connect(
                SERVICE,
                PATH,
                IFACE,
                "Activated",
                self._receiver,  # type: ignore[call-overload]
                "onActivated(QDBusObjectPath,QString,qulonglong,QVariantMap)",
            )
        except (AttributeError, TypeError, RuntimeError) as exc:
            self.problem = f"{fallback_text()} ({exc})"

    def unregister(self) -> None:
        if self._session:
            msg = QDBusMessage.createMethodCall(
                SERVICE, self._session, "org.freedesktop.portal.Session", "Close"
            )
            self._bus.call(msg)
        self._session, self.callback = "", None


# --- screenshots ---------------------------------------------------------------------------
SCREENSHOT_IFACE = "org.freedesktop.portal.Screenshot"
PORTAL_TIMEOUT_MS = 30_000


class _ScreenshotReply(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.code = -1
        self.uri = ""

    @Slot(int, dict)
    def onResponse(self, code: int, results: dict[str, Any]) -> None:  # noqa: N802
        self.code, self.uri = code, str(results.get("uri", ""))
        self.loop.quit()


def portal_screenshot_file() -> Path:
    """Ask the desktop for a full-screen screenshot (non-interactive); the file it wrote.

    Runs a nested event loop until the portal answers (needs a Q(Core)Application on this
    thread). UNTESTED here: CI has no portal. Raises CaptureImpossible when the portal is
    missing or the user declines."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        raise CaptureImpossible("no D-Bus session")
    loop = QEventLoop()
    reply = _ScreenshotReply(loop)
    msg = QDBusMessage.createMethodCall(SERVICE, PATH, SCREENSHOT_IFACE, "Screenshot")
    msg.setArguments(["", {"handle_token": "vidne" + secrets.token_hex(4), "interactive": False}])
    answer = bus.call(msg)
    if answer.type() != QDBusMessage.MessageType.ReplyMessage or not answer.arguments():
        raise CaptureImpossible(answer.errorMessage() or "no screenshot portal")
    request = str(answer.arguments()[0])
    bus.connect(
        SERVICE,
        request,
        "org.freedesktop.portal.Request",  # type: ignore[call-overload]
        "Response",
        reply,
        "onResponse(uint,QVariantMap)",
    )
    QTimer.singleShot(PORTAL_TIMEOUT_MS, loop.quit)
    loop.exec()
    if reply.code != 0 or not reply.uri:
        raise CaptureImpossible("the desktop did not take a screenshot")
    return Path(QUrl(reply.uri).toLocalFile())


def grab_from_file(path: Path, trigger: str) -> Grab:
    """Read the portal's plaintext PNG into memory and delete it at once, whatever happens."""
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
    captured_at, offset = now_with_offset()
    mon = Monitor(0, 0, 0, rgb.width, rgb.height)
    return Grab(
        rgb.tobytes("raw", "BGRX"), rgb.width, rgb.height, mon, captured_at, offset, trigger
    )


def portal_grab(trigger: str) -> Grab:
    return grab_from_file(portal_screenshot_file(), trigger)
