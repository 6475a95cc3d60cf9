"""A first-time user's first episode, as one scripted walk through the real app.

First start (the welcome, the vault, the page that teaches the hotkey), the hotkey pressed
while a Facebook page is in front (fake hotkey backend, fake screen and desktop from
app/platform/fake.py: no display or window manager needed), the "capture saved" notification
clicked, the full editor with the capture attached and the channel guessed and marked, the
severity chosen, a few words, Save, and the episode selected in the list with its capture.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from vidne.app import platform
from vidne.app.episodes.store import EpisodeStore
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.fake import FakeDesktop, FakeHotkeyBackend, FakeScreen
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.security.setup_dialog import SetupDialog
from vidne.ui.tasks import wait_idle
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> FakeDesktop:
    """One 1366 × 768 monitor showing a Facebook page in Firefox."""
    page = Image.new("RGB", (1366, 768), (66, 103, 178))
    screen = FakeScreen([(1366, 768, page.tobytes("raw", "BGRX"))])
    front = FakeDesktop(("Opslag i Forældregruppen | Facebook – Mozilla Firefox", "firefox"))
    monkeypatch.setattr(platform, "screen_grabber", lambda: screen)
    monkeypatch.setattr(platform, "active_window", lambda: front)
    return front


@pytest.fixture
def first_start(
    qtbot: QtBot, vault_dir: Path, desktop: FakeDesktop
) -> Iterator[tuple[VidneApp, CaptureController, FakeHotkeyBackend]]:
    app = VidneApp(vault_dir, kdf=FAST_KDF)
    hotkey = FakeHotkeyBackend()
    ctrl = CaptureController(app, hotkey)
    app.hotkeys = ctrl
    assert ctrl.start()
    app.start()
    yield app, ctrl, hotkey
    ctrl.shutdown()
    if app.window is not None:
        app.window.editor.load(app.window.editor.current())  # nothing left to ask about
        app.window.hide()
    if app.vault is not None:
        app.vault.lock()
    wait_idle()


def test_first_start_to_first_episode(
    qtbot: QtBot, first_start: tuple[VidneApp, CaptureController, FakeHotkeyBackend]
) -> None:
    app, ctrl, hotkey = first_start
    # First start: the welcome, a passphrase, the page that teaches the hotkey.
    dialog = app.setup_dialog
    assert isinstance(dialog, SetupDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.findChild(object, "continueButton"), Qt.MouseButton.LeftButton)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.intro, timeout=10_000)
    with qtbot.waitSignal(app.unlocked, timeout=5000):
        qtbot.mouseClick(dialog.intro.done_button, Qt.MouseButton.LeftButton)
    window = app.window
    assert window is not None and window.model.rowCount() == 0

    # The hotkey, pressed while the Facebook page is in front.
    window.hide()  # the user is in the browser
    with qtbot.waitSignal(ctrl.service.saved, timeout=10_000) as saved:
        assert hotkey.press()
    capture_id = saved.args[0]
    [info] = CaptureStore(app.vault).inbox()
    assert info.id == capture_id and "Facebook" in info.window_title
    assert "Click here" in ctrl.tray.saved_message(False)

    # The notification clicked: the window, the full editor, the capture attached.
    ctrl.notification_clicked()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.pending == [capture_id], timeout=10_000)
    assert window.isVisible() and window.pages.currentIndex() == 0
    assert editor.channel.currentData() == "facebook" and editor.guess_note.isVisible()
    assert editor.severity.level() == 0  # not chosen for the user
    assert editor.evidence.captures.text().startswith("1 capture")

    # A level chosen, a few words, Save.
    editor.severity.setCurrentIndex(editor.severity.findData(3))
    qtbot.keyClicks(editor.description, "Opslag om mig i forældregruppen")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.", timeout=10_000)

    # The episode is there, selected, with its capture; the Inbox is empty.
    [episode] = EpisodeStore(app.vault).list()
    assert (episode.channel, episode.severity, episode.draft) == ("facebook", 3, False)
    taken = datetime.fromisoformat(info.captured_at)
    assert abs((episode.occurred() - taken).total_seconds()) < 1  # when it was captured
    current = window.current_episode()
    assert current is not None and current.id == episode.id
    assert window.table.selectionModel().isRowSelected(window.table.currentIndex().row())
    assert [c.id for c in CaptureStore(app.vault).for_episode(episode.id or 0)] == [capture_id]
    qtbot.waitUntil(lambda: window.inbox.list.count() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.episode_captures.list.count() == 1, timeout=10_000)
