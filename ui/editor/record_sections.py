"""The editor's sections on evidence, effect, who knows, and follow-up (see :mod:`.sections`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from vidne.app.episodes.store import Episode
from vidne.app.episodes.vocabulary import SUPPORT
from vidne.ui.editor.key_checks import KeyChecks
from vidne.ui.editor.record_table import RecordTable
from vidne.ui.editor.sections import Section, text_box


class EvidenceSection(Section):
    """Captures and files attached (counted here; attached from the Inbox, by pasting or
    dropping, or with "Attach file…") and witnesses."""

    attach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Evidence"), "evidenceSection", parent)
        self.captures = QLabel(self.body)
        self.captures.setObjectName("evidenceCount")
        self.attach = QPushButton(self.tr("Attach file…"), self.body)
        self.attach.setObjectName("attachFileButton")
        self.attach.setToolTip(
            self.tr("Or paste a screenshot with Ctrl+V, or drop files on the window.")
        )
        self.attach.clicked.connect(lambda: self.attach_requested.emit())
        self.witnesses = RecordTable(
            [
                ("name", self.tr("Witness"), None),
                ("role", self.tr("Role"), None),
                ("contact", self.tr("Contact"), None),
            ],
            "witnessTable",
            self.body,
        )
        form = QFormLayout(self.body)
        attached = QHBoxLayout()
        attached.addWidget(self.captures, 1)
        attached.addWidget(self.attach)
        form.addRow(self.tr("Attached:"), attached)
        form.addRow(self.tr("Witnesses:"), self.witnesses)
        self._watch(self.witnesses)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.captures.setText(self.tr("%n capture(s) or file(s)", "", count))

    def load(self, ep: Episode) -> None:
        self.witnesses.set_records(ep.witnesses)

    def store(self, ep: Episode) -> None:
        ep.witnesses = self.witnesses.records()

    @staticmethod
    def has_content(ep: Episode) -> bool:
        return bool(ep.witnesses)


class EffectSection(Section):
    """The user's own experience and its effect: central to the record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Effect on me"), "effectSection", parent, self.tr("Effect"))
        self.experience = text_box(
            self.body, "experienceEdit", self.tr("How you experienced it and how it affects you.")
        )
        self.symptoms = text_box(
            self.body,
            "symptomsEdit",
            self.tr("E.g. sleep, fear, headache, trouble concentrating."),
            50,
        )
        self.sick_days = QSpinBox(self.body)
        self.sick_days.setObjectName("sickDaysSpin")
        self.sick_days.setRange(-1, 3650)
        self.sick_days.setSpecialValueText(self.tr("Not stated"))
        self.doctor_visits = RecordTable(
            [("date", self.tr("Date (YYYY-MM-DD)"), None), ("note", self.tr("Note"), None)],
            "doctorTable",
            self.body,
        )
        form = QFormLayout(self.body)
        form.addRow(self.tr("My experience:"), self.experience)
        form.addRow(self.tr("Symptoms:"), self.symptoms)
        form.addRow(self.tr("Sick days:"), self.sick_days)
        form.addRow(self.tr("Doctor visits:"), self.doctor_visits)
        self._watch(self.experience, self.symptoms, self.sick_days, self.doctor_visits)

    def load(self, ep: Episode) -> None:
        self.experience.setPlainText(ep.experience)
        self.symptoms.setPlainText(ep.symptoms)
        self.sick_days.setValue(-1 if ep.sick_days is None else ep.sick_days)
        self.doctor_visits.set_records(ep.doctor_visits)

    def store(self, ep: Episode) -> None:
        ep.experience = self.experience.toPlainText()
        ep.symptoms = self.symptoms.toPlainText()
        ep.sick_days = None if self.sick_days.value() < 0 else self.sick_days.value()
        ep.doctor_visits = self.doctor_visits.records()

    @staticmethod
    def has_content(ep: Episode) -> bool:
        return bool(ep.experience or ep.symptoms or ep.sick_days is not None or ep.doctor_visits)


class WhoKnowsSection(Section):
    """Whom the user told and when, reference numbers, asking to stop, support received."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who knows"), "whoKnowsSection", parent)
        self.told = RecordTable(
            [
                ("who", self.tr("Told"), "told"),
                ("when", self.tr("When (YYYY-MM-DD)"), None),
                ("note", self.tr("Note"), None),
            ],
            "toldTable",
            self.body,
        )
        self.references = RecordTable(
            [("kind", self.tr("Kind"), "reference"), ("number", self.tr("Number"), None)],
            "referenceTable",
            self.body,
        )
        self.asked_to_stop = QComboBox(self.body)
        self.asked_to_stop.setObjectName("askedToStopCombo")
        self.asked_to_stop.addItem(self.tr("Not stated"), None)
        self.asked_to_stop.addItem(self.tr("Yes"), True)
        self.asked_to_stop.addItem(self.tr("No"), False)
        self.support = KeyChecks("support", list(SUPPORT), "supportChecks", parent=self.body)
        form = QFormLayout(self.body)
        form.addRow(self.tr("I told:"), self.told)
        form.addRow(self.tr("Reference numbers:"), self.references)
        form.addRow(self.tr("Asked the sender to stop:"), self.asked_to_stop)
        form.addRow(self.tr("Support received:"), self.support)
        self._watch(self.told, self.references, self.asked_to_stop, self.support)

    def load(self, ep: Episode) -> None:
        self.told.set_records(ep.told)
        self.references.set_records(ep.references)
        self.asked_to_stop.setCurrentIndex({None: 0, True: 1, False: 2}[ep.asked_to_stop])
        self.support.set_keys(ep.support)

    def store(self, ep: Episode) -> None:
        ep.told = self.told.records()
        ep.references = self.references.records()
        ep.asked_to_stop = self.asked_to_stop.currentData()
        ep.support = self.support.keys()

    @staticmethod
    def has_content(ep: Episode) -> bool:
        return bool(ep.told or ep.references or ep.asked_to_stop is not None or ep.support)


class FollowUpSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up"), "followUpSection", parent)
        self.follow_up = text_box(
            self.body, "followUpEdit", self.tr("What was agreed, what still needs doing.")
        )
        self.tags = QLineEdit(self.body)
        self.tags.setObjectName("tagsEdit")
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        form = QFormLayout(self.body)
        form.addRow(self.tr("Follow-up:"), self.follow_up)
        form.addRow(self.tr("Tags:"), self.tags)
        self._watch(self.follow_up, self.tags)

    def load(self, ep: Episode) -> None:
        self.follow_up.setPlainText(ep.follow_up)
        self.tags.setText(", ".join(ep.tags))

    def store(self, ep: Episode) -> None:
        ep.follow_up = self.follow_up.toPlainText()
        ep.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]

    @staticmethod
    def has_content(ep: Episode) -> bool:
        return bool(ep.follow_up or ep.tags)
