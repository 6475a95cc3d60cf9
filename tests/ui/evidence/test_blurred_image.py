"""Captures and images are blurred until clicked (a setting, on by default)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from vidne.ui.evidence.blurred_image import (
    PrivacySection,
    blur_enabled,
    blurred,
    set_blur_enabled,
)
from vidne.ui.evidence.viewer import CaptureViewer

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


def png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def contrast(image: QImage, y: int) -> int:
    """The largest brightness step between neighbouring pixels on row *y*."""
    values = [QColor(image.pixel(x, y)).lightness() for x in range(40, image.width() - 40)]
    return max(abs(a - b) for a, b in zip(values, values[1:], strict=False))


def test_the_blur_makes_text_unreadable_and_keeps_the_size() -> None:
    image = text_like_image()
    soft = blurred(image)
    assert soft.size() == image.size()
    assert contrast(image, 120) > 200
    assert contrast(soft, 120) < 40  # the strokes are gone


def test_setting_off_shows_images_directly(qtbot: QtBot) -> None:
    section = PrivacySection()
    qtbot.addWidget(section)
    assert blur_enabled() and section.blur.isChecked()
    section.blur.setChecked(False)
    section.apply()
    assert not blur_enabled()
    viewer = CaptureViewer(png(text_like_image()))
    qtbot.addWidget(viewer)
    assert viewer.revealed and contrast(viewer.item.pixmap().toImage(), 120) > 200
    set_blur_enabled(True)
    blurred_viewer = CaptureViewer(png(text_like_image()))
    qtbot.addWidget(blurred_viewer)
    assert not blurred_viewer.revealed
    assert contrast(blurred_viewer.item.pixmap().toImage(), 120) < 40
