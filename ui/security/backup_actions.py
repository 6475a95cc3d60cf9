"""File-menu actions for the vault's safety: Back up now…, Restore from backup…, Change passphrase…

Also runs the daily automatic backup (``backups/`` in the data folder, last 7 kept, on by
default) right after each unlock, on the database thread. Attach once to the controller with
``BackupActions(controller)``; it serves the backup actions that each new main window declares
in its File menu (``MainWindow.bind``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from vidne.app.vault import backup
from vidne.app.vault.store import Vault
from vidne.ui import file_dialogs
from vidne.ui.errors import user_message
from vidne.ui.security.change_passphrase_dialog import ChangePassphraseDialog
from vidne.ui.security.passphrase_field import PassphraseEdit
from vidne.ui.settings import settings
from vidne.ui.tasks import run_db, run_task
from vidne.ui.window.actions import MainAction

if TYPE_CHECKING:
    from vidne.ui.window.main_window import MainWindow

AUTO_SETTING = "security/auto_backup"


def auto_backup_enabled() -> bool:
    return str(settings().value(AUTO_SETTING, "true")).lower() in ("true", "1")


def set_auto_backup(enabled: bool) -> None:
    settings().setValue(AUTO_SETTING, "true" if enabled else "false")


class BackupPassphraseDialog(QDialog):
    """Asks for the passphrase the backup was made with (it may be an older one)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPassphraseDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        text = QLabel(
            self.tr("Enter the passphrase that was in use when this backup was made:\n%1").replace(
                "%1", path.name
            ),
            self,
        )
        text.setWordWrap(True)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.setObjectName("backupPassphrase")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)


class BackupActions(QObject):
    backup_done = Signal(str)  # path written
    restore_done = Signal(object)  # folder the replaced vault was moved to (or None)
    auto_backup_done = Signal(object)  # path written, or None if today's existed
    failed = Signal(str)  # translated message

    def __init__(self, controller: Any) -> None:
        super().__init__()
        self.controller = controller
        self.last_error = ""
        controller.unlocked.connect(self._on_unlocked)
        self.failed.connect(self._show_failure)

    # --- wiring ------------------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        window = self.controller.window
        if window is not None:
            self._bind_actions(window)
        if auto_backup_enabled() and self.controller.vault is not None:
            vault = self.controller.vault
            run_db(lambda: backup.auto_backup(vault), self.auto_backup_done.emit, self._auto_failed)

    def _bind_actions(self, window: MainWindow) -> None:
        window.bind(MainAction.BACKUP, self.back_up_now)
        window.bind(MainAction.RESTORE, self.restore)
        window.bind(MainAction.CHANGE_PASSPHRASE, self.change_passphrase)
        window.action(MainAction.AUTO_BACKUP).setChecked(auto_backup_enabled())
        window.bind(MainAction.AUTO_BACKUP, set_auto_backup)

    def _window(self) -> QWidget | None:
        return self.controller.window

    def _show_failure(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Vidne"),
            message,
            QMessageBox.StandardButton.Ok,
            self._window(),
        )
        box.setObjectName("backupError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): never a nested event loop from a background result
        self.last_error = message

    def _auto_failed(self, exc: BaseException) -> None:
        window = self.controller.window
        if window is not None:  # never a dialog at unlock: a line in the status bar
            window.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", user_message(exc))
            )

    # --- back up -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        suggested = Path.home() / f"vidne-{date.today().isoformat()}{backup.SUFFIX}"
        chosen = file_dialogs.save_file(
            self._window(),
            self.tr("Back up the vault"),
            suggested,
            self.tr("Vidne backups (*.vidnebackup)"),
        )
        if chosen is not None:
            self.back_up_to(chosen)

    def back_up_to(self, path: Path) -> None:
        vault: Vault | None = self.controller.vault
        if vault is None:
            return
        run_db(
            lambda: str(backup.create(vault, path)),
            self._backed_up,
            lambda exc: self.failed.emit(user_message(exc)),
        )

    def _backed_up(self, path: str) -> None:
        window = self.controller.window
        if window is not None:
            window.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", path))
        self.backup_done.emit(path)

    # --- restore -----------------------------------------------------------------------------
    def restore(self) -> None:
        chosen = file_dialogs.open_file(
            self._window(),
            self.tr("Restore from backup"),
            Path.home(),
            self.tr("Vidne backups (*.vidnebackup);;All files (*)"),
        )
        if chosen is None:
            return
        dialog = BackupPassphraseDialog(chosen, self._window())
        self.controller.locked.connect(dialog.passphrase.wipe)  # auto-lock while it is open
        self.controller.locked.connect(dialog.reject)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.passphrase.text():
            dialog.passphrase.wipe()
            return
        secret = dialog.passphrase.text()
        dialog.passphrase.wipe()
        self.check_then_restore(chosen, secret, confirm=True)

    def check_then_restore(self, path: Path, secret: str, confirm: bool = True) -> None:
        """Verify the backup off the GUI thread; then (after confirmation) lock and restore."""
        data_dir = self.controller.data_dir
        run_task(
            lambda: backup.verify(path, secret, data_dir),
            lambda info: self._verified(info, secret, confirm),
            lambda exc: self.failed.emit(user_message(exc)),
        )

    def _verified(self, info: backup.BackupInfo, secret: str, confirm: bool) -> None:
        if confirm:
            answer = QMessageBox.question(
                self._window(),
                self.tr("Restore from backup"),
                self.tr(
                    "The backup from %1 is complete and intact (%n records). Replace the "
                    "vault with it? The current vault is kept in a folder named "
                    "replaced-<date and time> in the data folder, and Vidne locks now."
                )
                .replace("%1", info.created_at)
                .replace("%n", str(info.records))
                + (  # a backup older than the log: say what going back leaves out
                    "\n\n"
                    + self.tr("It is older than the vault's log: %1").replace(
                        "%1", info.discards.sentence()
                    )
                    if info.discards is not None
                    else ""
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.controller.lock()  # closes the database before its files are moved
        dialog = self.controller.unlock_dialog
        if dialog is not None:
            dialog.setEnabled(False)
        data_dir, path = self.controller.data_dir, info.path
        run_task(
            lambda: backup.restore(path, data_dir, secret, force=True)[1],
            self._restored,
            self._restore_failed,
        )

    def _restored(self, aside: Path | None) -> None:
        self._enable_unlock()
        self.restore_done.emit(aside)

    def _restore_failed(self, exc: BaseException) -> None:
        self._enable_unlock()
        self.failed.emit(user_message(exc))

    def _enable_unlock(self) -> None:
        dialog = self.controller.unlock_dialog
        if dialog is not None:
            dialog.setEnabled(True)

    # --- passphrase --------------------------------------------------------------------------
    def change_passphrase(self) -> ChangePassphraseDialog | None:
        vault = self.controller.vault
        window = self.controller.window
        if vault is None or window is None:
            return None
        dialog = ChangePassphraseDialog(vault, window, kdf=getattr(self.controller, "kdf", None))
        self.controller.locked.connect(dialog.wipe)
        self.controller.locked.connect(dialog.reject)
        dialog.changed.connect(
            lambda: window.statusBar().showMessage(self.tr("The passphrase was changed."))
        )
        dialog.open()
        return dialog
