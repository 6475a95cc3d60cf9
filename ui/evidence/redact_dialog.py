"""Draw black boxes over a capture; a redacted copy is stored, the original stays untouched.

The boxes are kept in the image's own pixels (not the widget's), so what is saved covers
exactly what the user covered on screen, whatever the zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from vidne.app.evidence import redaction
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.evidence.image_decode import decode
from vidne.ui.tasks import run_db

Box = tuple[int, int, int, int]


def scaled_box(box: Box, factor: float) -> Box:
    if factor == 1.0:
        return box
    x, y, w, h = box
    return int(x * factor), int(y * factor), int(w * factor + 0.999), int(h * factor + 0.999)


class RedactCanvas(QWidget):
    """Shows the image fitted to the widget; dragging adds a black box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactCanvas")
        self.image = QImage()
        self.boxes: list[Box] = []
        self._start: QPointF | None = None
        self._current: QRectF | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, 600)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.boxes.clear()
        self.update()

    def target(self) -> QRectF:
        """Where the image is drawn: fitted, centred, aspect ratio kept."""
        if self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_image(self, point: QPointF) -> QPointF:
        t = self.target()
        scale = self.image.width() / t.width() if t.width() else 1.0
        return QPointF((point.x() - t.x()) * scale, (point.y() - t.y()) * scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self.image.isNull():
            self._start = self.to_image(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._start is not None:
            self._current = QRectF(self._start, self.to_image(event.position())).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._start is None:
            return
        rect = QRectF(self._start, self.to_image(event.position())).normalized()
        bounded = rect.toAlignedRect().intersected(QRect(QPoint(0, 0), self.image.size()))
        self._start, self._current = None, None
        if bounded.width() > 1 and bounded.height() > 1:
            self.boxes.append((bounded.x(), bounded.y(), bounded.width(), bounded.height()))
            self.changed.emit()
        self.update()

    def undo(self) -> None:
        if self.boxes:
            self.boxes.pop()
            self.changed.emit()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.image.isNull():
            return
        t = self.target()
        painter.drawImage(t, self.image)
        scale = t.width() / self.image.width()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0))
        shapes = [QRectF(*b) for b in self.boxes] + ([self._current] if self._current else [])
        for r in shapes:
            painter.drawRect(
                QRectF(
                    t.x() + r.x() * scale,
                    t.y() + r.y() * scale,
                    r.width() * scale,
                    r.height() * scale,
                )
            )


class RedactDialog(QDialog):
    loaded = Signal()
    saved = Signal(int)  # id of the redacted copy

    def __init__(self, vault: Vault, capture_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactDialog")
        self.setWindowTitle(self.tr("Redact for the report"))
        self.vault, self.capture_id = vault, capture_id
        self.scale = 1.0
        self.canvas = RedactCanvas(self)
        note = QLabel(
            self.tr(
                "Drag to cover names or details with solid black boxes. A copy is "
                "saved with its own fingerprint; the original stays unchanged in "
                "the vault. Blurring is not used: it can be undone."
            ),
            self,
        )
        note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.undo_button = QPushButton(self.tr("Undo last box"), self)
        self.undo_button.setObjectName("undoButton")
        self.save_button = QPushButton(self.tr("Save redacted copy"), self)
        self.save_button.setObjectName("saveButton")
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.undo_button, self.save_button, cancel):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.canvas.changed.connect(self._update_buttons)
        self._update_buttons()
        store = CaptureStore(vault)
        run_db(lambda: store.shown(capture_id), self._loaded, self._error)

    def _loaded(self, payload: bytes) -> None:
        image, self.scale = decode(payload)  # upright, as the copy will be made
        if image.isNull():
            self.status.setText(self.tr("This file is not an image and cannot be redacted."))
        self.canvas.set_image(image)
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        has = bool(self.canvas.boxes)
        self.undo_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def save(self) -> None:
        # Boxes are drawn on the decoded picture; one too large to decode whole was scaled.
        boxes = [scaled_box(b, 1 / self.scale) for b in self.canvas.boxes]
        self.save_button.setEnabled(False)
        vault, capture_id = self.vault, self.capture_id
        run_db(lambda: redaction.redact(vault, capture_id, boxes), self._saved, self._error)

    def _saved(self, new_id: int) -> None:
        self.saved.emit(new_id)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))
        self._update_buttons()
