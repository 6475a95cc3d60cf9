"""Times as Vidne stores them: aware datetimes, ISO 8601 text with the UTC offset."""

from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def parse_when(text: str) -> datetime:
    """ISO date or date-time; a naive value is taken as local time and given its offset."""
    value = datetime.fromisoformat(
        text.strip().replace(" ", "T", 1)
        if "T" not in text and " " in text.strip()
        else text.strip()
    )
    if value.tzinfo is None:
        value = value.astimezone()  # local zone, with the offset valid on that date
    return value.replace(microsecond=0)


def to_text(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.astimezone()
    return value.replace(microsecond=0).isoformat()
