"""The quick entry's own widgets: severity chosen on purpose, the channel's guess, safety.

- :class:`SeverityCombo` starts at "Choose…": a level is never chosen for the user, and each
  level's description shows while moving through the list (the hint under it, and tooltips).
- :class:`GuessNote` says that the channel was guessed from the captured window, and from which.
- :class:`DescriptionEdit` what happened: asks for a few lines, and grows with the editor.
- :class:`SafetyNote` appears at severity 5 or when the kind "threats" is ticked: where to call
  (112 in danger, 114 to report to the police) and a field for the police's reference number,
  kept as a "police" reference of the episode.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from vidne.app.episodes.store import Episode
from vidne.app.episodes.vocabulary import SEVERITY, severity_anchor, severity_label

UNSET = 0  # severity not chosen yet (a draft may be saved so; a complete episode not)
POLICE = "police"


class SeverityCombo(QComboBox):
    """Severity 1–5 with a first entry that asks for a choice (data 0)."""

    def __init__(self, hint: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severityCombo")
        self.hint = hint
        self.addItem(self.tr("Choose how serious it was…"), UNSET)
        for level in SEVERITY:
            self.addItem(severity_label(level), level)
            self.setItemData(self.count() - 1, severity_anchor(level), Qt.ItemDataRole.ToolTipRole)
        self.highlighted.connect(self._describe)  # moving through the open list
        self.currentIndexChanged.connect(self._describe)

    def level(self) -> int:
        return int(self.currentData() or UNSET)

    def set_level(self, level: int) -> None:
        self.setCurrentIndex(max(0, self.findData(level)))

    def _describe(self, index: int) -> None:
        level = int(self.itemData(index) or UNSET)
        self.hint.setText(
            severity_anchor(level)
            if level
            else self.tr("Not chosen yet. Each level is described here as you move through it.")
        )


class DescriptionEdit(QPlainTextEdit):
    """A text box that asks for ``lines`` lines of height rather than Qt's usual 192 px: on a
    laptop that height pushed the rest of the form out of sight. It still grows into any room
    the editor has, and scrolls inside when the text is longer."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)  # Tab moves on (a tab character is no use here)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        frame = 2 * self.frameWidth() + int(2 * self.document().documentMargin())
        height = self.fontMetrics().lineSpacing() * self.lines + frame
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()


class GuessNote(QLabel):
    """'Guessed from the window “…”; check it.' under the channel, until the user chooses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelGuessNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a window title is anybody's text
        self.setStyleSheet("color: palette(mid); font-style: italic;")
        self.hide()

    def show_guess(self, source: str) -> None:
        self.setText(
            self.tr("A guess from the captured window “%1”. Check it.").replace("%1", source[:80])
        )
        self.show()

    def clear_guess(self) -> None:
        self.clear()
        self.hide()


class SafetyNote(QFrame):
    """Shown for severity 5 or threats: whom to call, and the police's reference number."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#safetyNote { background: #fdf2e9; }")
        self.text = QLabel(
            self.tr(
                "If you are in danger now, call 112. To report a threat to the police, call "
                "114 or go to politi.dk. You do not have to do this alone: tell your leader, your "
                "union or your health and safety representative."
            ),
            self,
        )
        self.text.setObjectName("safetyText")
        self.text.setWordWrap(True)
        self.police = QLineEdit(self)
        self.police.setObjectName("policeReferenceEdit")
        self.police.setPlaceholderText(self.tr("Police journal number, if you reported it"))
        self.police.setAccessibleName(self.tr("Police journal number"))
        self.police.textChanged.connect(self._typed)
        self._typed_here = False  # only a number typed here overrides the references table
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.police)
        self.hide()

    def _typed(self) -> None:
        self._typed_here = True
        self.changed.emit()

    def follow(self, severity: int, kinds: list[str]) -> None:
        """Show the note when the episode calls for it (or already has a police number)."""
        self.setVisible(severity == 5 or "threats" in kinds or bool(self.police.text().strip()))

    def load(self, ep: Episode) -> None:
        numbers = [r.get("number", "") for r in ep.references if r.get("kind") == POLICE]
        self.police.blockSignals(True)
        self.police.setText(numbers[0] if numbers else "")
        self.police.blockSignals(False)
        self._typed_here = False

    def store(self, ep: Episode) -> None:
        """The number typed here is the episode's first police reference (added if none)."""
        if not self._typed_here:
            return
        number = self.police.text().strip()
        refs = [dict(r) for r in ep.references]
        first = next((r for r in refs if r.get("kind") == POLICE), None)
        if first is not None:
            if number:
                first["number"] = number
            else:
                refs.remove(first)
        elif number:
            refs.append({"kind": POLICE, "number": number})
        ep.references = refs
