"""After Lock, Vidne holds no reference to the passphrase or to anything the vault showed.

The attack: someone gets at the memory of a running, locked Vidne (a swap file, a crash
report, a debugger). CPython cannot overwrite an immutable ``str``: its bytes stay in freed
memory until reused. What the app can promise, and what this test checks, is that after Lock
no Python object anywhere in the process still refers to the passphrase or to the text of an
episode, a sender or a captured window title (so nothing can show or use them again), and
that the frozen desktop of a region capture is let go.
"""

from __future__ import annotations

import gc
import hashlib
import io
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import grab as capture
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.app.vault.store import Vault
from vidne.ui.editor.history_view import HistoryView
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.evidence.viewer import CaptureViewer
from vidne.ui.security.autolock import AutoLock
from vidne.ui.security.backup_actions import BackupActions
from vidne.ui.tasks import wait_idle
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF

pytestmark = pytest.mark.gui
# Kept in parts, so that this module itself holds no whole copy of either.
SECRET = ("Hemmelige", " heste ", "løber ", "over ", "broen 77")
MARKER = ("ZQX", "markør", "episode", "tekst", "91")


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def holders() -> list[str]:
    """Every object (frames aside: the test's own) that refers to the passphrase or to a
    string containing the marker."""
    gc.collect()
    secret, marker = digest("".join(SECRET)), "".join(MARKER)
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, types.FrameType):
            continue
        for ref in gc.get_referents(obj):
            if isinstance(ref, str) and (marker in ref or digest(ref) == secret):
                found.append(f"{type(obj).__name__}: {ref[:40]!r}")
    return found


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 40), (30, 90, 200)).save(buf, "PNG")
    return buf.getvalue()


def frozen_desktop() -> capture.Grab:
    return capture.Grab(
        bytes(400 * 300 * 4), 400, 300, capture.Monitor(0, 0, 0, 400, 300),
        "2026-03-14T17:05:00.000+00:00", "+01:00", "hotkey", "region",
    )  # fmt: skip


@pytest.fixture
def vault_dir_filled(vault_dir: Path) -> Path:
    marker = "".join(MARKER)
    with Vault.create(vault_dir, "".join(SECRET), FAST_KDF) as vault:
        episode = EpisodeStore(vault).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="sms",
                severity=3,
                sender=f"Chef {marker}",
                description=f"Han skrev: {marker}",
            )
        )
        data = png()
        CaptureStore(vault).add(
            NewCapture(
                original=data, thumb=data, mime="image/png", width=60, height=40,
                captured_at="2026-03-14T17:05:00.000+00:00", utc_offset="+01:00",
                trigger="hotkey", window_title=f"Chat {marker}",
            )
        )  # fmt: skip
        assert episode.id is not None
    return vault_dir


@pytest.fixture
def app(qtbot: QtBot, vault_dir_filled: Path) -> Iterator[tuple[VidneApp, CaptureController]]:
    controller = VidneApp(vault_dir_filled)
    safety = (AutoLock(controller), BackupActions(controller))
    capturing = CaptureController(controller, FakeHotkeyBackend())
    assert capturing.start()
    controller.start()
    yield controller, capturing
    del safety
    capturing.shutdown()
    if controller.vault is not None:
        controller.vault.lock()


def settle() -> None:
    wait_idle()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def show_everything(qtbot: QtBot, controller: VidneApp, capturing: CaptureController) -> None:
    """Every page, the capture viewer, the history view and a region capture (then Esc)."""
    window, vault = controller.window, controller.vault
    assert window is not None and vault is not None
    for page in range(window.pages.count()):  # the list, the Inbox, the overview, the guide
        window.pages.setCurrentIndex(page)
        qtbot.wait(200)
    settle()
    info = CaptureStore(vault).inbox()[0]
    CaptureViewer(CaptureStore(vault).shown(info.id), info, window).show()
    episode_id = EpisodeStore(vault).list()[0].id
    assert episode_id is not None
    history = HistoryView(vault, episode_id, window)
    history.show()
    qtbot.waitUntil(lambda: history.tree.topLevelItemCount() == 1, timeout=5000)
    capturing.show_overlay(frozen_desktop())
    assert capturing.overlay is not None
    capturing.overlay.close()
    settle()


def test_after_lock_nothing_refers_to_the_passphrase_or_what_was_shown(
    qtbot: QtBot, app: tuple[VidneApp, CaptureController]
) -> None:
    controller, capturing = app
    # Grabs other tests of this process left behind are theirs; this test owns the rest.
    earlier = {id(o) for o in gc.get_objects() if isinstance(o, capture.Grab)}
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, "".join(SECRET))  # typed, as a user would
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    show_everything(qtbot, controller, capturing)
    assert holders() != []  # while unlocked the app shows the episode: the probe works
    assert controller.lock()
    settle()
    assert holders() == []
    assert capturing.overlay is None
    assert not [o for o in gc.get_objects() if isinstance(o, capture.Grab) and id(o) not in earlier]
    assert dialog.passphrase.text() == ""
