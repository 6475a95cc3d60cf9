"""A password line edit that can be wiped, and the strength meter used when choosing one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget
from vidne.app.vault.passphrase import strength, strength_label


class PassphraseEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)

    def wipe(self) -> None:
        """Clear the text (Qt keeps no other copy we can reach; undo history goes too)."""
        self.setText("")
        self.clear()
        self.setModified(False)


class StrengthMeter(QWidget):
    COLORS = ("#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#1e8449")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        level = strength(passphrase)
        self.bar.setValue(level)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {self.COLORS[level]}; }}")
        self.label.setText(strength_label(level))
