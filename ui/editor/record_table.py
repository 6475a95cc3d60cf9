"""An editable list of small records (doctor visits, witnesses, whom I told, reference numbers).

Columns are either free text or a choice from a vocabulary (a combo box in the cell). Empty rows
are dropped by the store's validation, so "Add" can simply append a blank row.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.vocabulary import choices, label

# (key in the record, header text, vocabulary table name or None for free text)
Column = tuple[str, str, str | None]


class RecordTable(QWidget):
    changed = Signal()

    def __init__(self, columns: list[Column], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

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
            combo.addItem("—", "")  # nothing chosen: an added but unfilled row is dropped
            for choice in choices(vocab):
                combo.addItem(label(vocab, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, col, combo)
        if emit:
            self.changed.emit()
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

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
