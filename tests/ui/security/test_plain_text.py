"""Names and text from outside Vidne are shown literally, never rendered as HTML.

A window title, a file name, an e-mail header or an episode's text set to
``<h1 style="color:red">THE VAULT IS DAMAGED</h1>`` must appear as those characters, in the
Inbox, in the message at unlock about files set aside, in the capture viewer and in the
history view. The app's style makes every label plain text unless the code asked for rich text
(ui/plain_text.py); tooltips are escaped."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.app.vault.store import Vault
from vidne.ui import plain_text
from vidne.ui.editor.history_view import HistoryView
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.viewer import CaptureViewer
from vidne.ui.tasks import wait_idle
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env

pytestmark = pytest.mark.gui
HOSTILE = '<h1 style="color:red">THE VAULT IS DAMAGED</h1>'
HOSTILE_NAME = '<h1 style="color:red">THE VAULT IS DAMAGED'  # a file name cannot hold "/"


@pytest.fixture(autouse=True)
def app_style(qapp: QApplication) -> None:
    plain_text.install(qapp)  # as make_qapp does for the real app (first test below)


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 40), (30, 90, 200)).save(buf, "PNG")
    return buf.getvalue()


def add_capture(vault: Vault, **fields: str) -> int:
    data = png()
    return CaptureStore(vault).add(
        NewCapture(
            original=data, thumb=data, mime="image/png", width=60, height=40,
            captured_at="2026-03-14T17:05:00.000+00:00", utc_offset="+01:00", trigger="hotkey",
            **fields,  # type: ignore[arg-type]
        )
    )  # fmt: skip


def modal_text_when_shown(qtbot: QtBot) -> list[tuple[Qt.TextFormat, str]]:
    """Read the next modal message box's label, then close it (it would block the test)."""
    seen: list[tuple[Qt.TextFormat, str]] = []

    def look() -> None:
        # Any visible message box, not activeModalWidget(): a dialog another test left open
        # would be "the" modal widget and this would wait for ever.
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, look)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((label.textFormat(), label.text()))
        box.close()

    QTimer.singleShot(0, look)
    return seen


def test_the_app_installs_the_plain_text_style() -> None:
    code = (
        "from vidne.ui.window.controller import make_qapp\n"
        "from vidne.ui.plain_text import PlainByDefault\n"
        "print(isinstance(make_qapp('en').style(), PlainByDefault))\n"
    )
    env = {**cli_env(Path.cwd()), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "True", out.stderr


def test_inbox_shows_a_hostile_window_title_and_mail_literally(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_capture(vault, window_title=HOSTILE)
    page = InboxPage(vault)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.countChanged, timeout=5000):
        page.reload()
    item = page.list.item(0)
    assert HOSTILE[:60] in item.text()  # item views draw plain text
    assert '&lt;h1 style="color:red"&gt;' in item.toolTip()  # escaped: shown as typed
    mail = tmp_path / "trussel.eml"
    mail.write_bytes(f"From: {HOSTILE}\r\nSubject: {HOSTILE}\r\n\r\n{HOSTILE}\r\n".encode())
    with qtbot.waitSignal(page.countChanged, timeout=5000):
        page.import_files([mail])
    mail_id = next(i.id for i in page.infos.values() if i.original_name == "trussel.eml")
    seen: list[tuple[Qt.TextFormat, str]] = []

    def information(parent: QWidget, title: str, text: str) -> None:
        # The real box, shown without its own event loop (a modal loop that no timer of the
        # test can reach hung the whole suite in CI): the app's style decides its label's format.
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.show()
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((label.textFormat(), label.text()))
        box.close()

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    page.open_capture(mail_id)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    text_format, text = seen[0]
    assert text_format == Qt.TextFormat.PlainText and f"Subject: {HOSTILE}" in text
    wait_idle()


@pytest.fixture
def running(qtbot: QtBot, vault_dir: Path) -> Iterator[tuple[VidneApp, CaptureController]]:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    app = VidneApp(vault_dir)
    ctrl = CaptureController(app, FakeHotkeyBackend())
    assert ctrl.start()
    yield app, ctrl
    ctrl.shutdown()
    if app.vault is not None:
        app.vault.lock()


def test_a_planted_inbox_file_name_is_shown_literally_at_unlock(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, _ctrl = running
    planted = vault_dir / "inbox" / f"{HOSTILE_NAME}{sealed_inbox.SUFFIX}"
    planted.write_bytes(b"not a sealed capture")
    app.start()
    assert app.unlock_dialog is not None
    app.unlock_dialog.unlocked.emit(Vault.open(vault_dir, PASSPHRASE))
    qtbot.waitUntil(lambda: app.window is not None, timeout=5000)
    assert app.window is not None
    qtbot.waitUntil(
        lambda: (
            app.window is not None
            and app.window.findChild(QMessageBox, "sealedRejected") is not None
        ),
        timeout=10_000,
    )
    box = app.window.findChild(QMessageBox, "sealedRejected")
    label = box.findChild(QLabel, "qt_msgbox_label")
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE_NAME in label.text()
    box.close()
    wait_idle()


def test_viewer_and_history_show_hostile_text_literally(qtbot: QtBot, vault: Vault) -> None:
    capture_id = add_capture(vault, window_title=HOSTILE, original_name=HOSTILE_NAME)
    info = CaptureStore(vault).get(capture_id)
    viewer = CaptureViewer(png(), info)
    qtbot.addWidget(viewer)
    viewer.show()
    assert "<" not in viewer.windowTitle()  # "Capture <local time>": never the window's title
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in viewer.findChildren(QLabel)
    )
    store = EpisodeStore(vault)
    episode = store.add(
        Episode(occurred_at="2026-03-14T18:05:00+01:00", channel="sms", severity=2, description="x")
    )
    episode.description = HOSTILE
    store.update(episode)
    assert episode.id is not None
    episode_id = episode.id
    view = HistoryView(vault, episode_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2, timeout=5000)
    shown = [
        view.tree.topLevelItem(i).child(j).text(col)
        for i in range(2)
        for j in range(view.tree.topLevelItem(i).childCount())
        for col in (1, 2)
    ]
    assert HOSTILE in shown  # tree items draw plain text
    assert view.note.textFormat() == Qt.TextFormat.PlainText
    wait_idle()


def test_labels_the_code_marks_as_rich_stay_rich(qtbot: QtBot) -> None:
    label = QLabel("<b>ours</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    qtbot.addWidget(label)
    label.show()
    assert label.textFormat() == Qt.TextFormat.RichText
    plain = QLabel(HOSTILE)
    qtbot.addWidget(plain)
    plain.show()
    assert plain.textFormat() == Qt.TextFormat.PlainText
