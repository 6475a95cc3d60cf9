"""The export dialog's scope: all episodes, a period, or the episodes ticked in the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QHBoxLayout, QLabel, QRadioButton, QWidget


class ScopeChoice(QWidget):
    """Three choices in a row; the period's two dates are only editable when it is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_radio = QRadioButton(self.tr("All episodes"), self)
        self.period_radio = QRadioButton(self.tr("Period:"), self)
        self.pick_radio = QRadioButton(self.tr("Chosen episodes"), self)
        self.group = QButtonGroup(self)
        for radio, name in (
            (self.all_radio, "allRadio"),
            (self.period_radio, "periodRadio"),
            (self.pick_radio, "pickRadio"),
        ):
            radio.setObjectName(name)
            self.group.addButton(radio)
        self.all_radio.setChecked(True)
        self.start = self._date("fromDate", self.tr("First day"), QDate.currentDate().addMonths(-3))
        self.end = self._date("toDate", self.tr("Last day"), QDate.currentDate())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.all_radio,
            self.period_radio,
            self.start,
            QLabel("–", self),
            self.end,
            self.pick_radio,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.group.buttonToggled.connect(self.changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)

    def _date(self, name: str, accessible: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDate(day)
        return edit

    def controls(self) -> list[QWidget]:
        """What is locked while a file is being written."""
        return [self.all_radio, self.period_radio, self.pick_radio, self.start, self.end]

    def follow(self) -> None:
        """The dates are editable only for a period."""
        self.start.setEnabled(self.period_radio.isChecked())
        self.end.setEnabled(self.period_radio.isChecked())

    def valid(self) -> bool:
        return self.start.date() <= self.end.date()

    def period(self) -> tuple[date | None, date | None]:
        """(first day, last day) of the period, or (None, None) when no period is chosen."""
        if not self.period_radio.isChecked():
            return None, None
        return _to_date(self.start.date()), _to_date(self.end.date())

    def picking(self) -> bool:
        return self.pick_radio.isChecked()


def _to_date(qdate: QDate) -> date:
    # QDate.toPython() is typed as returning object; build the date from its parts instead.
    return date(qdate.year(), qdate.month(), qdate.day())
