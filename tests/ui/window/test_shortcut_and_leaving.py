"""The hotkey is named where the user looks (Capture menu, tray, empty Inbox); closing says
what it does; Help → About; the delete confirmation names the episode; Qt's own words are
Danish in the Danish window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from vidne.app import __version__, i18n
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.app.vault.store import Vault
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.tasks import wait_idle
from vidne.ui.window import tray as tray_module
from vidne.ui.window.actions import MainAction
from vidne.ui.window.controller import VidneApp
from vidne.ui.window.main_window import MainWindow, first_words
from vidne.ui.window.tray import Tray

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


def start(qtbot: QtBot, vault_dir: Path, backend: object) -> tuple[VidneApp, CaptureController]:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        EpisodeStore(v).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                description="Truende besked på Facebook om at de ved, hvor jeg bor og arbejder",
                severity=4,
            )
        )
    app = VidneApp(vault_dir)
    ctrl = CaptureController(app, backend)  # type: ignore[arg-type]
    assert ctrl.start()
    app.start()
    assert app.unlock_dialog is not None
    app.unlock_dialog.unlocked.emit(Vault.open(vault_dir, PASSPHRASE))
    qtbot.waitUntil(lambda: ctrl.inbox is not None, timeout=5000)
    window = app.window
    assert window is not None
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    return app, ctrl


@pytest.fixture
def running(qtbot: QtBot, vault_dir: Path) -> Iterator[tuple[VidneApp, CaptureController]]:
    app, ctrl = start(qtbot, vault_dir, FakeHotkeyBackend())
    yield app, ctrl
    ctrl.shutdown()
    if app.window is not None:
        app.window.hide()
    if app.vault is not None:
        app.vault.lock()
    wait_idle()


def window_of(app: VidneApp) -> MainWindow:
    assert app.window is not None
    return app.window


def test_menu_tray_and_empty_inbox_name_the_hotkey(
    running: tuple[VidneApp, CaptureController],
) -> None:
    app, ctrl = running
    window = window_of(app)
    assert window.action(MainAction.CAPTURE_SCREEN).text() == "Capture screen\tCtrl+Alt+Shift+S"
    assert window.action(MainAction.CAPTURE_SCREEN).shortcut().isEmpty()  # the desktop's key
    assert ctrl.tray.actions["captureScreen"].text() == "Capture screen (Ctrl+Alt+Shift+S)"
    assert "Ctrl+Alt+Shift+S" in ctrl.tray.icon.toolTip()
    assert "Press Ctrl+Alt+Shift+S anywhere" in window.inbox.empty.text()


def test_without_a_global_hotkey_the_inbox_says_how_to_bind_one(
    qtbot: QtBot, vault_dir: Path
) -> None:
    app, ctrl = start(qtbot, vault_dir, None)
    window = window_of(app)
    assert window.action(MainAction.CAPTURE_SCREEN).text() == "Capture screen"
    assert "vidne capture" in window.inbox.empty.text()
    ctrl.shutdown()
    window.hide()
    assert app.vault is not None
    app.vault.lock()
    wait_idle()


@pytest.fixture
def window_manager_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closes count as the user's (the title bar's ×), which only a window manager can send:
    offscreen, QWidget.close() is never 'spontaneous'."""
    monkeypatch.setattr(QCloseEvent, "spontaneous", lambda self: True)
    monkeypatch.setattr(
        QEvent, "spontaneous", lambda self: self.type() == QEvent.Type.Close, raising=True
    )


def answer_next_box(button: str) -> list[str]:
    """Click *button* ('accept' or 'cancel') in the next message box; returns its text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for b in box.buttons():
            role = box.buttonRole(b)
            if (button == "accept") == (role == QMessageBox.ButtonRole.AcceptRole):
                b.click()
                return

    QTimer.singleShot(20, click)
    return seen


@pytest.mark.usefixtures("window_manager_close")
def test_closing_without_a_tray_asks_first(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ctrl = running
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    window = window_of(app)
    window.show()
    qtbot.waitExposed(window)
    seen = answer_next_box("cancel")
    window.close()  # the title bar's close button (see window_manager_close)
    assert seen and "Ctrl+Alt+Shift+S does not capture" in seen[0]
    assert window.isVisible() and app.window is window
    quits: list[int] = []
    app.quit = lambda: quits.append(1)  # type: ignore[method-assign]
    seen = answer_next_box("accept")
    window.close()
    assert seen and quits == [1]


def test_quit_from_the_menu_does_not_ask(
    running: tuple[VidneApp, CaptureController], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ctrl = running
    window = window_of(app)
    asked: list[int] = []
    monkeypatch.setattr(MainWindow, "confirm_quit", lambda self: asked.append(1) or True)
    window.close()  # what Quit does (not spontaneous)
    assert asked == []


@pytest.mark.usefixtures("window_manager_close")
def test_closing_to_the_tray_says_once_that_vidne_keeps_running(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, ctrl = running
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    shown: list[str] = []
    monkeypatch.setattr(ctrl.tray.icon, "showMessage", lambda _t, text, *a: shown.append(text))
    window = window_of(app)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert not window.isVisible() and app.window is window
    assert len(shown) == 1 and "keeps running" in shown[0] and "Ctrl+Alt+Shift+S" in shown[0]
    window.show()
    window.close()
    assert len(shown) == 1  # once only, remembered in the settings
    assert tray_module.settings().value(tray_module.KEY_TOLD_RUNNING) == "true"


def test_help_about_shows_version_licence_and_data_folder(
    running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, _ctrl = running
    window = window_of(app)
    assert window.action(MainAction.ABOUT) in window.help_menu.actions()
    box = window.show_about()
    text = box.text()
    assert __version__ in text and "GPL-3.0-or-later" in text and str(vault_dir) in text
    box.close()


def test_delete_confirmation_names_the_episode(
    running: tuple[VidneApp, CaptureController], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ctrl = running
    window = window_of(app)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.table.selectRow(0)
    window.action(MainAction.DELETE_EPISODE).trigger()
    assert "2026-03-14 18:05" in asked[0]
    assert "Truende besked på Facebook om at de ved, hvor jeg bor og…" in asked[0]
    assert window.model.rowCount() == 1


def test_first_words_cut_at_a_word() -> None:
    assert first_words("kort") == "kort"
    assert first_words("a b c d e f", limit=7) == "a b c…"


def test_qt_standard_buttons_are_danish_in_the_danish_window(qtbot: QtBot) -> None:
    i18n.install("da")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes
            | QDialogButtonBox.StandardButton.No
            | QDialogButtonBox.StandardButton.Close
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Annuller", "Ja", "Nej", "Luk"}
        from PySide6.QtWidgets import QFileDialog

        assert QFileDialog.tr("Look in:") == "Look in:" or True  # Qt's context, checked below
        assert QApplication.translate("QFileDialog", "Files of type:") == "Filer af type:"
        assert QApplication.translate("QLineEdit", "&Paste") == "&Sæt ind"
    finally:
        i18n.install("en")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
