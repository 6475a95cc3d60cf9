"""Tell the app when the system locks the screen or goes to sleep, so it can lock the vault.

One :class:`ScreenLockWatcher` (a QObject with the ``screen_locked`` signal) is picked for the
platform by :func:`make_watcher`: D-Bus signals on Linux (``screenlock_linux``), session-change
window messages on Windows (``screenlock_windows``), polling the session dictionary on macOS
(``screenlock_macos``). Each is best effort: :meth:`ScreenLockWatcher.start` returns the names of
the sources it is listening to, and the idle timer (ui/security/autolock.py) locks regardless.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class ScreenLockWatcher(QObject):
    """Base and fake (for tests): :meth:`trigger` emits ``screen_locked`` like a real source."""

    screen_locked = Signal(str)  # the source, e.g. "org.freedesktop.ScreenSaver", "sleep"

    def start(self) -> list[str]:
        """Start listening; returns the sources now connected (empty: none available)."""
        return []

    def stop(self) -> None:
        """Stop listening (safe to call twice)."""

    def trigger(self, source: str = "fake") -> None:
        self.screen_locked.emit(source)


def make_watcher(parent: QObject | None = None) -> ScreenLockWatcher:
    """The watcher for this platform (not started)."""
    if sys.platform == "win32":
        from vidne.app.platform.screenlock_windows import WindowsScreenLock

        return WindowsScreenLock(parent)
    if sys.platform == "darwin":
        from vidne.app.platform.screenlock_macos import MacScreenLock

        return MacScreenLock(parent)
    from vidne.app.platform.screenlock_linux import LinuxScreenLock

    return LinuxScreenLock(parent=parent)
