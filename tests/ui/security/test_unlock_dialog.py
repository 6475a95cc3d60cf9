"""Unlocking under stress: the error is shown whole, the wait after wrong passphrases counts
down with its reason, and the field stays usable while it does."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from vidne.app.vault import throttle
from vidne.app.vault.store import Vault
from vidne.ui.security.unlock_dialog import UnlockDialog
from vidne.ui.tasks import wait_idle

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def locked_vault(vault_dir: Path) -> Path:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    return vault_dir


def failed_before(vault_dir: Path, count: int, seconds_ago: float) -> None:
    """As if *count* wrong passphrases were typed, the last one *seconds_ago*."""
    throttle.record_failure(vault_dir)
    path = next(throttle.state_dir().glob("unlock-*.json"))
    path.write_text(json.dumps({"failures": count, "at": time.time() - seconds_ago}))


def dialog(qtbot: QtBot, vault_dir: Path) -> UnlockDialog:
    widget = UnlockDialog(vault_dir)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_wait_counts_down_with_its_reason_and_the_field_stays_usable(
    qtbot: QtBot, locked_vault: Path
) -> None:
    failed_before(locked_vault, throttle.FREE_ATTEMPTS + 2, seconds_ago=1.2)  # 4 s, 2.8 left
    widget = dialog(qtbot, locked_vault)
    assert widget.wait_label.isVisible()
    assert widget.wait_label.text() == "Wait 3 s – too many wrong attempts"
    assert widget.passphrase.isEnabled() and widget.unlock_button.isEnabled()
    qtbot.keyClicks(widget.passphrase, "typing while waiting")
    assert widget.passphrase.text() == "typing while waiting"
    qtbot.waitUntil(lambda: widget.wait_label.text().startswith("Wait 2 s"), timeout=2000)
    qtbot.waitUntil(lambda: not widget.wait_label.isVisible(), timeout=4000)
    assert widget.unlock_button.text() == "Unlock"


def test_unlocking_during_the_wait_says_it_waits_then_opens(
    qtbot: QtBot, locked_vault: Path
) -> None:
    failed_before(locked_vault, throttle.FREE_ATTEMPTS + 1, seconds_ago=0.5)  # 2 s, 1.5 left
    widget = dialog(qtbot, locked_vault)
    widget.passphrase.setText(PASSPHRASE)
    started = time.monotonic()
    with qtbot.waitSignal(widget.unlocked, timeout=10_000) as opened:
        qtbot.mouseClick(widget.unlock_button, Qt.MouseButton.LeftButton)
        assert widget.unlock_button.text() == "Waiting…"
    assert time.monotonic() - started >= 1.0
    opened.args[0].lock()


def test_a_wrong_passphrase_after_free_attempts_starts_the_countdown(
    qtbot: QtBot, locked_vault: Path
) -> None:
    failed_before(locked_vault, throttle.FREE_ATTEMPTS - 1, seconds_ago=100)
    widget = dialog(qtbot, locked_vault)
    assert not widget.wait_label.isVisible()
    widget.passphrase.setText("helt forkert")
    qtbot.mouseClick(widget.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.error.isVisible, timeout=10_000)
    assert "passphrase is wrong" in widget.error.text()
    assert widget.wait_label.isVisible() and "too many wrong attempts" in widget.wait_label.text()
    assert widget.passphrase.isEnabled() and widget.passphrase.hasFocus()
    widget.reject()
    wait_idle()


@pytest.mark.parametrize("width", [420, 700])
def test_a_long_error_is_shown_whole(qtbot: QtBot, locked_vault: Path, width: int) -> None:
    """At the narrowest and a wide size of the window (its size, not the screen's, decides how
    the text wraps), every line of a long error and of the wait is inside the window."""
    widget = dialog(qtbot, locked_vault)
    widget.resize(width, widget.height())
    failed_before(locked_vault, throttle.FREE_ATTEMPTS + 1, seconds_ago=1.5)
    widget.passphrase.setText("helt forkert")
    qtbot.mouseClick(widget.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.error.isVisible, timeout=40_000)
    widget.error.setText(widget.error.text() + " " + widget.error.text())  # a long one
    widget.fit_height()
    qtbot.wait(20)
    for label in (widget.error, widget.wait_label):
        assert label.isVisible()
        assert label.height() >= label.heightForWidth(label.width())  # no line cut off
        assert widget.rect().contains(label.geometry())
    assert widget.height() < 768 - 100  # fits a 1366×768 laptop screen
    widget.reject()
    wait_idle()
