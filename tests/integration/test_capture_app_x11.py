"""The whole app with capture wired in: hotkey while the window is hidden, Inbox, lock/seal,
unlock/import, a tampered sealed file, and the GUI thread never stalling."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.x11 import X11Hotkey
from vidne.app.vault.store import Vault
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.xserver import pattern, show_on_root

pytestmark = [pytest.mark.x11, pytest.mark.gui]


@pytest.fixture
def x_display(x_display: str) -> Iterator[str]:
    """The shared X screen (tests/integration/conftest.py), showing a known pattern."""
    show_on_root(x_display, pattern(1280, 800))
    yield x_display


class StallMeter:
    """Ticks every 5 ms on the GUI thread; the longest gap is the worst stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def xdotool(qtbot: QtBot, *args: str) -> None:
    """Run xdotool without blocking the GUI thread (the stall meter must see only Vidne)."""
    proc = subprocess.Popen(["xdotool", *args], env=dict(os.environ))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=5000)
    assert proc.returncode == 0


def press_hotkey(qtbot: QtBot) -> None:
    xdotool(qtbot, "key", "ctrl+alt+shift+s")


@pytest.fixture
def running(
    qtbot: QtBot, x_display: str, vault_dir: Path
) -> Iterator[tuple[VidneApp, CaptureController]]:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    app = VidneApp(vault_dir)
    ctrl = CaptureController(app, X11Hotkey())
    assert ctrl.start() and ctrl.hotkey_problem == ""
    app.start()
    yield app, ctrl
    ctrl.shutdown()
    if app.window is not None:
        app.window.wipe()
    if app.vault is not None:
        app.vault.lock()


def unlock(app: VidneApp, qtbot: QtBot, directory: Path) -> None:
    assert app.unlock_dialog is not None
    app.unlock_dialog.unlocked.emit(Vault.open(directory, PASSPHRASE))
    qtbot.waitUntil(lambda: app.window is not None, timeout=5000)


def inbox_count(ctrl: CaptureController) -> int:
    return ctrl.inbox.list.count() if ctrl.inbox is not None else -1


def test_hotkey_while_hidden_lands_in_the_inbox_and_the_gui_never_stalls(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, ctrl = running
    unlock(app, qtbot, vault_dir)
    assert app.window is not None
    qtbot.waitUntil(lambda: inbox_count(ctrl) == 0, timeout=5000)
    app.window.hide()  # in the tray
    meter = StallMeter()
    for n, numlock in ((1, False), (2, True)):
        if numlock:
            xdotool(qtbot, "key", "Num_Lock")
        started = time.monotonic()
        press_hotkey(qtbot)
        qtbot.waitUntil(lambda n=n: inbox_count(ctrl) == n, timeout=2000)
        assert time.monotonic() - started < 2.0
    meter.timer.stop()
    assert meter.worst < 50, f"GUI thread stalled {meter.worst} ms"
    assert not app.window.isVisible()


def test_locked_captures_are_sealed_then_imported_and_a_tampered_one_set_aside(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, ctrl = running
    hashes: list[str] = []
    ctrl.service.saved.connect(lambda _id, sealed, sha: hashes.append(sha) if sealed else None)
    for n in (1, 2, 3):  # locked from the start: never unlocked yet
        press_hotkey(qtbot)
        qtbot.waitUntil(lambda n=n: len(hashes) == n, timeout=2000)
    files = sealed_inbox.pending(vault_dir)
    assert len(files) == 3
    raw = bytearray(files[0].read_bytes())
    raw[-10] ^= 0xFF
    files[0].write_bytes(bytes(raw))
    unlock(app, qtbot, vault_dir)
    qtbot.waitUntil(lambda: inbox_count(ctrl) == 2, timeout=5000)
    assert len(ctrl.rejected_messages) == 1 and files[0].name in ctrl.rejected_messages[0]
    box = app.window.findChild(QMessageBox, "sealedRejected") if app.window else None
    assert box is not None and "rejected" in box.text()
    assert (vault_dir / "inbox" / "rejected" / files[0].name).exists()
    assert app.vault is not None
    imported = CaptureStore(app.vault).inbox()
    assert {i.sha256 for i in imported} <= set(hashes) and len(imported) == 2
    assert all(i.sealed == 1 and i.trigger == "hotkey" for i in imported)
    assert sealed_inbox.pending(vault_dir) == []


def test_cli_region_request_opens_the_overlay_and_stores_the_selection(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    """`vidne capture --region` → frozen screen in the overlay → drag → original + view."""
    import io

    from PIL import Image
    from PySide6.QtCore import QPoint, Qt

    app, ctrl = running
    unlock(app, qtbot, vault_dir)
    ctrl.on_request({"region": True, "all": False, "monitor": None, "delay": 0, "trigger": "cli"})
    qtbot.waitUntil(lambda: ctrl.overlay is not None and ctrl.overlay.isVisible(), timeout=5000)
    overlay = ctrl.overlay
    assert overlay is not None
    overlay.resize(1280, 800)
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 50))
    qtbot.mouseMove(overlay, QPoint(300, 150))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 150))
    qtbot.waitUntil(lambda: inbox_count(ctrl) == 1, timeout=5000)
    assert app.vault is not None
    [info] = CaptureStore(app.vault).inbox()
    assert info.source == "region" and info.trigger == "cli" and info.crop is not None
    expected = pattern(1280, 800)
    original = Image.open(io.BytesIO(CaptureStore(app.vault).data(info.id))).convert("RGB")
    view = Image.open(io.BytesIO(CaptureStore(app.vault).shown(info.id))).convert("RGB")
    assert original.tobytes() == expected.tobytes()
    assert view.tobytes() == expected.crop((100, 50, 300, 150)).tobytes()


def test_capture_from_the_window_hides_it_and_shows_it_again(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, ctrl = running
    unlock(app, qtbot, vault_dir)
    assert app.window is not None
    action = app.window.findChild(QAction, "windowCaptureScreen")
    assert action is not None
    action.trigger()
    assert not app.window.isVisible()
    qtbot.waitUntil(lambda: inbox_count(ctrl) == 1, timeout=5000)
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=2000)
    assert app.vault is not None
    assert CaptureStore(app.vault).inbox()[0].trigger == "window"
