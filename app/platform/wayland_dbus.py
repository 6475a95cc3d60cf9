"""The Qt side of the Wayland portal backends: QtDBus calls and the objects that receive the
portal's D-Bus signals. Imported by :mod:`vidne.app.platform.wayland_portal` only when a
portal backend is used, so choosing a backend on other systems loads no QtDBus."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaType, QObject, QTimer, QUrl, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusInterface, QDBusMessage
from vidne.app.errors import CaptureImpossible

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SCREENSHOT_IFACE = "org.freedesktop.portal.Screenshot"
PORTAL_TIMEOUT_MS = 30_000

_app: list[QCoreApplication] = []  # the command line has no application; the event loop needs one


def portal_available() -> bool:
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    iface = QDBusInterface(SERVICE, PATH, "org.freedesktop.DBus.Properties", bus)
    reply = iface.call("Get", IFACE, "version")
    return reply.type() == QDBusMessage.MessageType.ReplyMessage


class Receiver(QObject):
    """Receives the GlobalShortcuts signals and hands them to plain callables."""

    def __init__(self, on_session: Callable[[str], None], on_activated: Callable[[str], None]):
        super().__init__()
        self.on_session, self.on_activated = on_session, on_activated

    @Slot(int, dict)
    def onSession(self, response: int, results: dict[str, Any]) -> None:  # noqa: N802
        if response == 0:
            self.on_session(str(results.get("session_handle", "")))

    @Slot(object, str, int, dict)
    def onActivated(self, _s: Any, shortcut_id: str, _ts: int, _o: dict[str, Any]) -> None:  # noqa: N802
        self.on_activated(shortcut_id)


class ShortcutSession:
    """CreateSession, BindShortcuts, the ``Activated`` signal and Close, over the session bus."""

    def __init__(self, on_session: Callable[[str], None], on_activated: Callable[[str], None]):
        self.receiver = Receiver(on_session, on_activated)
        self.bus = QDBusConnection.sessionBus()

    def call(self, method: str, *args: Any) -> str | None:
        msg = QDBusMessage.createMethodCall(SERVICE, PATH, IFACE, method)
        msg.setArguments(list(args))
        reply = self.bus.call(msg)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        return str(reply.arguments()[0])

    def on_response(self, request: str) -> None:
        self.bus.connect(
            SERVICE,
            request,
            REQUEST,
            "Response",  # type: ignore[call-overload]
            self.receiver,
            "onSession(uint,QVariantMap)",
        )

    def bind(self, session: str, shortcut_id: str, options: dict[str, str]) -> None:
        """BindShortcuts(session, a(sa{sv}), parent, options); raises RuntimeError."""
        shortcuts = QDBusArgument()
        shortcuts.beginArray(QMetaType(QMetaType.Type.QVariantList))
        shortcuts.beginStructure()
        shortcuts.appendVariant(shortcut_id)
        shortcuts.appendVariant(options)
        shortcuts.endStructure()
        shortcuts.endArray()
        msg = QDBusMessage.createMethodCall(SERVICE, PATH, IFACE, "BindShortcuts")
        msg.setArguments([session, shortcuts, "", {}])
        reply = self.bus.call(msg)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise RuntimeError(reply.errorMessage())
        self.bus.connect(
            SERVICE,
            PATH,
            IFACE,
            "Activated",
            self.receiver,  # type: ignore[call-overload]
            "onActivated(QDBusObjectPath,QString,qulonglong,QVariantMap)",
        )

    def close(self, session: str) -> None:
        msg = QDBusMessage.createMethodCall(
            SERVICE, session, "org.freedesktop.portal.Session", "Close"
        )
        self.bus.call(msg)


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


def screenshot_file() -> Path:
    """Ask the desktop for a full-screen screenshot (non-interactive); the file it wrote.

    Runs a nested event loop until the portal answers. UNTESTED here: CI has no portal.
    Raises CaptureImpossible when the portal is missing or the user declines."""
    if QCoreApplication.instance() is None:
        _app.append(QCoreApplication([]))
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
        REQUEST,  # type: ignore[call-overload]
        "Response",
        reply,
        "onResponse(uint,QVariantMap)",
    )
    QTimer.singleShot(PORTAL_TIMEOUT_MS, loop.quit)
    loop.exec()
    if reply.code != 0 or not reply.uri:
        raise CaptureImpossible("the desktop did not take a screenshot")
    return Path(QUrl(reply.uri).toLocalFile())
