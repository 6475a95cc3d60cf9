"""The episode's time field: Qt's date-time edit that also understands typed words.

Besides its own sections ("2026-03-14 18:05", arrows and the calendar), the field accepts what
a person types under stress: "14.3 18:05", "i går 20:10", "yesterday 8pm" (see
:mod:`vidne.app.episodes.when_text`). While such text is typed the field does not fight it;
on Enter or leaving the field it shows the time understood, or goes back to the time it showed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateTimeEdit, QWidget
from vidne.app.episodes.when_text import parse_typed

FORMAT = "yyyy-MM-dd HH:mm"


def _qt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class WhenEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(FORMAT)
        self.setToolTip(
            self.tr("Type e.g. 14.3 18:05 or “yesterday 20:10”, or use the arrows and calendar.")
        )

    def _understood(self, text: str) -> QDateTime | None:
        own = QDateTime.fromString(text, FORMAT)
        if own.isValid():
            return own
        now = datetime.now().replace(second=0, microsecond=0)
        typed = parse_typed(text, now)
        return _qt(typed) if typed is not None else None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = (
            QValidator.State.Acceptable
            if self._understood(text) is not None
            else QValidator.State.Intermediate
        )
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        understood = self._understood(text)
        return understood if understood is not None else self.dateTime()

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())  # not understood: show the time again
