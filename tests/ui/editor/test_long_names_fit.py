"""A long sender name (a harasser chooses it) never widens the editor past its panel: on a
1366×768 screen the fields stayed cut off at the right, their arrows and text out of sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.tasks import wait_idle
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


def test_the_editor_fits_its_panel_with_a_long_sender_name(qtbot: QtBot, vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        name = "Anonym profil 'Sandheden om Æblehaven og alle de lærere, der burde fyres' " * 3
        sender = SenderStore(v).add(Sender(name=name, relation="unknown"))
        EpisodeStore(v).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="facebook",
                severity=2,
                description="Opslag",
                sender_id=sender.id,
            )
        )
    vault = Vault.open(vault_dir, PASSPHRASE)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.sender_section.expanded, timeout=10_000)
    wait_idle()
    scroll = window.editor.findChild(QScrollArea, "editorScroll")
    assert scroll is not None
    content = scroll.widget()
    assert content.minimumSizeHint().width() <= scroll.viewport().width()
    assert content.width() <= scroll.viewport().width()
    window.editor.load(Episode())
    window.close()
    vault.lock()
