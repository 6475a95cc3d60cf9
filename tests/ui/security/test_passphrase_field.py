"""The passphrase field and meter: the strength floor as the dialogs show it, show/hide, and the
Caps Lock warning (inferred from the letters typed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from vidne.app.vault.passphrase import problem
from vidne.app.vault.store import Vault
from vidne.ui.security.change_passphrase_dialog import ChangePassphraseDialog
from vidne.ui.security.passphrase_field import PassphraseEdit, StrengthMeter
from vidne.ui.security.setup_dialog import SetupDialog

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui
WEAK = ("aaaaaaaaaa", "1234567890", "password123", "qwertyuiop", "kodeord1234")
STRONG_DANISH = "Hestene løber stille over broen"


@pytest.mark.parametrize("weak", WEAK)
def test_setup_refuses_a_weak_passphrase_and_says_why(
    qtbot: QtBot, vault_dir: Path, weak: str
) -> None:
    dialog = SetupDialog(vault_dir, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.first.setText(weak)
    dialog.second.setText(weak)
    assert not dialog.create_button.isEnabled()
    assert dialog.error.text() == problem(weak)
    assert dialog.error.text().startswith("This passphrase is too easy to guess.")
    assert dialog.meter.bar.value() < 3
    assert dialog.meter.toolTip()  # the estimator's advice


def test_setup_accepts_a_strong_danish_passphrase(qtbot: QtBot, vault_dir: Path) -> None:
    dialog = SetupDialog(vault_dir, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.first.setText(STRONG_DANISH)
    dialog.second.setText(STRONG_DANISH)
    assert dialog.create_button.isEnabled()
    assert dialog.meter.bar.value() == 4
    assert dialog.meter.label.text() == "Strong"


def test_change_passphrase_refuses_the_same_weak_ones(qtbot: QtBot, vault: Vault) -> None:
    dialog = ChangePassphraseDialog(vault)
    qtbot.addWidget(dialog)
    dialog.old.setText(PASSPHRASE)
    for weak in WEAK:
        dialog.first.setText(weak)
        dialog.second.setText(weak)
        assert not dialog.ok_button.isEnabled()
        assert dialog.error.text() == problem(weak)
    dialog.first.setText(STRONG_DANISH)
    dialog.second.setText(STRONG_DANISH)
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_eye_shows_the_passphrase_and_wiping_hides_it_again(qtbot: QtBot) -> None:
    edit = PassphraseEdit()
    qtbot.addWidget(edit)
    edit.setText(PASSPHRASE)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.reveal.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.reveal.toolTip() == "Hide passphrase"
    edit.wipe()
    assert edit.text() == ""
    assert edit.echoMode() == QLineEdit.EchoMode.Password  # the next one is not shown as typed


def test_caps_lock_is_inferred_from_the_letters_typed(qtbot: QtBot) -> None:
    edit = PassphraseEdit()
    qtbot.addWidget(edit)
    edit.show()
    changes: list[bool] = []
    edit.caps_lock_changed.connect(changes.append)
    qtbot.keyClicks(edit, "abc")
    assert not edit.caps_warning.isVisible()
    qtbot.keyClicks(edit, "12")  # digits tell nothing
    qtbot.keyClick(edit, "D")  # a capital without Shift: Caps Lock is on
    assert edit.caps_lock and edit.caps_warning.isVisible()
    assert edit.caps_warning.text() == "Caps Lock is on"
    qtbot.keyClick(edit, "e", Qt.KeyboardModifier.ShiftModifier)  # small with Shift: still on
    assert edit.caps_lock
    qtbot.keyClick(edit, "E", Qt.KeyboardModifier.ShiftModifier)  # capital with Shift: off
    assert not edit.caps_lock and not edit.caps_warning.isVisible()
    assert changes == [True, False]


def test_the_meter_follows_the_estimate(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("aaaaaaaaaa")
    assert (meter.bar.value(), meter.label.text()) == (0, "Too weak")
    assert "Repeated characters" in meter.toolTip()
    meter.update_for(STRONG_DANISH)
    assert (meter.bar.value(), meter.toolTip()) == (4, "")
