"""After a report or bundle is written: open it, or show it in its folder.

Both go through the desktop (``QDesktopServices``): the PDF opens in the user's own viewer and
the folder in the file manager, the way KeePassXC or Signal Desktop hand over an exported file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class HandOff(QWidget):
    """ "Open" and "Show in folder" for the file just written; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOff")
        self.path: Path | None = None
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openButton")
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setObjectName("folderButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.setVisible(False)

    def offer(self, path: Path) -> None:
        self.path = path
        self.setVisible(True)

    def withdraw(self) -> None:
        self.path = None
        self.setVisible(False)

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
