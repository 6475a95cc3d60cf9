"""The export dialog's preview: the first pages of the report as it would be written now.

Made on the vault thread (the PDF in memory, its pages drawn by poppler through a pipe, see
:mod:`vidne.app.output.report.preview`) and shown as pictures side by side; nothing is written
to disk. Any change to the choices makes a shown preview stale, so it is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget
from vidne.app.output.report import pdf, preview
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db


class PreviewPane(QScrollArea):
    """Pictures of the first pages; :meth:`make` fills it in the background."""

    shown = Signal(int)  # the number of pages shown (0: no preview could be made)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setWidgetResizable(True)
        self.setMinimumHeight(200)
        self._inner = QWidget(self)
        self._row = QHBoxLayout(self._inner)
        self._row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._inner)
        self.pictures: list[QLabel] = []
        self._asked = 0  # a newer request makes an older answer stale
        self.setVisible(False)

    def clear(self) -> None:
        self._asked += 1
        for label in self.pictures:
            label.deleteLater()
        self.pictures = []
        self.setVisible(False)

    def make(self, vault: Vault, selection: Selection, name: str, workplace: str) -> None:
        self.clear()
        ticket = self._asked

        def work() -> tuple[int, list[bytes]]:
            return ticket, preview.pages(pdf.preview(vault, selection, name, workplace))

        # Bound methods: run_db drops the answer if the dialog was closed meanwhile.
        run_db(work, self._show, self._failed)

    def _show(self, result: tuple[int, list[bytes]]) -> None:
        ticket, pages = result
        if ticket != self._asked:  # the choices changed since: a newer preview is coming
            return
        for png in pages:
            picture = QPixmap()
            picture.loadFromData(png, "PNG")
            label = QLabel(self._inner)
            label.setPixmap(picture)
            label.setFrameShape(QLabel.Shape.Box)
            self._row.addWidget(label)
            self.pictures.append(label)
        if not pages:
            label = QLabel(self.tr("No preview: it needs poppler's pdftoppm."), self._inner)
            label.setObjectName("previewMissing")
            self._row.addWidget(label)
            self.pictures.append(label)
        self.setVisible(True)
        self.shown.emit(len(pages))

    def _failed(self, exc: BaseException) -> None:
        label = QLabel(user_message(exc), self._inner)
        self._row.addWidget(label)
        self.pictures.append(label)
        self.setVisible(True)
        self.shown.emit(0)
