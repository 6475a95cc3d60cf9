"""First run: what Vidne is for, that the passphrase cannot be recovered, create the vault,
then the one key action (:mod:`.hotkey_intro`): the capture hotkey, tried right here.

Esc or closing before the vault exists cancels the first run (the app then quits); once the
vault exists, closing the last page simply starts Vidne.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.passphrase import problem
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.security.hotkey_intro import Grabber, HotkeyIntro, grab_screen_png
from vidne.ui.security.passphrase_field import PassphraseEdit, StrengthMeter
from vidne.ui.tasks import run_task
from vidne.ui.window.hotkey_settings import HotkeyHost, native_text


class SetupDialog(QDialog):
    created = Signal(object)  # Vault

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        kdf: KdfParams | None = None,
        hotkeys: HotkeyHost | None = None,
        grabber: Grabber = grab_screen_png,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.kdf = kdf
        self.hotkeys = hotkeys
        self.vault: Vault | None = None  # created, not yet handed over
        self._over = False  # accepted or cancelled
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Welcome to Vidne"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._create_page())
        self.intro = HotkeyIntro(self, hotkeys, grabber)
        self.intro.finished.connect(self._hand_over)
        self.pages.addWidget(self.intro)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _welcome_page(self) -> QWidget:
        page = QWidget(self)
        text = QLabel(
            self.tr(
                "<h2>Vidne – your private log of online harassment at work</h2>"
                "<p>If you are harassed online because of your job, Vidne helps you keep the "
                "evidence: take a screenshot with one key press (%1) before a post is deleted, "
                "write "
                "down what happened, see the pattern over time, and make a clear report for a "
                "meeting with your leader, your work-environment representative (AMR) or your "
                "union representative (TR).</p>"
                "<p>Everything stays on this computer, encrypted. Nothing is sent anywhere unless "
                "you export it yourself.</p>"
                "<p><b>You choose a passphrase next. It cannot be recovered: if you forget it, "
                "nobody – not even Vidne – can open your vault.</b> Write it down and keep it "
                "somewhere safe, or use a password manager.</p>"
            ).replace("%1", native_text()),
            page,
        )
        text.setWordWrap(True)
        text.setObjectName("welcomeText")
        text.setTextFormat(Qt.TextFormat.RichText)  # labels are plain unless said (plain_text)
        start = QPushButton(self.tr("Continue"), page)
        start.setObjectName("continueButton")
        start.setDefault(True)
        start.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(start)
        layout.addLayout(row)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        self.first = PassphraseEdit(page)
        self.first.setObjectName("newPassphrase")
        self.second = PassphraseEdit(page)
        self.second.setObjectName("repeatPassphrase")
        self.meter = StrengthMeter(page)
        self.first.textChanged.connect(self.meter.update_for)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self.error = QLabel(page)
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e;")
        self.create_button = QPushButton(self.tr("Create my vault"), page)
        self.create_button.setObjectName("createButton")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        hint = QLabel(
            self.tr(
                "Tip: a few unrelated words are easy to remember and hard to "
                "guess, e.g. “lampe cykel regnvejr 47”."
            ),
            page,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it:"), self.second)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        return page

    def _check(self) -> None:
        reason = problem(self.first.text(), self.second.text() if self.second.text() else None)
        if reason is None and self.second.text() != self.first.text():
            reason = ""
        self.error.setText(reason or "")
        self.create_button.setEnabled(reason is None)

    def _create(self) -> None:
        secret = self.first.text()
        if problem(secret, self.second.text()):
            return
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))
        directory, kdf = self.data_dir, self.kdf
        run_task(lambda: Vault.create(directory, secret, kdf), self._done, self._failed)

    def _done(self, vault: Vault) -> None:
        self.first.wipe()
        self.second.wipe()
        self.vault = vault
        self.pages.setCurrentWidget(self.intro)
        self.intro.done_button.setDefault(True)
        self.intro.done_button.setFocus()

    def _hand_over(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            self.created.emit(vault)
        self.accept()

    @property
    def trying(self) -> bool:
        """Until the first run is over, the capture hotkey only tries (nothing is stored:
        there may be no vault yet, and a test is not evidence)."""
        return not self._over

    def done(self, result: int) -> None:
        self._over = True
        super().done(result)

    def reject(self) -> None:
        """Esc or close: before the vault exists this cancels; after, it starts Vidne."""
        if self.vault is not None:
            self._hand_over()
            return
        super().reject()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setText(self.tr("Create my vault"))
        self.create_button.setEnabled(True)
        self.error.setText(user_message(exc))
