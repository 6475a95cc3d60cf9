"""The passphrase line edit (wipe, show/hide, Caps Lock warning) and the strength meter.

Caps Lock: Qt has no portable way to read the key's state, and on Wayland no client may ask.
So the field infers it from what is typed, as the keys arrive: a letter whose case is the
opposite of what Shift asks for (``A`` without Shift, ``a`` with Shift) means Caps Lock is on;
a letter in the expected case means it is off. The warning therefore appears with the first
letter typed under Caps Lock, on every desktop, and never guesses from digits or symbols.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolTip,
    QWidget,
)
from vidne.app import paths
from vidne.app.vault.passphrase import estimate, strength_label


def _icon(name: str) -> QIcon:
    return QIcon(str(paths.resource("icons", f"{name}.svg")))


def caps_lock_from(event: QKeyEvent) -> bool | None:
    """True/False when the typed key shows Caps Lock's state, None when it cannot."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shifted


class PassphraseEdit(QLineEdit):
    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        self.caps_lock = False
        self.caps_warning = QAction(_icon("caps-lock"), self.tr("Caps Lock is on"), self)
        self.caps_warning.setObjectName("capsLockWarning")
        self.caps_warning.setVisible(False)
        self.addAction(self.caps_warning, QLineEdit.ActionPosition.TrailingPosition)
        self.reveal = QAction(self)
        self.reveal.setObjectName("showPassphrase")
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._show)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self._show(False)

    def _show(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setIcon(_icon("passphrase-hide" if shown else "passphrase-show"))
        self.reveal.setToolTip(self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))
        self.reveal.setText(self.reveal.toolTip())  # the name a screen reader says for the eye

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        state = caps_lock_from(event)
        if state is not None and state != self.caps_lock:
            self._set_caps_lock(state)
        super().keyPressEvent(event)

    def _set_caps_lock(self, on: bool) -> None:
        self.caps_lock = on
        self.caps_warning.setVisible(on)
        if on and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.caps_warning.text())
        self.caps_lock_changed.emit(on)

    def wipe(self) -> None:
        """Clear the text (Qt keeps no other copy we can reach; undo history goes too) and hide
        it again, so the next passphrase is not shown as typed."""
        self.setText("")
        self.clear()
        self.setModified(False)
        self.reveal.setChecked(False)


class StrengthMeter(QWidget):
    """A bar and a word for zxcvbn's score; its advice (translated) is the tooltip. The dialogs
    show the same advice in their error line (``passphrase.problem``, as ``vidne init`` says
    it), so it is not repeated below the bar."""

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
        found = estimate(passphrase)
        self.bar.setValue(found.score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {self.COLORS[found.score]}; }}")
        self.label.setText(strength_label(found.score))
        self.setToolTip("\n".join(found.advice))
