"""Import a spreadsheet (CSV): map its columns to fields, preview, then import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.vocabulary import channel_label
from vidne.app.output import csv_import
from vidne.app.output.csv_import import COLUMNS, CsvImportError, CsvTable
from vidne.app.vault.store import Vault
from vidne.ui import file_dialogs
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db, run_task


class CsvImportDialog(QDialog):
    imported = Signal(int)  # number of episodes added

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import from a spreadsheet (CSV)"))
        self.resize(900, 560)
        self.vault = vault
        self.table_data: CsvTable | None = None
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("csvChoose")
        self.file_label = QLabel(
            self.tr(
                "UTF-8 or Windows-1252, comma or semicolon separated. The first row must hold the column names."
            ),
            self,
        )
        self.file_label.setObjectName("csvFileLabel")
        self.file_label.setWordWrap(True)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("csvMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Field in Vidne")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.preview = QTableWidget(0, 5, self)
        self.preview.setObjectName("csvPreview")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Severity"),
                self.tr("What happened / problem"),
            ]
        )
        self.preview.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        self.message = QLabel(self)
        self.message.setObjectName("csvMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("csvImport")
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for text, table, stretch in (
            (self.tr("Columns:"), self.mapping, 1),
            (self.tr("Preview (first 20 rows):"), self.preview, 2),
        ):
            title = QLabel(text, self)
            title.setBuddy(table)  # names the table for a screen reader
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
            layout.addWidget(title)
            layout.addWidget(table, stretch)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Choose a CSV file"),
            Path.home(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        self.message.clear()
        self.import_button.setEnabled(False)
        run_task(
            lambda: csv_import.read_table(path.read_bytes()),
            lambda table: self._loaded(path, table),
            self._failed,
        )

    def _loaded(self, path: Path, table: CsvTable) -> None:
        self.table_data = table
        separator = self.tr("semicolon") if table.delimiter == ";" else self.tr("comma")
        encoding = "Windows-1252" if table.encoding == "cp1252" else "UTF-8"
        self.file_label.setText(
            self.tr("%1: %2 rows, %3, %4 separated")
            .replace("%1", path.name)
            .replace("%2", str(len(table.rows)))
            .replace("%3", encoding)
            .replace("%4", separator)
        )
        auto = csv_import.auto_mapping(table.header)
        self.mapping.setRowCount(len(table.header))
        for row, heading in enumerate(table.header):
            self.mapping.setItem(row, 0, QTableWidgetItem(heading))
            combo = QComboBox(self.mapping)
            combo.setAccessibleName(self.tr("Field in Vidne for “%1”").replace("%1", heading))
            combo.addItem(self.tr("(ignore)"), None)
            for name in COLUMNS:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(auto.get(row))))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.mapping.setCellWidget(row, 1, combo)
        self.refresh_preview()

    def current_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[row] = combo.currentData()
        return mapping

    def refresh_preview(self) -> None:
        if self.table_data is None:
            return
        mapping = self.current_mapping()
        rows = csv_import.preview(self.table_data, mapping)
        self.preview.setRowCount(len(rows))
        for r, item in enumerate(rows):
            ep = item["episode"]
            cells = [str(item["line"]), "", "", "", item["error"]]
            if ep is not None:
                cells[1:] = [
                    ep.occurred().strftime("%Y-%m-%d %H:%M"),
                    channel_label(ep.channel),
                    str(ep.severity),
                    ep.description.splitlines()[0][:200] if ep.description else "",
                ]
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        try:
            csv_import.check_mapping(mapping)
        except CsvImportError as exc:
            self.message.setText(exc.message())
            self.import_button.setEnabled(False)
            return
        self.message.clear()
        self.import_button.setEnabled(True)

    def run_import(self) -> None:
        if self.table_data is None:
            return
        table, mapping, vault = self.table_data, self.current_mapping(), self.vault
        self.import_button.setEnabled(False)
        run_db(lambda: csv_import.import_rows(vault, table, mapping), self._imported, self._failed)

    def _imported(self, ids: list[int]) -> None:
        self.imported.emit(len(ids))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.setText(user_message(exc))
        self.import_button.setEnabled(self.table_data is not None)
