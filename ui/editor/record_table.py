"""An editable list of small records (doctor visits, witnesses, whom I told, reference numbers).

Columns are either free text or a choice from a vocabulary (a combo box in the cell). "Add"
puts the cursor in the new row's first cell, so typing goes into it (it used to stay on the
button, where letters vanished and each space added a row); an empty row already there is
reused rather than another added. Enter moves to the next cell, and from the last one out of
the table. A row left empty is removed once the cursor leaves it; the store's validation drops
any that remain.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.vocabulary import choices, label

# (key in the record, header text, vocabulary table name or None for free text)
Column = tuple[str, str, str | None]
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordTable(QWidget):
    changed = Signal()

    def __init__(self, columns: list[Column], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; Enter moves between cells
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setMinimumHeight(90)
        # Named for a screen reader by its columns until shown, then by its form label.
        self.table.setAccessibleName(", ".join(c[1] for c in columns))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)
        self.table.installEventFilter(self)
        self.table.currentCellChanged.connect(self._left_cell)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.add_button.clicked.connect(self.add_and_edit)
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The label naming this list in its form (its buddy) names the table, which is what
        a screen reader meets when the cursor is in it."""
        parent = self.parentWidget()
        labels = parent.findChildren(QLabel) if parent is not None else []
        title = next((w.text() for w in labels if w.buddy() is self), "")
        if title:
            self.table.setAccessibleName(title.replace("&", "").rstrip(": "))
        super().showEvent(event)

    def set_records(self, records: list[dict[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for record in records:
            self.add_row(record, emit=False)
        self.table.blockSignals(False)

    def add_row(self, record: dict[str, str], emit: bool = True) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, (key, _header, vocab) in enumerate(self.columns):
            value = str(record.get(key, ""))
            if vocab is None:
                self.table.setItem(row, col, QTableWidgetItem(value))
                continue
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.columns[col][1])
            combo.addItem("—", "")  # nothing chosen: an added but unfilled row is dropped
            for choice in choices(vocab):
                combo.addItem(label(vocab, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            combo.installEventFilter(self)
            self.table.setCellWidget(row, col, combo)
        if emit:
            self.changed.emit()
        return row

    def add_and_edit(self) -> int:
        """'Add': a new row (or the empty one already there) with the cursor in its first cell."""
        empty = [row for row in range(self.table.rowCount()) if self._row_empty(row)]
        row = empty[0] if empty else self.add_row({})
        self._edit(row, 0)
        return row

    def records(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            record = {}
            for col, (key, _header, vocab) in enumerate(self.columns):
                if vocab is None:
                    item = self.table.item(row, col)
                    record[key] = item.text() if item is not None else ""
                else:
                    combo = self.table.cellWidget(row, col)
                    record[key] = combo.currentData() if isinstance(combo, QComboBox) else ""
            out.append(record)
        return out

    # --- moving through the cells ------------------------------------------------------------
    def _edit(self, row: int, col: int) -> None:
        self.table.setFocus()
        self.table.setCurrentCell(row, col)
        widget = self.table.cellWidget(row, col)
        if widget is not None:
            widget.setFocus()
            return
        item = self.table.item(row, col)
        if item is not None:
            self.table.editItem(item)

    def _next(self, row: int, col: int) -> None:
        """Enter: the next cell, or out of the table after the last one."""
        if col + 1 < len(self.columns):
            self._edit(row, col + 1)
        else:
            self._drop_empty(row)
            self.add_button.setFocus()

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # closed with Enter
            index = self.table.currentIndex()
            QTimer.singleShot(0, self, lambda: self._next(index.row(), index.column()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter on a choice cell (or on a cell not being edited) moves on as well."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                index = self._index_of(watched)
                if index is not None and index.isValid():
                    self._next(index.row(), index.column())
                    return True
        if event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self, self._prune_if_left)
        return super().eventFilter(watched, event)

    def _index_of(self, watched: QObject) -> QModelIndex | None:
        if watched is self.table:
            return self.table.currentIndex()
        for row in range(self.table.rowCount()):
            for col in range(len(self.columns)):
                if self.table.cellWidget(row, col) is watched:
                    return self.table.model().index(row, col)
        return None

    # --- empty rows --------------------------------------------------------------------------
    def _row_empty(self, row: int) -> bool:
        return not any(str(v).strip() for v in self.records()[row].values())

    def _left_cell(self, row: int, _col: int, previous_row: int, _previous_col: int) -> None:
        if previous_row != row and previous_row >= 0:
            QTimer.singleShot(0, self, lambda: self._drop_empty(previous_row))

    def _drop_empty(self, row: int) -> None:
        """Remove *row* if nothing is in it and the cursor is not in it."""
        if 0 <= row < self.table.rowCount() and self._row_empty(row) and not self._here(row):
            self.table.removeRow(row)

    def _has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def _here(self, row: int) -> bool:
        return self._has_focus() and self.table.currentRow() == row

    def _prune_if_left(self) -> None:
        """The cursor left the table: empty rows go."""
        if self._has_focus():
            return
        for row in reversed(range(self.table.rowCount())):
            if self._row_empty(row):
                self.table.removeRow(row)

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
