"""The region overlay driven like a user would: drag, Esc, Enter (offscreen Qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot
from vidne.app.evidence import grab as capture
from vidne.ui.evidence.region_overlay import CaptureOverlay, grab_to_qimage

pytestmark = pytest.mark.gui


def frozen() -> capture.Grab:
    img = Image.new("RGB", (400, 300))
    img.putdata([(x % 256, y % 256, 77) for y in range(300) for x in range(400)])
    g = capture.Grab(
        img.tobytes("raw", "BGRX"),
        400,
        300,
        capture.Monitor(0, 0, 0, 400, 300),
        "2026-03-14T17:05:00.000+00:00",
        "+01:00",
        "hotkey",
        "region",
    )
    g.extra["monitors"] = [capture.Monitor(1, 0, 0, 400, 300).as_dict()]
    return g


def overlay(qtbot: QtBot) -> CaptureOverlay:
    widget = CaptureOverlay(frozen())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.resize(400, 300)
    return widget


def test_frozen_image_is_shown_with_its_exact_pixels() -> None:
    img = grab_to_qimage(frozen())
    assert (img.width(), img.height()) == (400, 300)
    assert img.pixelColor(123, 45).getRgb()[:3] == (123, 45, 77)


def test_drag_selects_a_region_and_the_crop_matches(qtbot: QtBot) -> None:
    widget = overlay(qtbot)
    with qtbot.waitSignal(widget.selected, timeout=2000) as sig:
        qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(150, 40))
        qtbot.mouseMove(widget, QPoint(100, 60))
        qtbot.mouseMove(widget, QPoint(50, 100))
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(50, 100))
    rect: QRect = sig.args[0]
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (50, 40, 100, 60)
    region = capture.region_from_frozen(
        widget.frozen, rect.x(), rect.y(), rect.width(), rect.height()
    )
    view = Image.open(io.BytesIO(capture.encode(region).view or b"")).convert("RGB")
    assert view.size == (100, 60) and view.getpixel((0, 0)) == (50, 40, 77)
    assert not widget.isVisible()


def test_a_click_without_dragging_selects_nothing(qtbot: QtBot) -> None:
    widget = overlay(qtbot)
    hits: list[QRect] = []
    widget.selected.connect(hits.append)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert hits == [] and widget.isVisible()


def test_escape_cancels(qtbot: QtBot) -> None:
    widget = overlay(qtbot)
    hits: list[QRect] = []
    widget.selected.connect(hits.append)
    with qtbot.waitSignal(widget.cancelled, timeout=2000):
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert hits == [] and not widget.isVisible()


def test_enter_takes_the_whole_monitor(qtbot: QtBot) -> None:
    widget = overlay(qtbot)
    with qtbot.waitSignal(widget.selected, timeout=2000) as sig:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert sig.args[0] == QRect(0, 0, 400, 300)
    region = capture.region_from_frozen(widget.frozen, 0, 0, 400, 300)
    assert region.crop is None and region.source == "screen"
