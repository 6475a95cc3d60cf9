"""The unlock window: one passphrase field; key derivation runs off the GUI thread.

After a few wrong passphrases each attempt must wait (:mod:`vidne.app.vault.throttle`). The
wait counts from the last failure and is shown as a live countdown with the reason, while the
field stays usable: the user can type the next try during the wait, and an attempt started
early simply waits out the rest. The error text wraps and the window grows to show all of it.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from vidne.app.vault import throttle
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.security.passphrase_field import PassphraseEdit
from vidne.ui.tasks import run_task

TICK_MS = 250  # the countdown is redrawn often enough that a whole second never lags


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # Vault

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Vidne"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("Enter your passphrase to open your vault."), self)
        intro.setWordWrap(True)
        self.passphrase = PassphraseEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        intro.setBuddy(self.passphrase)
        self.error = self._message_label("unlockError", "color: #b03a2e;")
        self.wait_label = self._message_label("unlockWait", "")
        self.countdown = QTimer(self)
        self.countdown.setInterval(TICK_MS)
        self.countdown.timeout.connect(self._tick)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self._try_unlock)
        layout = QVBoxLayout(self)
        for widget in (intro, self.passphrase, self.error, self.wait_label, self.buttons):
            layout.addWidget(widget)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self._busy_now = False
        self._tick()

    def _message_label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        label.hide()
        return label

    def _try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret or self._busy_now:
            return
        self._busy(True)
        directory = self.data_dir
        run_task(lambda: Vault.open(directory, secret), self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self.passphrase.wipe()
        self._busy(False)
        self.countdown.stop()
        self.wait_label.hide()
        self.unlocked.emit(vault)
        self.accept()
        if vault.keyfile_warning is not None:  # the key file was changed outside Vidne
            self._warn(vault.keyfile_warning.message())

    def _warn(self, text: str) -> None:
        """Say it once the window is open; not modal, the vault is usable meanwhile."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The key file was changed"), text)
        box.setObjectName("keyfileWarning")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.keyfile_warning_box = box  # kept alive until closed

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.passphrase.wipe()
        self.error.setText(user_message(exc))
        self.error.show()
        self.passphrase.setFocus()
        self._tick()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to show every line of a wrapped message (a dialog does not grow by itself
        when a label's text gets longer, so the last lines of the error were cut off)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- the wait after wrong passphrases ---------------------------------------------------
    def seconds_to_wait(self) -> int:
        """Whole seconds before the next attempt may run (0: at once)."""
        return math.ceil(throttle.remaining(self.data_dir))

    def _tick(self) -> None:
        """Show the wait and its reason, or hide it once over; keeps ticking while it lasts."""
        seconds = self.seconds_to_wait()
        if seconds <= 0:
            self.countdown.stop()
            self.wait_label.hide()
            self._show_button_text()
            return
        self.wait_label.setText(
            self.tr("Wait %1 s – too many wrong attempts").replace("%1", str(seconds))
        )
        if self.wait_label.isHidden():
            self.wait_label.show()
            self.fit_height()
        self._show_button_text()
        if not self.countdown.isActive():
            self.countdown.start()

    def _busy(self, busy: bool) -> None:
        self._busy_now = busy
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self._show_button_text()

    def _show_button_text(self) -> None:
        if not self._busy_now:
            self.unlock_button.setText(self.tr("Unlock"))
        elif self.wait_label.isVisible():
            self.unlock_button.setText(self.tr("Waiting…"))
        else:
            self.unlock_button.setText(self.tr("Unlocking…"))

    def reset(self) -> None:
        self.passphrase.wipe()
        self.error.hide()
        self._busy(False)
        self._tick()

    def reject(self) -> None:  # Esc / close: the app decides (quit or stay in the tray)
        self.passphrase.wipe()
        self.countdown.stop()
        super().reject()
