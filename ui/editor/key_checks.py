"""A group of check boxes over one vocabulary (kinds of harassment, support received)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget
from vidne.app.episodes.vocabulary import label


class KeyChecks(QWidget):
    """Several keys may be checked; ``keys()`` returns them in the vocabulary's order."""

    changed = Signal()

    def __init__(
        self,
        table: str,
        keys: list[str],
        name: str,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(keys):
            box = QCheckBox(label(table, key), self)
            box.setObjectName(f"{name}_{key}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[key] = box

    def set_keys(self, keys: list[str]) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)

    def keys(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]
