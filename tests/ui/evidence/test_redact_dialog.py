"""Drawing black boxes with the mouse stores a redacted copy; the original is unchanged."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.evidence.redact_dialog import RedactDialog

from tests.helpers.report import add_episode

pytestmark = pytest.mark.gui


def test_drag_undo_and_save(qtbot: QtBot, vault: Vault) -> None:
    add_episode(vault, "2026-02-03T09:00:00+01:00", "REDMARK", images=1)
    store = CaptureStore(vault)
    original = store.all()[0]
    before = store.data(original.id)
    dialog = RedactDialog(vault, original.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    canvas = dialog.canvas
    canvas.resize(640, 400)  # the 320x200 image is drawn at twice its size
    assert not dialog.save_button.isEnabled()
    target = canvas.target()

    def at(x: int, y: int) -> QPoint:
        return QPoint(int(target.x() + x * 2), int(target.y() + y * 2))

    for (x0, y0), (x1, y1) in (((10, 10), (60, 40)), ((100, 100), (150, 150))):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(x0, y0))
        qtbot.mouseMove(canvas, at(x1, y1))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(x1, y1))
    assert len(canvas.boxes) == 2
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert canvas.boxes == [(10, 10, 50, 30)]
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new_id = saved.args[0]
    assert store.data(original.id) == before
    assert store.get(new_id).source == "redaction"
    with Image.open(io.BytesIO(store.data(new_id))) as im:
        rgb = im.convert("RGB")
        assert rgb.getpixel((20, 20)) == (0, 0, 0)
        assert rgb.getpixel((120, 120)) != (0, 0, 0)  # the undone box is not there
