"""Dates and times as people type them: "14.3 18:05", "i går 20:10", "yesterday 8pm".

The editor's time field accepts these besides its own format. Pure functions: *now* is passed
in, so the tests need no clock. A day without a year is the most recent such day (an episode
is logged after it happened); a time alone is today; a day alone is at 00:00 unless a time
follows. Anything not understood gives None (the field then keeps what it showed).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

# Words for days relative to today, in Danish and English, lower case.
RELATIVE_DAYS = {
    "i dag": 0,
    "idag": 0,
    "today": 0,
    "nu": 0,
    "now": 0,
    "i går": -1,
    "igår": -1,
    "i gar": -1,
    "yesterday": -1,
    "i forgårs": -2,
    "forgårs": -2,
}
_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$")
_DAY = re.compile(r"^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2,4}))?\.?$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_typed(text: str, now: datetime) -> datetime | None:
    """*text* as a naive local date-time, or None. *now* (naive, local) anchors relative
    words and days without a year."""
    words = " ".join(text.strip().lower().replace(",", " ").split())
    if not words:
        return None
    if words in ("nu", "now"):
        return now.replace(second=0, microsecond=0)
    day_part, time_part = _split(words)
    day = _day(day_part, now) if day_part else now.date()
    if day is None:
        return None
    hour_minute = _time(time_part) if time_part else (0, 0) if day_part else None
    if hour_minute is None:
        return None
    return datetime(day.year, day.month, day.day, *hour_minute)


def _split(words: str) -> tuple[str, str]:
    """('14.3', '18:05') from '14.3 18:05'; a lone time gives ('', time)."""
    for word in sorted(RELATIVE_DAYS, key=len, reverse=True):
        if words.startswith(word):
            return word, words[len(word) :].strip()
    head, _, rest = words.partition(" ")
    if _TIME.match(words) and not _DAY.match(words):
        return "", words
    return head, rest.strip()


def _day(text: str, now: datetime) -> datetime | None:
    if text in RELATIVE_DAYS:
        return now + timedelta(days=RELATIVE_DAYS[text])
    iso = _ISO_DAY.match(text)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    found = _DAY.match(text)
    if not found:
        return None
    day, month, year_text = int(found[1]), int(found[2]), found[3]
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        return _date(year, month, day)
    candidate = _date(now.year, month, day)
    if candidate is not None and candidate.date() > now.date():
        candidate = _date(now.year - 1, month, day)  # "14.3" in January: last March
    return candidate


def _date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _time(text: str) -> tuple[int, int] | None:
    found = _TIME.match(text.replace(" ", "") if text.endswith(("am", "pm")) else text)
    if not found:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    if found[3] == "pm" and hour < 12:
        hour += 12
    elif found[3] == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute
