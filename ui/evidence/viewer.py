"""A capture at full size: zoom with Ctrl+wheel or the buttons, pan by dragging.

It opens fitted to the window (never enlarged beyond 100 %) and keeps fitting as the window is
resized until the user zooms. The title is "Capture <local time>", not the captured window's
title (which can be a stranger's name or an insult); a line under the picture says when it was
taken, how, and its SHA-256. A click anywhere on a blurred capture shows it.

The image is decoded from the vault's bytes in memory; nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes import vocabulary
from vidne.app.evidence import origin, redaction
from vidne.app.evidence.store import CaptureInfo, earliest_local
from vidne.app.evidence.trusted_time import tokens
from vidne.app.vault.store import Vault
from vidne.ui.evidence.blurred_image import blur_enabled, blurred
from vidne.ui.evidence.image_decode import decode
from vidne.ui.tasks import run_db

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


class ZoomView(QGraphicsView):
    """A graphics view that pans with the mouse and zooms around the cursor."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureView")
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom = 1.0
        self.fitting = True  # follow the window's size until the user zooms

    def set_zoom(self, factor: float) -> None:
        self.fitting = False
        self._scale_to(factor)

    def _scale_to(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom = factor

    def fit_width_height(self) -> None:
        """Shrink the picture to the view (a small one stays at 100 %)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        room = self.viewport().rect().adjusted(2, 2, -2, -2)
        self._scale_to(min(1.0, room.width() / rect.width(), room.height() / rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fitting:
            self.fit_width_height()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.zoom * step)
            event.accept()
        else:
            super().wheelEvent(event)


class CaptureViewer(QDialog):
    """*info*: the capture's stored details (a plain string is only a caption for them)."""

    def __init__(
        self, data: bytes, info: CaptureInfo | str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captureViewer")
        self.info = info if isinstance(info, CaptureInfo) else None
        self.setWindowTitle(self._title())
        self.resize(1000, 700)
        image, _scale = decode(data)  # upright (EXIF), and large pictures too
        self.valid = not image.isNull()
        self.image = image
        # People should not have to see the abuse again every time: blurred until clicked.
        self.revealed = not (self.valid and blur_enabled())
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem(
            QPixmap.fromImage(image if self.revealed else blurred(image))
        )
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = ZoomView(self)
        self.view.setScene(self.scene)
        self.view.setAccessibleName(self.tr("Capture"))
        self.view.clicked.connect(self.reveal)
        self.size_label = QLabel(f"{image.width()} × {image.height()} px", self)
        self.details = QLabel(self._details(), self)
        self.details.setObjectName("captureDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(self._buttons())
        if not self.valid:
            self.size_label.setText(self.tr("This capture cannot be shown as an image."))

    def _title(self) -> str:
        if self.info is None:
            return self.tr("Capture")
        return self.tr("Capture %1").replace("%1", _local_time(self.info))

    def _details(self) -> str:
        """'Taken 2026-03-14 18:05:07 · Hotkey · SHA-256 5552a7…' (the full hash, selectable)."""
        if self.info is None:
            return ""
        text = " · ".join(
            (
                self.tr("Taken %1").replace("%1", _local_time(self.info)),
                vocabulary.label("trigger", self.info.trigger),
                "SHA-256 " + self.info.sha256,
            )
        )
        if origin.unverifiable(self.info):  # came through the sealed inbox: its word only
            text += "\n" + origin.note()
        if self.info.redacted_from is not None:
            text += "\n" + redaction.mark(self.info.redacted_from)
        return text

    # --- trusted time: the token's time and service under the details, when there is one ---
    def show_trusted_time(self, vault: Vault) -> None:
        if self.info is None:
            return
        capture_id = self.info.id

        def lookup() -> str:
            with vault.read() as conn:
                return tokens.shown_for(conn, capture_id)

        # a lookup that fails (the vault locked meanwhile) leaves the details as they are
        run_db(lookup, self._trusted_time_found, lambda _exc: None)

    def _trusted_time_found(self, line: str) -> None:
        if line:
            self.details.setText(self.details.text() + "\n" + line)

    def reveal(self) -> None:
        if not self.revealed:
            self.revealed = True
            self.item.setPixmap(QPixmap.fromImage(self.image))
            self.reveal_button.hide()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("Show the image"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(
            self.tr("The capture is blurred until you choose to see it (Settings → Privacy).")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.setVisible(not self.revealed)
        row.addWidget(self.reveal_button)
        for name, text, key, slot in (
            (
                "zoomIn",
                self.tr("Zoom in"),
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.view.set_zoom(self.view.zoom * ZOOM_STEP),
            ),
            (
                "zoomOut",
                self.tr("Zoom out"),
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.view.set_zoom(self.view.zoom / ZOOM_STEP),
            ),
            (
                "actualSize",
                self.tr("Actual size"),
                QKeySequence("Ctrl+0"),
                lambda: self.view.set_zoom(1.0),
            ),
            ("fit", self.tr("Fit"), QKeySequence("Ctrl+9"), self.fit),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.size_label)
        return row

    def fit(self) -> None:
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.view.zoom = self.view.transform().m11()


def _local_time(info: CaptureInfo) -> str:
    """When the capture was taken, in the local time it was taken in: '2026-03-14 18:05:07'."""
    return earliest_local([info]).replace("T", " ")[:19]
