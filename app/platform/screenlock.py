"""Tell the app when the system locks the screen or goes to sleep, so it can lock the vault.

The interface of the screen-lock seam: a QObject with the ``screen_locked`` signal. Its
backends are D-Bus signals on Linux (``screenlock_linux``), session-change window messages on
Windows (``screenlock_windows``) and polling the session dictionary on macOS
(``screenlock_macos``); :func:`vidne.app.platform.screen_lock_watcher` picks one. They are
QObjects, so they live apart from the Qt-free platform modules. Each is best effort:
:meth:`ScreenLockWatcher.start` returns the names of the sources it is listening to, and the
idle timer (ui/security/autolock.py) locks regardless.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from vidne.app.platform.base import FALLBACK, Backend


class ScreenLockWatcher(QObject, Backend):
    """Base, fallback (no source) and fake (for tests): :meth:`trigger` emits
    ``screen_locked`` like a real source."""

    screen_locked = Signal(str)  # the source, e.g. "org.freedesktop.ScreenSaver", "sleep"

    @classmethod
    def get_priority(cls) -> int:
        return FALLBACK

    def start(self) -> list[str]:
        """Start listening; returns the sources now connected (empty: none available)."""
        return []

    def stop(self) -> None:
        """Stop listening (safe to call twice)."""

    def trigger(self, source: str = "fake") -> None:
        self.screen_locked.emit(source)
