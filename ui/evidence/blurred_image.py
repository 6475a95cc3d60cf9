"""Captures and images shown blurred until clicked, so the abuse is not seen again every time.

The Inbox and episode thumbnails (:func:`thumbnail_pixmap`) and the capture viewer use it. The
setting (on by default) lives in QSettings under ``privacy/blur_captures``; the blur is computed in
memory (downscale, then smooth upscale), never written anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget
from vidne.ui import settings

SETTING = "privacy/blur_captures"


def blur_enabled() -> bool:
    value = settings.settings().value(SETTING, True)
    return value not in (False, "false", "0", 0)


def set_blur_enabled(enabled: bool) -> None:
    settings.settings().setValue(SETTING, bool(enabled))


def blurred(image: QImage, factor: int = 24) -> QImage:
    """A strongly blurred copy: text in it cannot be read, shapes and colours remain."""
    if image.isNull():
        return image
    small = image.scaled(
        max(1, image.width() // factor),
        max(1, image.height() // factor),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    smaller = small.scaled(
        max(1, small.width() // 2),
        max(1, small.height() // 2),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return smaller.scaled(
        image.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def thumbnail_pixmap(data: bytes) -> QPixmap:
    """A list thumbnail from stored PNG bytes, blurred when the privacy setting is on."""
    image = QImage.fromData(data)
    return QPixmap.fromImage(blurred(image, factor=8) if blur_enabled() else image)


class PrivacySection(QWidget):
    """Settings tab: the blur switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blur = QCheckBox(self.tr("Show captures and images blurred until I click them"), self)
        self.blur.setObjectName("blurCapturesCheck")
        self.blur.setChecked(blur_enabled())
        note = QLabel(
            self.tr(
                "So you do not have to see the abuse again every time you open Vidne. The originals are never changed."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blur)
        layout.addWidget(note)
        layout.addStretch(1)

    def apply(self) -> None:
        set_blur_enabled(self.blur.isChecked())


def privacy_section(parent: QWidget, _vault: object) -> tuple[str, QWidget]:
    section = PrivacySection(parent)
    return QCoreApplication.translate("PrivacySection", "Privacy"), section
