"""Captures and images are blurred until clicked (a setting, on by default)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from vidne.ui.evidence.blurred_image import (
    BlurredImage,
    PrivacySection,
    blur_enabled,
    set_blur_enabled,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


def text_like_image() -> QImage:
    """Black 2-px strokes on white: the high-contrast detail of text in a screenshot."""
    image = QImage(400, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for x in range(0, 400, 4):
        painter.fillRect(x, 0, 2, 240, QColor("black"))
    painter.end()
    return image


def contrast(image: QImage, y: int) -> int:
    """The largest brightness step between neighbouring pixels on row *y*."""
    values = [QColor(image.pixel(x, y)).lightness() for x in range(40, image.width() - 40)]
    return max(abs(a - b) for a, b in zip(values, values[1:], strict=False))


def test_blurred_by_default_until_clicked(qtbot: QtBot) -> None:
    assert blur_enabled()
    widget = BlurredImage()
    qtbot.addWidget(widget)
    widget.resize(400, 240)
    widget.set_image(text_like_image())
    widget.show()
    assert not widget.is_revealed
    assert contrast(widget.shown_image(), 120) < 40  # the strokes are gone
    on_screen = widget.grab().toImage()
    assert contrast(on_screen, 60) < 60
    with qtbot.waitSignal(widget.revealed, timeout=2000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(200, 120))
    assert widget.is_revealed and contrast(widget.shown_image(), 120) > 200
    assert contrast(widget.grab().toImage(), 60) > 200
    widget.conceal()
    assert not widget.is_revealed


def test_setting_off_shows_images_directly(qtbot: QtBot) -> None:
    section = PrivacySection()
    qtbot.addWidget(section)
    assert section.blur.isChecked()
    section.blur.setChecked(False)
    section.apply()
    assert not blur_enabled()
    widget = BlurredImage()
    qtbot.addWidget(widget)
    widget.set_image(text_like_image())
    assert widget.is_revealed and contrast(widget.shown_image(), 120) > 200
    set_blur_enabled(True)
