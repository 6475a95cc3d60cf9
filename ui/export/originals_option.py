"""The export dialog's choice to share the unredacted originals of blacked-out copies.

Off by default: a report or bundle for anyone but the user carries a redacted copy instead of
its original (only the original's SHA-256 is given). Ticking it shares the originals too, and a
warning says plainly what that means while it is ticked for another recipient.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget


class OriginalsOption(QWidget):
    """A checkbox and, when it is ticked for someone else, a warning under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Also share the originals of blacked-out copies"), self)
        self.check.setObjectName("includeOriginalsCheck")
        self.check.setToolTip(
            self.tr(
                "Off: the recipient gets the copy with black boxes and only the original's "
                "fingerprint (SHA-256), so the original can be produced later on request."
            )
        )
        self.warning = QLabel(
            self.tr("Warning: the recipient will see everything you covered with black boxes."),
            self,
        )
        self.warning.setObjectName("includeOriginalsWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.warning)
        self.recipient = "self"
        self.check.toggled.connect(lambda _on: self._update())

    def chosen(self) -> bool:
        return self.check.isChecked()

    def set_recipient(self, recipient: str) -> None:
        self.recipient = recipient
        self._update()

    def _update(self) -> None:
        self.warning.setVisible(self.check.isChecked() and self.recipient != "self")
