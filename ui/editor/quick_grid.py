"""The quick entry's layout: short fields two to a line where the editor is wide enough.

When and channel, sender and severity are short; each pair shares a line on a laptop's editor,
which leaves room for what happened and for the folding sections below. In a narrow editor (a
window beside another, a large font) the pairs stand one above the other, as a form usually
does, so no field is squeezed below what it needs to show.

Each label is its field's buddy: Alt+letter and a screen reader find the field by it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QStyle, QWidget

SHORTEST = 12  # characters a box shows at least (its column then shares the width equally)
HYSTERESIS = 24  # px: the scroll bar coming and going must not flip the arrangement back


@dataclass
class Line:
    """Either label–field pairs side by side, or one note under the fields (under the second
    pair of the line above when ``beside`` and two pairs share a line)."""

    pairs: list[tuple[QLabel, QWidget]] = field(default_factory=list)
    note: QWidget | None = None
    beside: bool = False
    grows: bool = False  # this line takes the height left over (what happened)


class QuickGrid(QWidget):
    """Lines of label–field pairs; two pairs share a line only where each of their fields
    still gets the width the widest of them asks for (so a larger font or longer labels
    need a wider editor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickGrid")
        self.two_columns = False
        self.lines: list[Line] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def add_pairs(self, *pairs: tuple[str, QWidget], grows: bool = False) -> None:
        labelled = []
        for text, widget in pairs:
            if isinstance(widget, QComboBox):  # its longest choice must not widen its column
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(SHORTEST)
            label = QLabel(text, self)
            label.setBuddy(widget)
            labelled.append((label, widget))
        self.lines.append(Line(pairs=labelled, grows=grows))
        self._arrange()

    def add_note(self, note: QWidget, beside: bool = False) -> None:
        self.lines.append(Line(note=note, beside=beside))
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._follow(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the fields now ask for another width
            self._follow(self.width())

    def _follow(self, width: int) -> None:
        wanted = width >= self.two_column_width() - (HYSTERESIS if self.two_columns else 0)
        if wanted != self.two_columns:
            self.two_columns = wanted
            self._arrange()

    def two_column_width(self) -> int:
        """The width from which two pairs share a line: both label columns, and each field
        as wide as the widest field that shares a line asks for."""
        shared = [line.pairs for line in self.lines if len(line.pairs) > 1]
        if not shared:
            return 1 << 20  # nothing to put side by side
        first = max(line.pairs[0][0].sizeHint().width() for line in self.lines if line.pairs)
        second = max(pairs[1][0].sizeHint().width() for pairs in shared)
        field = max(widget.sizeHint().width() for pairs in shared for _, widget in pairs)
        gap = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return first + second + 2 * field + 3 * max(gap, 0)

    def _arrange(self) -> None:
        """Put every label and field at its place for the current number of columns."""
        while self.grid.count():
            self.grid.takeAt(0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        row = 0
        for line in self.lines:
            if line.note is not None:
                column = 2 if line.beside and self.two_columns else 1
                self.grid.addWidget(line.note, row, column, 1, 4 - column)
                row += 1
                continue
            side_by_side = self.two_columns and len(line.pairs) > 1
            for i, (label, widget) in enumerate(line.pairs):
                column = 2 * i if side_by_side else 0
                # a tall field's label stands at its first line, a short one's beside it
                align = Qt.AlignmentFlag.AlignTop if line.grows else Qt.AlignmentFlag.AlignVCenter
                self.grid.addWidget(label, row, column, 1, 1, align)
                span = 1 if side_by_side else 3
                self.grid.addWidget(widget, row, column + 1, 1, span)
                if line.grows:
                    self.grid.setRowStretch(row, 1)
                if not side_by_side:
                    row += 1
            row += 1 if side_by_side else 0
