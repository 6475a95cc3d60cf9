"""The unlock window: one passphrase field; key derivation runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.security.passphrase_field import PassphraseEdit
from vidne.ui.tasks import run_task


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # Vault

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Vidne"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("Enter your passphrase to open your log."), self)
        intro.setWordWrap(True)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self._try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            return
        self._busy(True)
        directory = self.data_dir
        run_task(lambda: Vault.open(directory, secret), self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self.passphrase.wipe()
        self._busy(False)
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.passphrase.wipe()
        self.error.setText(user_message(exc))
        self.error.show()
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def reset(self) -> None:
        self.passphrase.wipe()
        self.error.hide()
        self._busy(False)

    def reject(self) -> None:  # Esc / close: the app decides (quit or stay in the tray)
        self.passphrase.wipe()
        super().reject()
