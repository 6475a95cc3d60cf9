"""Change the passphrase: the old one, the new one twice, a strength meter; work off the GUI thread.

The old passphrase is checked against the key file as read at unlock; then
:meth:`Vault.change_passphrase` gives the vault a new data key and inbox key pair under the new
passphrase (:mod:`vidne.app.vault.rekey`: old or new works, never neither, and older key files
no longer open the vault). The note says plainly what a change cannot reach: copies the user
made elsewhere. Both Argon2id runs happen on the database thread, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.errors import WrongPassphrase
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.passphrase import problem
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.security.passphrase_field import PassphraseEdit, StrengthMeter
from vidne.ui.tasks import run_db


def change(vault: Vault, old: str, new: str, kdf: KdfParams | None = None) -> None:
    """Check *old* against the key file read at unlock (not the file on disk, which someone
    could have swapped), then give the vault a new key under *new* (on the db thread)."""
    vault.change_passphrase(new, kdf, old_passphrase=old)  # WrongPassphrase if *old* is wrong


class ChangePassphraseDialog(QDialog):
    changed = Signal()

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kdf = kdf
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(460)
        self.old = self._field("oldPassphrase")
        self.first = self._field("newPassphrase")
        self.second = self._field("repeatPassphrase")
        self.meter = StrengthMeter(self)
        self.first.textChanged.connect(self.meter.update_for)
        for edit in (self.old, self.first, self.second):
            edit.textChanged.connect(self._check)
        self.error = QLabel(self)
        self.error.setObjectName("changeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e;")
        note = QLabel(
            self.tr(
                "The vault gets a new key: older key files and the automatic backups "
                "will no longer open it. Copies you made yourself (backup files saved "
                "elsewhere, copied folders, replaced-… folders from a restore) still open "
                "with the old passphrase; delete them if someone may know it. The new "
                "passphrase cannot be recovered either: write it down somewhere safe."
            ),
            self,
        )
        note.setObjectName("changeNote")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = QPushButton(self.tr("Change passphrase"), self)
        self.ok_button.setObjectName("changeButton")
        self.ok_button.setEnabled(False)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.old)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat the new one:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _field(self, name: str) -> PassphraseEdit:
        edit = PassphraseEdit(self)
        edit.setObjectName(name)
        return edit

    def _reason(self) -> str | None:
        if not self.old.text():
            return ""
        reason = problem(self.first.text(), self.second.text() or None)
        if reason is None and self.second.text() != self.first.text():
            return ""
        if reason is None and self.first.text() == self.old.text():
            return self.tr("The new passphrase is the same as the current one.")
        return reason

    def _check(self) -> None:
        reason = self._reason()
        self.error.setText(reason or "")
        self.ok_button.setEnabled(reason is None)

    def _start(self) -> None:
        if self._reason() is not None:
            return
        old, new, vault, kdf = self.old.text(), self.first.text(), self.vault, self.kdf
        self._busy(True)
        run_db(lambda: change(vault, old, new, kdf), self._done, self._failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.old, self.first, self.second, self.ok_button):
            widget.setEnabled(not busy)
        self.ok_button.setText(self.tr("Changing…") if busy else self.tr("Change passphrase"))

    def _done(self, _result: object) -> None:
        self.wipe()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, WrongPassphrase):
            self.old.wipe()
            self.error.setText(self.tr("The current passphrase is wrong. Nothing was changed."))
            self.old.setFocus()
        else:
            self.error.setText(user_message(exc))
        self.ok_button.setEnabled(False)

    def wipe(self) -> None:
        """Clear every field (also called when the vault locks)."""
        for edit in (self.old, self.first, self.second):
            edit.wipe()

    def reject(self) -> None:
        self.wipe()
        super().reject()
