"""Small charts drawn with QPainter from app/episodes/overview.py's figures (no chart library).

Each widget takes plain data (the same numbers the PDF report uses) and has a ``figures()``
accessor so tests can check what is drawn without reading pixels.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from vidne.app.episodes.overview import Trend

# Severity 1 (minor) .. 5 (acute): light to dark, readable in grey-scale print too.
SEVERITY_COLOURS = ("#f4d03f", "#f39c12", "#e67e22", "#c0392b", "#6e2c00")
AXIS = QColor("#555555")


class Chart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 200)

    def plot_area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(36, 10, -10, -28)

    def empty(self, painter: QPainter) -> None:
        painter.setPen(AXIS)
        # translate() with a literal context: self.tr() would use the subclass's name at run
        # time (PYSIDE-131) while lupdate files the string under "Chart".
        painter.drawText(
            self.rect(),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Chart", "No episodes yet"),
        )


class StackedBars(Chart):
    """Episodes per period, each bar split by severity."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._data: dict[str, list[int]] = {}

    def set_data(self, data: dict[str, list[int]]) -> None:
        self._data = dict(data)
        self.update()

    def figures(self) -> dict[str, list[int]]:
        return dict(self._data)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._data:
            self.empty(painter)
            return
        area = self.plot_area()
        top = max(sum(v) for v in self._data.values()) or 1
        width = min(area.width() / len(self._data), 60.0)  # one month is not a wall
        painter.setPen(AXIS)
        painter.drawText(QRectF(0, area.top() - 6, 32, 14), Qt.AlignmentFlag.AlignRight, str(top))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        step = max(1, len(self._data) // 8)
        for i, (key, counts) in enumerate(self._data.items()):
            x, y = area.left() + i * width, area.bottom()
            for level, n in enumerate(counts):
                h = area.height() * n / top
                painter.fillRect(
                    QRectF(x + 1, y - h, max(1.0, width - 2), h), QColor(SEVERITY_COLOURS[level])
                )
                y -= h
            if i % step == 0:
                painter.drawText(
                    QRectF(x, area.bottom() + 4, width * step, 18), Qt.AlignmentFlag.AlignLeft, key
                )
        painter.end()


class TrendChart(Chart):
    """Severity of each episode over time, with the least-squares trend line."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._trend = Trend([], 0.0, 0.0, 0.0)
        self._highlight: set[datetime] = set()

    def set_trend(self, trend: Trend, highlight: set[datetime] | None = None) -> None:
        self._trend, self._highlight = trend, highlight or set()
        self.update()

    def figures(self) -> Trend:
        return self._trend

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        points = self._trend.points
        if not points:
            self.empty(painter)
            return
        area = self.plot_area()
        t0, t1 = points[0][0], points[-1][0]
        span = max((t1 - t0).total_seconds(), 1.0)

        def at(t: datetime, s: float) -> QPointF:
            return QPointF(
                area.left() + area.width() * (t - t0).total_seconds() / span,
                area.bottom() - area.height() * (s - 0.5) / 5,
            )

        painter.setPen(AXIS)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for level in (1, 3, 5):
            p = at(t0, level)
            painter.drawText(QRectF(0, p.y() - 7, 30, 14), Qt.AlignmentFlag.AlignRight, str(level))
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, 120, 18),
            Qt.AlignmentFlag.AlignLeft,
            t0.strftime("%Y-%m-%d"),
        )
        painter.drawText(
            QRectF(area.right() - 120, area.bottom() + 4, 120, 18),
            Qt.AlignmentFlag.AlignRight,
            t1.strftime("%Y-%m-%d"),
        )
        # Thousands of episodes land on the same pixels: draw each dot once (10,000
        # antialiased ellipses took ~100 ms of the GUI thread).
        dots = {(round(at(t, s).x()), s, t in self._highlight) for t, s in points}
        for x, s, marked in sorted(dots, key=lambda d: d[2]):  # highlighted ones on top
            colour = QColor(SEVERITY_COLOURS[max(0, min(4, s - 1))])
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("#1f4e79"), 2.5) if marked else colour)
            radius = 6.0 if marked else 4.0
            painter.drawEllipse(QPointF(x, at(t0, s).y()), radius, radius)
        painter.setPen(QPen(QColor("#1f4e79"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(at(t0, self._trend.start), at(t1, self._trend.end))
        painter.end()


class HBars(Chart):
    """Labelled horizontal bars (top channels, internal vs external)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._rows: list[tuple[str, int]] = []
        self.setMinimumHeight(100)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = list(rows)
        self.setMinimumHeight(24 * max(1, len(self._rows)) + 12)
        self.update()

    def figures(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self._rows or not any(n for _l, n in self._rows):
            self.empty(painter)
            return
        label_w = min(180.0, self.width() * 0.4)
        top = max(n for _l, n in self._rows) or 1
        bar_w = self.width() - label_w - 50
        for i, (text, n) in enumerate(self._rows):
            y = 6 + i * 24
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(0, y, label_w - 6, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            w = bar_w * n / top
            painter.fillRect(QRectF(label_w, y + 3, w, 14), QColor("#2e86c1"))
            painter.drawText(
                QRectF(label_w + w + 4, y, 44, 20), Qt.AlignmentFlag.AlignVCenter, str(n)
            )
        painter.end()
