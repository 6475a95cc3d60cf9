"""The search bar filters the episode list by text (Danish letters) and by the filters."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.tasks import wait_idle
from vidne.ui.window.actions import MainAction
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        troll = SenderStore(v).add(Sender(name="Trolden", relation="unknown"))
        store = EpisodeStore(v)
        store.add(
            Episode(
                occurred_at="2026-01-05T10:00+01:00",
                channel="sms",
                severity=4,
                description="Han ved hvor jeg bor",
                kinds=["threats"],
            )
        )
        store.add(
            Episode(
                occurred_at="2026-02-05T10:00+01:00",
                channel="facebook",
                severity=2,
                description="Opslag",
                quote="Du bør fyres",
                told=[{"who": "leader", "when": "", "note": ""}],
            )
        )
        store.add(
            Episode(
                occurred_at="2026-03-05T10:00+01:00",
                channel="email",
                severity=3,
                description="Mail om min familie",
                sender_id=troll.id,
            )
        )
    vault = Vault.open(vault_dir, PASSPHRASE)
    win = MainWindow(vault)
    qtbot.waitUntil(
        lambda: win.model.rowCount() == 3 and win.search_bar.sender_filter.count() == 2,
        timeout=10_000,
    )
    yield win
    wait_idle()
    win.editor.load(Episode())
    win.close()
    win.deleteLater()
    vault.lock()


def shown(win: MainWindow) -> list[str]:
    return sorted(win.proxy.index(r, 4).data() for r in range(win.proxy.rowCount()))


def test_text_search_with_danish_letters(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.search_bar
    bar.text.setText("bør")
    qtbot.waitUntil(lambda: shown(window) == ["Opslag"], timeout=10_000)
    assert bar.count.text() == "1 of 3"
    bar.text.setText("bor")
    qtbot.waitUntil(lambda: shown(window) == ["Han ved hvor jeg bor"], timeout=10_000)
    bar.text.setText("trolden")  # the registry name
    qtbot.waitUntil(lambda: shown(window) == ["Mail om min familie"], timeout=10_000)
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 3, timeout=10_000)
    assert bar.count.text() == ""


def test_filters(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.search_bar
    bar.told.setCurrentIndex(bar.told.findData(False))
    qtbot.waitUntil(lambda: len(shown(window)) == 2, timeout=10_000)
    bar.severity.setCurrentIndex(bar.severity.findData(4))
    qtbot.waitUntil(lambda: shown(window) == ["Han ved hvor jeg bor"], timeout=10_000)
    bar.clear()
    bar.sender_filter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: shown(window) == ["Mail om min familie"], timeout=10_000)
    bar.clear()
    bar.kind.setCurrentIndex(bar.kind.findData("threats"))
    qtbot.waitUntil(lambda: shown(window) == ["Han ved hvor jeg bor"], timeout=10_000)
    bar.clear()
    bar.channel.setCurrentIndex(bar.channel.findData("facebook"))
    qtbot.waitUntil(lambda: shown(window) == ["Opslag"], timeout=10_000)


def test_a_new_episode_stays_visible_while_filtered(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.search_bar
    bar.channel.setCurrentIndex(bar.channel.findData("facebook"))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=10_000)
    window.action(MainAction.NEW_EPISODE).trigger()
    window.editor.description.setPlainText("Ny episode")
    window.editor.severity.set_level(2)
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ny episode" in shown(window), timeout=10_000)


def test_a_failed_search_says_so(qtbot: QtBot, window: MainWindow) -> None:
    with window.vault.transaction() as tx:  # a damaged search index, as a broken disk leaves it
        tx.execute("DROP TABLE episodes_fts")
    bar = window.search_bar
    bar.text.setText("bor")
    qtbot.waitUntil(lambda: "search failed" in bar.count.text(), timeout=10_000)
    assert "search failed" in window.statusBar().currentMessage()
    assert window.proxy.rowCount() == 3  # the list is left as it was, not emptied
