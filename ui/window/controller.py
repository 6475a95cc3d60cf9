"""The GUI's controller: first-run setup or unlock, the main window, and locking.

Locking is a state change that drops secrets (after KeePassXC's ``DatabaseWidget::lock``): the
window forgets what it shows, the vault closes the database and overwrites its key, and the
unlock dialog comes back.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from vidne.app import APP_ID, APP_NAME, __version__, i18n, paths
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault
from vidne.ui import plain_text, settings
from vidne.ui.security.setup_dialog import SetupDialog
from vidne.ui.security.unlock_dialog import UnlockDialog
from vidne.ui.tasks import run_db, wait_idle
from vidne.ui.window.hotkey_settings import HotkeyHost
from vidne.ui.window.main_window import MainWindow

ICON = paths.resource("icons", "vidne.svg")


class VidneApp(QObject):
    """Owns the vault while it is unlocked and the windows that show it."""

    unlocked = Signal()
    locked = Signal()
    hotkey_tried = Signal()  # the hotkey was pressed during the first run: a test capture

    def __init__(self, data_dir: Path, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.kdf = kdf
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.setup_dialog: SetupDialog | None = None
        # See keep_in_tray.
        self.stays_in_tray: Callable[[], bool] = lambda: False
        self.hotkeys: HotkeyHost | None = None  # the capture feature, once it runs
        self._quitting = False

    def keep_in_tray(self, available: Callable[[], bool]) -> None:
        """From the tray feature: while *available*() is true, closing the unlock window leaves
        Vidne in the tray, where the hotkey keeps capturing into the sealed inbox."""
        self.stays_in_tray = available

    def start(self, minimized: bool = False) -> None:
        """Show setup or unlock; *minimized* (start at login) stays in the tray if it can."""
        if Vault.exists(self.data_dir):
            if not (minimized and self.stays_in_tray()):
                self.show_unlock()
        else:
            self.setup_dialog = SetupDialog(self.data_dir, kdf=self.kdf, hotkeys=self.hotkeys)
            self.setup_dialog.created.connect(self._open)
            self.setup_dialog.rejected.connect(self._setup_cancelled)
            self.hotkey_tried.connect(self.setup_dialog.intro.try_capture)
            self.setup_dialog.show()

    @property
    def trying_hotkey(self) -> bool:
        """True while the first run is shown: the hotkey then makes a test capture only."""
        return self.setup_dialog is not None and self.setup_dialog.trying

    def _setup_cancelled(self) -> None:
        """Esc or close on the first run: quit, tray or not. Staying in the tray without a
        vault left a Vidne whose capture could only fail ("key file missing")."""
        if self.vault is None and not Vault.exists(self.data_dir):
            self.quit()

    def show_unlock(self) -> None:
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.data_dir)
            self.unlock_dialog.unlocked.connect(self._open)
            self.unlock_dialog.rejected.connect(self._dialog_closed)
        self.unlock_dialog.reset()
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()

    def _open(self, vault: Vault) -> None:
        self.vault = vault
        self.window = MainWindow(vault)
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        self.window.closed.connect(self.quit)
        self.window.show()
        self.unlocked.emit()

    def lock(self) -> bool:
        """Drop the key and everything shown, then ask for the passphrase again; False if not.

        Not while what was typed cannot be saved (as KeePassXC refuses to lock when its save
        fails): the window then stays open with the text and says why.
        """
        if self.window is not None:
            if not self.window.flush_edits():
                return False
            self.window.wipe()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        vault, self.vault = self.vault, None
        if vault is not None:
            run_db(vault.lock)
            wait_idle()
        self.locked.emit()
        self.show_unlock()
        return True

    def _dialog_closed(self) -> None:
        if self.vault is None and not self.stays_in_tray():
            self.quit()

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        if self.vault is not None:
            if self.window is not None and not self.window.close():
                self._quitting = False
                return
            run_db(self.vault.lock)
            self.vault = None
        wait_idle()
        app = QApplication.instance()
        if app is not None:
            app.quit()


def make_qapp(lang: str | None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    i18n.install(lang or settings.language())
    plain_text.install(app)  # text from outside is never rendered as HTML
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = make_qapp(args.lang)
    controller = VidneApp(paths.data_dir(args.data_dir))
    from vidne.ui.security.autolock import AutoLock  # idle timer, screen-lock and sleep signals
    from vidne.ui.security.backup_actions import (
        BackupActions,  # back up, restore, passphrase; daily backup
    )

    safety = (AutoLock(controller), BackupActions(controller))  # noqa: F841 - kept alive
    from vidne.ui.evidence.capture_controller import (
        CaptureController,  # hotkey, tray, single instance
    )

    capturing = CaptureController(controller)
    controller.hotkeys = capturing  # the first run shows, tries and changes its hotkey
    if not capturing.start():
        return 0  # another Vidne serves this vault; it was asked to show its window
    app.aboutToQuit.connect(capturing.shutdown)
    controller.start(minimized=args.minimized)
    return app.exec()
