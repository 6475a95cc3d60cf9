"""The main window comes back where it was: size, position and maximised state.

Kept in the settings (not in the vault: it says nothing about the user's records) when the
window is hidden or closed, and restored when it is made. A saved place on a screen that is no
longer there is corrected by Qt (``restoreGeometry`` moves the window onto a screen).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QMainWindow
from vidne.ui.settings import settings

KEY = "window/geometry"


class _Keeper(QObject):
    """Writes the window's geometry whenever it is hidden (closing and going to the tray
    both hide it first)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            save_geometry(self.window)
        return False


def save_geometry(window: QMainWindow) -> None:
    if window.isVisible() or window.isMaximized() or window.width() > 0:
        settings().setValue(KEY, window.saveGeometry())


def remember_geometry(window: QMainWindow) -> bool:
    """Restore the saved geometry (True if there was one) and keep it up to date."""
    saved = settings().value(KEY)
    restored = isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved))
    _Keeper(window)
    return bool(restored)
