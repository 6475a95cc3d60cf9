"""Numbers and times as the user's language writes them: "0,74" and "14.03.2026 18.05" in
Danish, "0.74" and "3/14/26 6:05 PM" in English. The locale is that of the UI language chosen
(not the system's), so a Danish window never shows an English decimal point."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from vidne.app.i18n import current_language


def ui_locale() -> QLocale:
    if current_language() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def decimal(value: float, places: int = 2) -> str:
    """*value* with the language's decimal separator, e.g. '0,74'."""
    return ui_locale().toString(float(value), "f", places)


def local_date_time(value: datetime) -> str:
    """An aware or naive *value* in local time, in the language's short date and time format
    with seconds, e.g. '14.03.2026 18.05.07'."""
    local = value.astimezone() if value.tzinfo is not None else value
    shown = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    locale = ui_locale()
    date = locale.toString(shown.date(), QLocale.FormatType.ShortFormat)
    time = locale.toString(shown.time(), QLocale.FormatType.LongFormat)
    return f"{date} {_without_zone(time)}"


def _without_zone(text: str) -> str:
    """LongFormat times may end in a zone name ('18.05.07 CET'); the local time needs none."""
    parts = text.split(" ")
    return " ".join(p for p in parts if not p.isalpha() or p.upper() in ("AM", "PM"))
