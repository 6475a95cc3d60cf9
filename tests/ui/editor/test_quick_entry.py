"""Capture to episode in one move, severity chosen on purpose, safety, drafts, typed times."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.tasks import wait_idle
from vidne.ui.window.actions import MainAction
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.evidence.test_inbox_page import add as add_capture

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        add_capture(v, "2026-03-14T17:05:00.000+00:00", "(3) Facebook – Mozilla Firefox")
    vault = Vault.open(vault_dir, PASSPHRASE)
    win = MainWindow(vault)
    win.show()
    win.inbox.reload()  # the capture controller does this at unlock
    qtbot.waitUntil(lambda: win.inbox.list.count() == 1, timeout=10_000)
    yield win
    wait_idle()
    win.editor.load(Episode())
    win.close()
    win.deleteLater()
    vault.lock()


def save(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.mouseClick(win.editor.save_button, Qt.MouseButton.LeftButton)


def test_new_episode_from_the_inbox_opens_the_full_editor(qtbot: QtBot, window: MainWindow) -> None:
    inbox, editor = window.inbox, window.editor
    window.pages.setCurrentWidget(inbox)
    inbox.list.selectAll()
    qtbot.mouseClick(inbox.new_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 0  # the Episodes tab, with the editor
    assert editor.title.text() == "New episode" and editor.pending
    assert editor.channel.currentData() == "facebook"  # guessed from the window title …
    assert editor.guess_note.isVisible() and "Facebook" in editor.guess_note.text()  # … and said
    assert editor.current().occurred().strftime("%Y-%m-%d %H:%M") == "2026-03-14 18:05"
    assert editor.severity.level() == 0 and "Not chosen" in editor.severity_hint.text()
    assert "1 capture" in editor.evidence.captures.text()
    qtbot.keyClicks(editor.description, "Kommentar om mig")
    save(qtbot, window)  # no severity yet: not saved, and it says why
    assert "Choose how serious" in editor.message.text()
    assert window.model.rowCount() == 0
    editor.severity.set_level(3)
    save(qtbot, window)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.", timeout=10_000)
    [saved] = EpisodeStore(window.vault).list()
    assert (saved.channel, saved.severity, saved.draft) == ("facebook", 3, False)
    assert [c.window_title for c in CaptureStore(window.vault).for_episode(saved.id or 0)] == [
        "(3) Facebook – Mozilla Firefox"
    ]
    assert window.current_episode() is not None and window.current_episode().id == saved.id
    qtbot.waitUntil(lambda: inbox.list.count() == 0, timeout=10_000)
    strip = window.episode_captures
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=10_000)


def test_choosing_the_channel_removes_the_guess_mark(qtbot: QtBot, window: MainWindow) -> None:
    window.inbox.list.selectAll()
    window.inbox.make_episode()
    editor = window.editor
    assert editor.guess_note.isVisible()
    editor.channel.activated.emit(editor.channel.findData("instagram"))
    assert not editor.guess_note.isVisible()


def test_each_severity_is_described_while_choosing(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.editor.severity
    combo.highlighted.emit(combo.findData(4))  # moving through the open list
    assert window.editor.severity_hint.text().startswith("Threats, hate speech")
    assert combo.itemData(combo.findData(2), Qt.ItemDataRole.ToolTipRole)


def test_severity_five_or_threats_suggest_112_and_keep_the_police_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.action(MainAction.NEW_EPISODE).trigger()
    editor = window.editor
    assert not editor.safety.isVisible()
    editor.details.kinds.boxes["threats"].setChecked(True)
    assert editor.safety.isVisible() and "112" in editor.safety.text.text()
    editor.details.kinds.boxes["threats"].setChecked(False)
    assert not editor.safety.isVisible()
    editor.severity.set_level(5)
    assert editor.safety.isVisible() and "114" in editor.safety.text.text()
    editor.description.setPlainText("Trussel på livet")
    qtbot.keyClicks(editor.safety.police, "1200-80125-00012-26")
    save(qtbot, window)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.", timeout=10_000)
    [saved] = EpisodeStore(window.vault).list()
    assert saved.references == [{"kind": "police", "number": "1200-80125-00012-26"}]
    assert editor.safety.police.text() == "1200-80125-00012-26"  # shown again when loaded


def test_a_half_typed_entry_becomes_a_draft_listed_but_not_counted(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.action(MainAction.NEW_EPISODE).trigger()
    window.editor.description.setPlainText("Halvt skrevet")
    assert window.flush_edits()  # what locking and closing do first
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert window.proxy.index(0, 4).data() == "Draft: Halvt skrevet"
    assert window.proxy.index(0, 3).data() == "Not chosen"
    assert window.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "draft" in window.editor.title.text()
    window.pages.setCurrentWidget(window.overview_page)
    qtbot.waitUntil(
        lambda: "No episodes yet" in window.overview_page.summary.text(), timeout=10_000
    )
    window.pages.setCurrentIndex(0)
    window.editor.severity.set_level(2)  # completing it: Save makes it count
    save(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.message.text() == "Saved.", timeout=10_000)
    assert [e.draft for e in EpisodeStore(window.vault).list()] == [False]
    assert window.proxy.index(0, 4).data() == "Halvt skrevet"


def test_captures_chosen_but_not_saved_are_kept_with_the_draft(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.inbox.list.selectAll()
    window.inbox.make_episode()
    assert window.flush_edits()
    [draft] = EpisodeStore(window.vault).list(drafts=True)
    assert draft.draft and draft.channel == "facebook"
    assert len(CaptureStore(window.vault).for_episode(draft.id or 0)) == 1


def test_attach_file_adds_evidence_to_the_open_episode(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from tests.ui.evidence.test_inbox_page import png

    (tmp_path / "skærmbillede.png").write_bytes(png((10, 120, 200)))
    ep = EpisodeStore(window.vault).add(Episode(description="Mail fra forælder", severity=2))
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.table.selectRow(0)
    assert window.editor.episode_id == ep.id
    assert window.editor.evidence.attach.text() == "Attach file…"
    window.editor.attach_files([tmp_path / "skærmbillede.png"])
    qtbot.waitUntil(lambda: "1 capture" in window.editor.evidence.captures.text(), timeout=10_000)
    [info] = CaptureStore(window.vault).for_episode(ep.id or 0)
    assert info.original_name == "skærmbillede.png"
    qtbot.waitUntil(lambda: window.episode_captures.list.count() == 1, timeout=10_000)


def test_the_time_can_be_typed_naturally(qtbot: QtBot, window: MainWindow) -> None:
    window.action(MainAction.NEW_EPISODE).trigger()
    when = window.editor.when
    when.setFocus()
    when.lineEdit().selectAll()
    qtbot.keyClicks(when, "14.3.2026 18:05")
    qtbot.keyClick(when, Qt.Key.Key_Return)
    assert when.dateTime() == QDateTime.fromString("2026-03-14 18:05", "yyyy-MM-dd HH:mm")
    when.lineEdit().selectAll()
    qtbot.keyClicks(when, "i går 20:10")
    qtbot.keyClick(when, Qt.Key.Key_Return)
    yesterday = QDateTime.currentDateTime().addDays(-1).date()
    assert when.dateTime().date() == yesterday
    assert when.dateTime().time().toString("HH:mm") == "20:10"
    when.lineEdit().selectAll()
    qtbot.keyClicks(when, "noget vrøvl")
    qtbot.keyClick(when, Qt.Key.Key_Return)
    assert when.dateTime().time().toString("HH:mm") == "20:10"  # not understood: unchanged
