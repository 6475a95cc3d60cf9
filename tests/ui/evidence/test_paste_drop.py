"""Ctrl+V of a screenshot or of copied files, and drag-and-drop, bring evidence in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.tasks import wait_idle
from vidne.ui.window.actions import MainAction
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.evidence.test_inbox_page import png

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    vault = Vault.open(vault_dir, PASSPHRASE)
    win = MainWindow(vault)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    wait_idle()
    win.editor.load(Episode())
    win.close()
    win.deleteLater()
    vault.lock()


def screenshot() -> QImage:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(20, 120, 200))
    return image


def test_ctrl_v_of_a_screenshot_in_the_inbox_stores_it(qtbot: QtBot, window: MainWindow) -> None:
    window.pages.setCurrentWidget(window.inbox)
    QApplication.clipboard().setImage(screenshot())
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.inbox.list.count() == 1, timeout=10_000)
    [info] = CaptureStore(window.vault).inbox()
    assert (info.trigger, info.mime, info.width, info.height) == ("clipboard", "image/png", 64, 40)
    assert "added to the Inbox" in window.statusBar().currentMessage()


def test_ctrl_v_in_the_description_attaches_the_picture_to_the_new_episode(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.action(MainAction.NEW_EPISODE).trigger()
    editor = window.editor
    editor.description.setFocus()
    QApplication.clipboard().setImage(screenshot())
    qtbot.keyClick(editor.description, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(editor.pending) == 1, timeout=10_000)
    assert editor.description.toPlainText() == ""
    editor.description.setPlainText("Skærmbillede fra Messenger")
    editor.severity.set_level(2)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.", timeout=10_000)
    [episode] = EpisodeStore(window.vault).list()
    assert [c.trigger for c in CaptureStore(window.vault).for_episode(episode.id or 0)] == [
        "clipboard"
    ]


def test_pasting_text_into_a_field_still_pastes_text(qtbot: QtBot, window: MainWindow) -> None:
    window.action(MainAction.NEW_EPISODE).trigger()
    window.editor.sender_edit.setFocus()
    QApplication.clipboard().setText("@emilsmor")
    qtbot.keyClick(window.editor.sender_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.sender_edit.text() == "@emilsmor"
    wait_idle()
    assert CaptureStore(window.vault).inbox() == []


def test_dropping_files_on_the_window_imports_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "a.png").write_bytes(png((200, 10, 10)))
    (tmp_path / "b.png").write_bytes(png((10, 200, 10)))
    window.pages.setCurrentWidget(window.overview_page)  # not the episode: into the Inbox
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("a.png", "b.png")])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)  # as Qt delivers a drag: enter, then drop
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the pointer shows that a drop is welcome
    drop = QDropEvent(QPointF(QPoint(50, 50)), *args)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(CaptureStore(window.vault).inbox()) == 2, timeout=10_000)
    names = sorted(i.original_name for i in CaptureStore(window.vault).inbox())
    assert names == ["a.png", "b.png"]
