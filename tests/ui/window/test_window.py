"""First run, unlock, wrong passphrase, episode CRUD through the real widgets, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.tasks import wait_idle
from vidne.ui.window.actions import MainAction
from vidne.ui.window.controller import VidneApp
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE, file_hashes

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    ctl = VidneApp(vault_dir, kdf=FAST_KDF)
    yield ctl
    if ctl.vault is not None:
        ctl.vault.lock()
    for w in (ctl.window, ctl.unlock_dialog, ctl.setup_dialog):
        if w is not None:
            w.hide()
    wait_idle()


def unlock(qtbot: QtBot, ctl: VidneApp, secret: str = PASSPHRASE) -> None:
    dialog = ctl.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(secret)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_first_run_creates_the_vault(qtbot: QtBot, controller: VidneApp, vault_dir: Path) -> None:
    controller.start()
    dialog = controller.setup_dialog
    assert dialog is not None and dialog.isVisible()
    assert "cannot be recovered" in dialog.findChild(object, "welcomeText").text()
    qtbot.mouseClick(dialog.findChild(object, "continueButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.first, "kort")
    assert not dialog.create_button.isEnabled()
    assert "at least 10" in dialog.error.text()
    assert dialog.meter.bar.value() == 0
    dialog.first.setText(PASSPHRASE)
    assert dialog.meter.bar.value() >= 3
    dialog.second.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    dialog.second.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.intro, timeout=10_000)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(dialog.intro.done_button, Qt.MouseButton.LeftButton)
    assert isinstance(controller.window, MainWindow) and controller.window.isVisible()
    assert dialog.first.text() == "" and dialog.second.text() == ""
    assert (vault_dir / "vidne.key").exists() and (vault_dir / "vidne.db").exists()


def test_wrong_passphrase_shows_a_message_and_changes_nothing(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    before = file_hashes(vault_dir)
    controller.start()
    unlock(qtbot, controller, "helt forkert")
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "passphrase is wrong" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert controller.window is None
    assert file_hashes(vault_dir) == before
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock(qtbot, controller)


def open_window(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path, episodes: list[Episode] = ()
) -> MainWindow:  # type: ignore[assignment]
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        for ep in episodes:
            EpisodeStore(v).add(ep)
    controller.start()
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock(qtbot, controller)
    window = controller.window
    assert window is not None
    qtbot.waitUntil(
        lambda: window.model.rowCount() == len(episodes) and window.chain_head != "",
        timeout=10_000,
    )
    return window


def test_episode_crud_through_the_window(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(qtbot, controller, vault_dir)
    head0 = window.chain_head
    window.action(MainAction.NEW_EPISODE).trigger()
    editor = window.editor
    editor.channel.setCurrentIndex(editor.channel.findData("sms"))
    qtbot.keyClicks(editor.sender_edit, "Ukendt nummer")
    editor.severity.setCurrentIndex(editor.severity.findData(4))
    qtbot.keyClicks(editor.description, "Truende sms")  # QTest types ASCII only
    editor.description.insertPlainText(": “Vi ved hvor du bor”")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.", timeout=10_000)
    assert window.chain_head != head0
    assert head0 not in window.chain_label.text() and head0[:6] not in window.chain_label.text()
    assert window.proxy.index(0, 3).data().startswith("4")
    # edit the selected episode
    editor.description.setPlainText("Truende sms: “Vi ved hvor du bor” – modtaget kl. 22")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kl. 22" in (window.proxy.index(0, 4).data() or ""), timeout=10_000)
    # validation: no description and no sender
    window.action(MainAction.NEW_EPISODE).trigger()
    editor.severity.set_level(2)  # a level must be chosen first (tests/ui/editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "description" in editor.message.text(), timeout=10_000)
    assert window.model.rowCount() == 1
    # delete with confirmation
    window.table.selectRow(0)
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    window.action(MainAction.DELETE_EPISODE).trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)
    wait_idle()
    assert EpisodeStore(controller.vault).count() == 0  # type: ignore[arg-type]


def test_delete_can_be_cancelled(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, controller, vault_dir, [Episode(description="bliv", severity=2)])
    window.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.action(MainAction.DELETE_EPISODE).trigger()
    wait_idle()
    QApplication.processEvents()
    assert window.model.rowCount() == 1


def test_list_sorts_by_date_and_severity(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    eps = [
        Episode(occurred_at=f"2026-01-0{d}T10:00:00+01:00", description=f"d{d}", severity=s)
        for d, s in ((1, 5), (2, 1), (3, 3))
    ]
    window = open_window(qtbot, controller, vault_dir, eps)
    col = [window.proxy.index(r, 4).data() for r in range(3)]
    assert col == ["d3", "d2", "d1"]  # newest first
    window.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert [window.proxy.index(r, 4).data() for r in range(3)] == ["d1", "d3", "d2"]


def test_lock_now_drops_the_key_and_shows_unlock(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(
        qtbot, controller, vault_dir, [Episode(description="HEMMELIGT", severity=2)]
    )
    vault = controller.vault
    assert vault is not None
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open and bytes(vault._key) == bytes(32)
    assert controller.vault is None and controller.window is None
    assert window.model.rowCount() == 0
    assert window.editor.description.toPlainText() == ""
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible() and dialog.passphrase.text() == ""
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock(qtbot, controller)


def test_model_passes_qt_model_tester(
    qtmodeltester,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
    controller: VidneApp,
    vault_dir: Path,
) -> None:
    window = open_window(qtbot, controller, vault_dir, [Episode(description="a", severity=1)])
    qtmodeltester.check(window.model)


def test_minimized_start_stays_in_the_tray(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    controller.stays_in_tray = lambda: True
    controller.start(minimized=True)
    assert controller.unlock_dialog is None or not controller.unlock_dialog.isVisible()
    controller.show_unlock()  # "Open Vidne" from the tray
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # closing it leaves Vidne in the tray, not quit
    assert not controller._quitting


def test_minimized_start_without_a_tray_asks_for_the_passphrase(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    controller.start(minimized=True)
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()


def test_locking_while_typing_keeps_what_was_typed(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(qtbot, controller, vault_dir)
    window.action(MainAction.NEW_EPISODE).trigger()
    window.editor.description.setPlainText("Skrevet lige før skærmen låste")
    vault = controller.vault
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        window.action(MainAction.LOCK).trigger()
    with Vault.open(vault_dir, PASSPHRASE) as v:  # kept as a draft: listed, not counted
        [kept] = EpisodeStore(v).list(drafts=True)
        assert kept.description == "Skrevet lige før skærmen låste" and kept.draft
        assert EpisodeStore(v).list() == []
    assert vault is not None and not vault.is_open


def fill_the_disk(vault: Vault) -> None:
    """A real "database or disk is full": SQLite may not grow the file by a single page."""
    with vault.read() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()


def free_the_disk(vault: Vault) -> None:
    with vault.read() as conn:
        conn.execute("PRAGMA max_page_count = 1073741823").fetchone()


LONG_TEXT = "Skrevet lige før skærmen låste. " * 200  # needs new pages in the database


def test_lock_with_a_full_disk_keeps_the_text_and_says_so(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(qtbot, controller, vault_dir)
    window.action(MainAction.NEW_EPISODE).trigger()
    window.editor.description.setPlainText(LONG_TEXT)
    vault = controller.vault
    assert vault is not None
    fill_the_disk(vault)
    window.action(MainAction.LOCK).trigger()
    assert controller.vault is vault and vault.is_open and controller.window is window
    assert window.isVisible() and window.pages.isVisible()
    assert window.editor.description.toPlainText() == LONG_TEXT
    message = window.editor.message.text()
    assert "could not be saved" in message and "disk is full" in message
    free_the_disk(vault)
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        window.action(MainAction.LOCK).trigger()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert [e.description for e in EpisodeStore(v).list(drafts=True)] == [LONG_TEXT]


def test_closing_with_a_full_disk_keeps_the_window_and_the_text(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(qtbot, controller, vault_dir, [Episode(description="før", severity=2)])
    window.editor.description.setPlainText(LONG_TEXT)  # editing the listed episode
    vault = controller.vault
    assert vault is not None
    fill_the_disk(vault)
    assert not window.close()
    assert window.isVisible() and controller.vault is vault
    assert window.editor.description.toPlainText() == LONG_TEXT
    assert "disk is full" in window.editor.message.text()
    free_the_disk(vault)
    assert window.close()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert [e.description for e in EpisodeStore(v).list()] == [LONG_TEXT]


def test_lock_with_an_entry_that_is_not_valid_yet_keeps_it(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(qtbot, controller, vault_dir)
    window.action(MainAction.NEW_EPISODE).trigger()
    editor = window.editor
    editor.description.setPlainText("Sms om natten")
    editor.when.setDateTime(QDateTime.currentDateTime().addYears(1))  # a slip of the calendar
    window.action(MainAction.LOCK).trigger()
    assert controller.window is window and controller.vault is not None
    assert editor.description.toPlainText() == "Sms om natten"
    assert "could not be saved" in editor.message.text() and "future" in editor.message.text()
    editor.when.setDateTime(QDateTime.currentDateTime().addDays(-1))
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        window.action(MainAction.LOCK).trigger()


def test_a_fresh_empty_entry_does_not_stop_locking(
    qtbot: QtBot, controller: VidneApp, vault_dir: Path
) -> None:
    window = open_window(qtbot, controller, vault_dir)
    window.action(MainAction.NEW_EPISODE).trigger()  # nothing typed: nothing to keep
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        window.action(MainAction.LOCK).trigger()
