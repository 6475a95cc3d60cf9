"""Captures and images shown blurred until clicked, so the abuse is not seen again every time.

Use :class:`BlurredImage` wherever a capture is previewed (Inbox, viewer, editor). The setting
(on by default) lives in QSettings under ``privacy/blur_captures``; the blur is computed in
memory (downscale, then smooth upscale), never written anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QVBoxLayout, QWidget
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


class BlurredImage(QWidget):
    """Shows an image scaled to fit; blurred (if the setting is on) until clicked."""

    revealed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blurredImage")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image = QImage()
        self._blurred = QImage()
        self._revealed = True

    def set_image(self, image: QImage | QPixmap) -> None:
        """Show a new image; it starts hidden behind the blur when the setting is on."""
        self._image = image.toImage() if isinstance(image, QPixmap) else QImage(image)
        self._blurred = blurred(self._image) if blur_enabled() else QImage()
        self._revealed = not blur_enabled()
        self.setToolTip("" if self._revealed else self.tr("Click to show the image"))
        self.update()

    def clear(self) -> None:
        self._image = QImage()
        self._blurred = QImage()
        self.update()

    @property
    def is_revealed(self) -> bool:
        return self._revealed

    def reveal(self) -> None:
        if not self._revealed:
            self._revealed = True
            self.setToolTip("")
            self.update()
            self.revealed.emit()

    def conceal(self) -> None:
        if blur_enabled() and not self._image.isNull():
            if self._blurred.isNull():
                self._blurred = blurred(self._image)
            self._revealed = False
            self.update()

    def shown_image(self) -> QImage:
        """What is on screen now (the blurred copy until revealed); used by tests."""
        return self._image if self._revealed else self._blurred

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 200)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.reveal()
        super().mousePressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        image = self.shown_image()
        if image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter.drawImage(target, image)
        if not self._revealed:
            painter.fillRect(target, QColor(255, 255, 255, 60))
            painter.setPen(QColor("#222"))
            painter.drawText(
                target, Qt.AlignmentFlag.AlignCenter, self.tr("Blurred – click to show")
            )
        painter.end()


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
