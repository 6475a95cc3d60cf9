"""Linux: screen-lock and sleep signals over D-Bus (QtDBus, no extra dependency).

Session bus: ``org.freedesktop.ScreenSaver.ActiveChanged(b)`` (KDE, Xfce, most others) and
``org.gnome.ScreenSaver.ActiveChanged(b)`` (GNOME). System bus (logind):
``org.freedesktop.login1.Manager.PrepareForSleep(b)`` before suspend/hibernate, and
``org.freedesktop.login1.Session.Lock`` (sent by ``loginctl lock-session``/``lock-sessions``;
listened to on every session path because resolving our own session needs a method call that
may be refused, and locking on another session's lock only errs on the safe side).
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from vidne.app.platform.base import NATIVE, is_freedesktop
from vidne.app.platform.screenlock import ScreenLockWatcher

SESSION_SOURCES = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE also publishes it here
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND_MANAGER = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION = "org.freedesktop.login1.Session"


class LinuxScreenLock(ScreenLockWatcher):
    """Listens on the given buses (default: the user's session bus and the system bus)."""

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session_bus
        self._system = system_bus
        self._connected: list[tuple[QDBusConnection, str, str, str, str]] = []

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_freedesktop() else 0

    def start(self) -> list[str]:
        session = self._session or QDBusConnection.sessionBus()
        system = self._system or QDBusConnection.systemBus()
        if session.isConnected():
            for path, iface in SESSION_SOURCES:
                self._listen(session, path, iface, "ActiveChanged", "_active_changed(QDBusMessage)")
        if system.isConnected():
            path, iface = LOGIND_MANAGER
            self._listen(system, path, iface, "PrepareForSleep", "_prepare_for_sleep(QDBusMessage)")
            self._listen(system, "", LOGIND_SESSION, "Lock", "_session_lock(QDBusMessage)")
        return sorted({f"{iface}.{name}" for _, _, iface, name, _ in self._connected})

    def _listen(self, bus: QDBusConnection, path: str, iface: str, name: str, slot: str) -> None:
        if bus.connect("", path, iface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self._connected.append((bus, path, iface, name, slot))

    def stop(self) -> None:
        for bus, path, iface, name, slot in self._connected:
            bus.disconnect("", path, iface, name, self, SLOT(slot))  # type: ignore[call-overload]
        self._connected.clear()

    @Slot(QDBusMessage)
    def _active_changed(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if args and bool(args[0]):
            self.screen_locked.emit(message.interface())

    @Slot(QDBusMessage)
    def _prepare_for_sleep(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if args and bool(args[0]):  # True before sleeping, False after waking
            self.screen_locked.emit("sleep")

    @Slot(QDBusMessage)
    def _session_lock(self, message: QDBusMessage) -> None:
        self.screen_locked.emit("session-lock")
