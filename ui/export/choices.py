"""The export dialog's choices: who the report is for, its language, what to write, the cover.

The report's language starts as the window's (the command line's ``--lang`` likewise defaults
to the user's language); the user may choose the other one for the recipient.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget
from vidne.app import i18n
from vidne.ui.export.originals_option import OriginalsOption


class ExportChoices(QWidget):
    """The form at the top of the export dialog."""

    changed = Signal()  # a choice that changes what is written: summary and list again
    typed = Signal()  # text for the cover or the first page: a shown preview is stale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient = self._combo(
            "recipientCombo",
            [
                ("leader", self.tr("My leader")),
                ("amr", self.tr("Health and safety rep. (AMR)")),
                ("tr", self.tr("Union representative (TR)")),
                ("police", self.tr("The police")),
                ("self", self.tr("My own copy")),
            ],
        )
        self.language = self._combo(
            "languageCombo", [("da", self.tr("Danish")), ("en", self.tr("English"))]
        )
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.output = self._combo(
            "formatCombo",
            [("pdf", self.tr("PDF report")), ("zip", self.tr("Evidence bundle (ZIP)"))],
        )
        self.images = QCheckBox(self.tr("Print the images in the report"), self)
        self.images.setObjectName("imagesCheck")
        self.images.setChecked(True)
        self._make_texts()
        self.originals = OriginalsOption(self)  # redaction that withholds: sharing is a choice
        self._lay_out()
        self._wire()

    def _combo(self, name: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for key, text in entries:
            combo.addItem(text, key)
        return combo

    def _make_texts(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.workplace_edit = QLineEdit(self)
        self.workplace_edit.setObjectName("workplaceEdit")
        self.request_edit = QPlainTextEdit(self)
        self.request_edit.setObjectName("requestEdit")
        self.request_edit.setTabChangesFocus(True)  # Tab moves on, never a tab character
        self.request_edit.setPlaceholderText(
            self.tr("E.g. a meeting with my leader and the AMR within two weeks")
        )
        self.request_edit.setMaximumHeight(60)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Your name (on the cover):"), self.name_edit)
        form.addRow(self.tr("Workplace (on the cover):"), self.workplace_edit)
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Language of the report:"), self.language)
        form.addRow(self.tr("What to write:"), self.output)
        form.addRow(self.tr("What I ask for (on the first page):"), self.request_edit)
        form.addRow("", self.images)
        form.addRow("", self.originals)

    def _wire(self) -> None:
        for signal in (
            self.recipient.currentIndexChanged,
            self.language.currentIndexChanged,
            self.output.currentIndexChanged,
            self.images.toggled,
            self.originals.check.toggled,
        ):
            signal.connect(self.changed)
        self.request_edit.textChanged.connect(self.typed)
        for edit in (self.name_edit, self.workplace_edit):
            edit.textChanged.connect(self.typed)

    def controls(self) -> list[QWidget]:
        """What is locked while a file is being written."""
        return [
            self.name_edit,
            self.workplace_edit,
            self.request_edit,
            self.recipient,
            self.language,
            self.output,
            self.images,
            self.originals,
        ]

    def as_bundle(self) -> bool:
        return self.output.currentData() == "zip"

    def cover(self) -> tuple[str, str]:
        """(name, workplace) for the cover."""
        return self.name_edit.text(), self.workplace_edit.text()
