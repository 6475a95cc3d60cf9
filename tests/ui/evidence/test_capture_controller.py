"""The capture pieces inside the real app: Inbox tab, episode captures dock, close-to-tray,
the tray's lock, and the settings section — offscreen, with the fake hotkey backend."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.platform.base import parse_sequence
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.app.vault.store import Vault
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.tasks import wait_idle
from vidne.ui.window.actions import MainAction
from vidne.ui.window.controller import VidneApp
from vidne.ui.window.hotkey_settings import HotkeySettings
from vidne.ui.window.settings_dialog import SettingsDialog

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


def settle() -> None:
    wait_idle()
    QApplication.processEvents()


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 40), (30, 90, 200)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def running(qtbot: QtBot, vault_dir: Path) -> Iterator[tuple[VidneApp, CaptureController]]:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    app = VidneApp(vault_dir)
    ctrl = CaptureController(app, FakeHotkeyBackend())
    assert ctrl.start()
    app.start()
    assert app.unlock_dialog is not None
    app.unlock_dialog.unlocked.emit(Vault.open(vault_dir, PASSPHRASE))
    qtbot.waitUntil(
        lambda: ctrl.inbox is not None and ctrl.episode_captures is not None, timeout=5000
    )
    yield app, ctrl
    ctrl.shutdown()
    if app.vault is not None:
        app.vault.lock()


def test_inbox_tab_and_episode_captures_follow_the_selection(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController]
) -> None:
    app, ctrl = running
    assert app.window is not None and app.vault is not None and ctrl.inbox is not None
    titles = [app.window.pages.tabText(i) for i in range(app.window.pages.count())]
    assert titles == ["Episodes", "Inbox", "Overview", "Guide"]
    data = png()
    CaptureStore(app.vault).add(
        NewCapture(
            original=data,
            thumb=data,
            mime="image/png",
            captured_at="2026-03-14T17:05:00.000+00:00",
            utc_offset="+01:00",
            trigger="tray",
            width=60,
            height=40,
            window_title="TikTok",
        )
    )
    with qtbot.waitSignal(ctrl.inbox.countChanged, timeout=5000):
        ctrl.inbox.reload()
    settle()  # the unlock's own reloads (sealed import, inbox) must not clear the selection
    ctrl.inbox.list.selectAll()
    ctrl.inbox.make_episode("Kommentar under video")
    strip = ctrl.episode_captures
    assert strip is not None
    qtbot.waitUntil(
        lambda: app.window is not None and app.window.model.rowCount() == 1, timeout=5000
    )
    app.window.table.selectRow(0)
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=5000)
    assert ctrl.inbox.list.count() == 0
    strip.list.selectAll()
    strip.detach_selected()
    qtbot.waitUntil(
        lambda: strip.list.count() == 0 and ctrl.inbox is not None and ctrl.inbox.list.count() == 1,
        timeout=5000,
    )


def test_tray_lock_locks_and_drops_the_capture_pages(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, ctrl = running
    with qtbot.waitSignal(app.locked, timeout=5000):
        ctrl.tray.actions["lock"].trigger()
    assert app.vault is None and ctrl.inbox is None
    assert not ctrl.tray.actions["lock"].isEnabled()


def test_settings_section_reports_a_taken_hotkey(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController]
) -> None:
    app, ctrl = running
    assert isinstance(ctrl.backend, FakeHotkeyBackend) and app.window is not None
    ctrl.backend.taken = {parse_sequence("Ctrl+Shift+F12")}
    app.window.action(MainAction.SETTINGS).trigger()  # Settings… in the File menu
    dialog = app.window.findChild(SettingsDialog)
    assert dialog is not None
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["General", "Capture", "Privacy", "Trusted time"]
    widget = dialog.tabs.widget(1)
    assert isinstance(widget, HotkeySettings)
    widget.edit.setKeySequence(QKeySequence("Ctrl+Shift+F12"))
    assert not widget.register()
    assert "already used" in widget.status.text()
    dialog.reject()
