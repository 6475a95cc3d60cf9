"""Auto-lock: after N idle minutes (default 10), and when the system locks the screen or sleeps.

An application-wide event filter restarts the idle timer on every key press, mouse click, mouse
move and wheel turn in any Vidne window. The timer only runs while the vault is unlocked.
Locking itself is :meth:`vidne.ui.window.controller.VidneApp.lock` (drops the key, wipes the window, clears fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from vidne.app.platform import screen_lock_watcher
from vidne.app.platform.screenlock import ScreenLockWatcher
from vidne.ui.settings import settings
from vidne.ui.window.actions import MainAction

if TYPE_CHECKING:
    from vidne.ui.window.main_window import MainWindow

DEFAULT_MINUTES = 10
MAX_MINUTES = 24 * 60
SETTING = "security/autolock_minutes"
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


class Controller(Protocol):
    """What AutoLock needs from vidne.ui.window.controller.VidneApp."""

    unlocked: SignalInstance
    locked: SignalInstance

    @property
    def vault(self) -> object: ...

    @property
    def window(self) -> MainWindow | None: ...

    def lock(self) -> bool: ...


def idle_minutes() -> int:
    """The setting: minutes of no input before locking; 0 means never (screen lock still locks)."""
    try:
        value = int(str(settings().value(SETTING, DEFAULT_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(0, min(value, MAX_MINUTES))


def set_idle_minutes(minutes: int) -> None:
    settings().setValue(SETTING, max(0, min(int(minutes), MAX_MINUTES)))


class AutoLock(QObject):
    """Locks *controller* on idle timeout or on a screen-lock/sleep signal."""

    def __init__(
        self,
        controller: Controller,
        watcher: ScreenLockWatcher | None = None,
        minutes: int | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setObjectName("autolockTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle_timeout)
        self.set_minutes(idle_minutes() if minutes is None else minutes)
        self.watcher = watcher or screen_lock_watcher(self)
        self.watcher.screen_locked.connect(self._system_locked)
        self.sources = self.watcher.start()
        self.last_reason = ""
        controller.unlocked.connect(self._on_unlocked)
        controller.locked.connect(self.timer.stop)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.setInterval(max(minutes, 0) * 60_000)
        if minutes <= 0:
            self.timer.stop()
        elif self._unlocked():
            self.timer.start()

    def _unlocked(self) -> bool:
        return self.controller.vault is not None

    def _on_unlocked(self) -> None:
        if self.minutes > 0:
            self.timer.start()
        window = self.controller.window
        if window is not None:
            window.bind(MainAction.AUTOLOCK, lambda: self.ask_minutes(window))
            watch = getattr(self.watcher, "watch_window", None)
            if watch is not None:  # Windows: session-change messages go to a window
                watch(int(window.winId()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False

    def _idle_timeout(self) -> None:
        self._lock("idle")

    def _system_locked(self, source: str) -> None:
        self._lock(source)

    def _lock(self, reason: str) -> None:
        if self._unlocked():
            self.last_reason = reason
            if not self.controller.lock() and self.minutes > 0:
                self.timer.start()  # not locked (typed text unsaved, the window says why)

    # --- the setting (the window's "Auto-lock after…" action) -----------------------------
    def ask_minutes(self, window: QWidget) -> None:
        minutes, ok = QInputDialog.getInt(
            window,
            self.tr("Auto-lock"),
            self.tr(
                "Lock Vidne after this many minutes without use (0 = only when the screen locks):"
            ),
            self.minutes,
            0,
            MAX_MINUTES,
        )
        if ok:
            set_idle_minutes(minutes)
            self.set_minutes(minutes)
