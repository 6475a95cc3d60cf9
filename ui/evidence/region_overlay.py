"""Region capture: a full-screen overlay over the frozen desktop image.

The desktop was grabbed before this window appeared (``capture.grab_frozen``), so what the
user selects is exactly what was on screen at the key press, even if a menu or a post
disappears meanwhile. Drag a rectangle to select; Esc cancels; Enter takes the whole monitor
under the mouse. Coordinates are reported in frozen-image pixels (physical pixels).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from vidne.app.evidence.grab import Grab, Monitor

MIN_SIZE = 4  # pixels; a click without a drag is not a selection


def grab_to_qimage(grab: Grab) -> QImage:
    """BGRX bytes are Qt's RGB32 on little-endian machines; copy so the QImage owns them."""
    img = QImage(grab.raw, grab.width, grab.height, grab.width * 4, QImage.Format.Format_RGB32)
    return img.copy()


class CaptureOverlay(QWidget):
    """Emits ``selected(QRect)`` in image pixels, or ``cancelled``; then closes itself."""

    selected = Signal(QRect)
    cancelled = Signal()

    def __init__(self, frozen: Grab, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool,
        )
        self.setObjectName("captureOverlay")
        self.setWindowTitle(self.tr("Select a region"))
        self.frozen = frozen
        self.image = grab_to_qimage(frozen)
        self._origin: QPoint | None = None
        self._current: QPoint | None = None
        self._done = False
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        mon = frozen.monitor
        self.setGeometry(QRect(mon.left, mon.top, mon.width, mon.height))

    # --- geometry ----------------------------------------------------------------------------
    def _scale(self) -> tuple[float, float]:
        return (
            self.image.width() / max(self.width(), 1),
            self.image.height() / max(self.height(), 1),
        )

    def to_image(self, rect: QRect) -> QRect:
        sx, sy = self._scale()
        out = QRect(
            round(rect.x() * sx),
            round(rect.y() * sy),
            round(rect.width() * sx),
            round(rect.height() * sy),
        )
        return out.intersected(QRect(0, 0, self.image.width(), self.image.height()))

    def selection(self) -> QRect | None:
        if self._origin is None or self._current is None:
            return None
        a, b = self._origin, self._current
        return QRect(min(a.x(), b.x()), min(a.y(), b.y()), abs(a.x() - b.x()), abs(a.y() - b.y()))

    def monitor_rect_at(self, pos: QPoint) -> QRect:
        """The monitor under *pos* (widget coordinates), in image pixels."""
        sx, sy = self._scale()
        x, y = self.frozen.monitor.left + pos.x() * sx, self.frozen.monitor.top + pos.y() * sy
        mons = [Monitor(**m) for m in self.frozen.extra.get("monitors", [])]
        for mon in mons:
            if mon.contains(int(x), int(y)):
                return QRect(
                    mon.left - self.frozen.monitor.left,
                    mon.top - self.frozen.monitor.top,
                    mon.width,
                    mon.height,
                )
        return QRect(0, 0, self.image.width(), self.image.height())

    # --- events ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._origin = self._current = event.position().toPoint()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._origin is not None:
            self._current = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._origin is None:
            return
        self._current = event.position().toPoint()
        rect = self.selection()
        if rect is not None and rect.width() >= MIN_SIZE and rect.height() >= MIN_SIZE:
            self._finish(self.to_image(rect))
        else:
            self._origin = self._current = None
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(self.monitor_rect_at(self.mapFromGlobal(QCursor.pos())))
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        if not self._done:
            self._done = True
            self.cancelled.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    def _finish(self, rect: QRect) -> None:
        self._done = True
        self.selected.emit(rect)
        self.close()

    def _cancel(self) -> None:
        self._done = True
        self.cancelled.emit()
        self.close()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        target = QRectF(self.rect())
        painter.drawImage(target, self.image)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 90))
        rect = self.selection()
        if rect is not None:
            sx, sy = self._scale()
            source = QRectF(rect.x() * sx, rect.y() * sy, rect.width() * sx, rect.height() * sy)
            painter.drawImage(QRectF(rect), self.image, source)
            painter.setPen(QColor(255, 196, 0))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.drawText(
                rect.bottomLeft() + QPoint(4, 16),
                f"{round(rect.width() * sx)} × {round(rect.height() * sy)}",
            )
        else:
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(
                self.rect().adjusted(0, 24, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr("Drag to select a region. Enter: whole screen. Esc: cancel."),
            )
        painter.end()
