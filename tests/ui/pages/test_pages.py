"""Overview page, Guide page, sender registry dialog and CSV import dialog in the real window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.editor.sender_dialog import SenderDialog
from vidne.ui.export.csv_import_dialog import CsvImportDialog
from vidne.ui.pages.guide_page import GuidePage
from vidne.ui.tasks import wait_idle
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui

# Four episodes in eight days, the last one minor: the "last straw" pattern.
EPISODES = [
    ("2026-03-02T10:00:00+01:00", "facebook", 3, "Mor til Emil"),
    ("2026-03-04T10:00:00+01:00", "facebook", 4, "Mor til Emil"),
    ("2026-03-06T10:00:00+01:00", "aula", 3, "Chefen"),
    ("2026-03-09T10:00:00+01:00", "email", 1, "Mor til Emil"),
]


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        mor = SenderStore(v).add(Sender(name="Mor til Emil", relation="parent"))
        boss = SenderStore(v).add(Sender(name="Chefen", relation="leader"))
        for when, channel, severity, sender in EPISODES:
            EpisodeStore(v).add(
                Episode(
                    occurred_at=when,
                    channel=channel,
                    severity=severity,
                    sender=sender,
                    sender_id=mor.id if sender == "Mor til Emil" else boss.id,
                    description=f"{sender} <b>{severity}</b>",
                )
            )
    vault = Vault.open(vault_dir, PASSPHRASE)
    win = MainWindow(vault)
    qtbot.waitUntil(lambda: win.model.rowCount() == 4, timeout=10_000)
    yield win
    wait_idle()
    win.editor.load(Episode())
    win.close()
    win.deleteLater()
    vault.lock()


def test_overview_page_draws_the_known_figures(qtbot: QtBot, window: MainWindow) -> None:
    page = window.overview_page
    window.pages.setCurrentWidget(page)
    window.show()
    qtbot.waitUntil(lambda: page.figures.count == 4, timeout=10_000)
    assert page.bars.figures() == {"2026-03": [1, 0, 2, 1, 0]}
    page.period.setCurrentIndex(page.period.findData("week"))
    assert page.bars.figures() == {"2026-W10": [0, 0, 2, 1, 0], "2026-W11": [1, 0, 0, 0, 0]}
    assert [s for s, _n in page.channels.figures()][0] == "Facebook"
    assert page.origin.figures()[:2] == [("Internal", 1), ("External", 3)]
    assert page.senders.item(0, 0).text() == "Mor til Emil (Parent)"
    assert [page.senders.item(0, c).text() for c in (1, 2, 3, 4, 5)] == [
        "3",
        "2026-03-02",
        "2026-03-09",
        "8",
        "4",
    ]
    assert "last straw" in page.straws.text() and "2026-03-09" in page.straws.text()
    assert "&lt;b&gt;1&lt;/b&gt;" in page.straws.text()  # user text is escaped
    assert page.trend.figures().per_30_days < 0
    assert not page.bars.grab().toImage().isNull()


def test_guide_page_in_both_languages(qtbot: QtBot) -> None:
    page = GuidePage(language="da")
    qtbot.addWidget(page)
    assert "14 dage efter første fraværsdag" in page.browser.toPlainText()
    page.show_language("en")
    text = page.browser.toPlainText()
    assert "14 days after the first day of absence" in text and "2026-11-24" in text
    assert "Win + Shift + S" in text


def test_guide_tab_and_menu_actions_exist(window: MainWindow) -> None:
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "Overview" in titles and "Guide" in titles
    window.findChild(object, "guideAction").trigger()
    assert window.pages.currentWidget() is window.guide_page
    assert window.findChild(object, "importCsvAction") is not None


def test_sender_dialog_edits_and_merges(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SenderDialog(window.vault, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.table.item(0, 0).text() == "Mor til Emil"
    assert dialog.table.item(0, 2).text() == "3"
    dialog.new()
    dialog.name.setText("Falsk profil")
    dialog.identifiers.setPlainText("@fake_emil\nfake@example.dk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    assert dialog.current.name == "Falsk profil"
    ep = EpisodeStore(window.vault).list()[0]
    ep.sender_id = dialog.current.id
    EpisodeStore(window.vault).update(ep)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.reload(dialog.current.id)
    qtbot.waitUntil(lambda: dialog.current.name == "Falsk profil", timeout=10_000)
    dialog.merge_target.setCurrentIndex(dialog.merge_target.findText("Mor til Emil"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    survivor = SenderStore(window.vault).recognise("@fake_emil")
    assert survivor is not None and survivor.name == "Mor til Emil"
    assert survivor.episode_count == 3
    assert EpisodeStore(window.vault).revisions(int(ep.id or 0))[-1]["source"] == "merge"


def test_csv_import_dialog_maps_previews_and_imports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Dato;Kanal;Grovhed;Hvad skete der;Min kolonne\r\n"
        "01-04-2026 08.00;SMS;2;Besked om min søn;x\r\n"
        "02-04-2026 09.00;Aula;9;Forkert grovhed;y\r\n".encode("cp1252")
    )
    window.findChild(object, "importCsvAction").trigger()  # as from the File menu
    dialog = window.findChild(CsvImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=10_000)
    assert "Windows-1252" in dialog.file_label.text() and "semicolon" in dialog.file_label.text()
    assert dialog.current_mapping() == {0: "date", 1: "channel", 2: "severity", 3: "description"}
    assert dialog.preview.item(0, 4).text() == "Besked om min søn"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Line 3" in dialog.message.text(), timeout=10_000)
    wait_idle()
    assert EpisodeStore(window.vault).count() == 4  # nothing written
    # map the bad column away: severity falls back to 1 and the import goes through
    combo = dialog.mapping.cellWidget(2, 1)
    combo.setCurrentIndex(0)
    assert dialog.current_mapping() == {0: "date", 1: "channel", 3: "description"}
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10_000)


def test_mapping_without_description_cannot_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "uden.csv"
    path.write_text("when,channel\n2026-04-01 10:00,sms\n", encoding="utf-8")
    dialog = CsvImportDialog(window.vault, window)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 1, timeout=10_000)
    assert not dialog.import_button.isEnabled() and "description" in dialog.message.text()
