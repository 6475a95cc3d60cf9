"""The tray icon: capture without opening the window, and a way back to it.

After a capture the notification only says that it was saved (or sealed while locked); it
never shows the picture, which may be seen by someone looking over the user's shoulder.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


class Tray(QObject):
    captureScreen = Signal()
    captureRegion = Signal()
    openWindow = Signal()
    lockRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon or QApplication.windowIcon(), self)
        self.icon.setObjectName("trayIcon")
        self.icon.setToolTip("Vidne")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.actions: dict[str, QAction] = {}
        for name, text, signal in (
            ("captureScreen", self.tr("Capture screen"), self.captureScreen),
            ("captureRegion", self.tr("Capture region"), self.captureRegion),
            ("openWindow", self.tr("Open Vidne"), self.openWindow),
            ("lock", self.tr("Lock"), self.lockRequested),
            ("quit", self.tr("Quit"), self.quitRequested),
        ):
            action = self.menu.addAction(text)
            action.setObjectName(f"tray_{name}")
            action.triggered.connect(signal.emit)
            self.actions[name] = action
            if name == "captureRegion":
                self.menu.addSeparator()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_locked(self, locked: bool) -> None:
        self.actions["lock"].setEnabled(not locked)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.openWindow.emit()

    def saved_message(self, sealed: bool) -> str:
        if sealed:
            return self.tr(
                "Capture saved, sealed while locked. It appears in the Inbox after you unlock."
            )
        return self.tr("Capture saved in the Inbox.")

    def notify_saved(self, sealed: bool) -> None:
        """A short message without the picture (and without the window title)."""
        self.icon.showMessage(
            "Vidne", self.saved_message(sealed), QSystemTrayIcon.MessageIcon.Information, 3000
        )

    def notify_failed(self, message: str) -> None:
        self.icon.showMessage("Vidne", message, QSystemTrayIcon.MessageIcon.Warning, 6000)
