"""The tray icon: capture without opening the window, and a way back to it.

The capture entry names the global hotkey, so the menu teaches it. The first time closing
the window leaves Vidne in the tray, a notice says so (once; remembered in the settings).
After a capture the notification only says that it was saved (or sealed while locked); it
never shows the picture, which may be seen by someone looking over the user's shoulder.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
from vidne.ui.settings import settings

KEY_TOLD_RUNNING = "tray/toldStillRunning"


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
        self.hotkey = ""

    def show_hotkey(self, shortcut: str) -> None:
        """Name the capture hotkey (as the keyboard writes it) in the menu and the tooltip;
        '' when there is none. In brackets: tray menus are drawn by the desktop, and not
        every desktop shows a shortcut column."""
        self.hotkey = shortcut
        text = self.tr("Capture screen")
        self.actions["captureScreen"].setText(f"{text} ({shortcut})" if shortcut else text)
        self.icon.setToolTip(
            self.tr("Vidne – %1 captures the screen").replace("%1", shortcut)
            if shortcut
            else "Vidne"
        )

    def notify_still_running_once(self) -> bool:
        """After the window was closed to the tray: say once that Vidne keeps running and the
        hotkey keeps working. True when the notice was shown now."""
        if str(settings().value(KEY_TOLD_RUNNING, "false")).lower() == "true":
            return False
        settings().setValue(KEY_TOLD_RUNNING, "true")
        self.icon.showMessage(
            "Vidne", self.still_running_message(), QSystemTrayIcon.MessageIcon.Information, 8000
        )
        return True

    def still_running_message(self) -> str:
        if self.hotkey:
            return self.tr(
                "Vidne keeps running here, so %1 still captures the screen. Choose Quit in "
                "this menu to stop it."
            ).replace("%1", self.hotkey)
        return self.tr("Vidne keeps running here. Choose Quit in this menu to stop it.")

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
        return self.tr("Capture saved in the Inbox. Click here to make an episode of it.")

    def notify_saved(self, sealed: bool) -> None:
        """A short message without the picture (and without the window title)."""
        self.icon.showMessage(
            "Vidne", self.saved_message(sealed), QSystemTrayIcon.MessageIcon.Information, 3000
        )

    def notify_failed(self, message: str) -> None:
        self.icon.showMessage("Vidne", message, QSystemTrayIcon.MessageIcon.Warning, 6000)
