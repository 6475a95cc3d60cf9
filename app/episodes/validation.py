"""Validation of an episode's fields: one translated line per problem, a cleaned copy otherwise.

Kept apart from the store so the editor, the CLI and the CSV import share the same rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from vidne.app.episodes.vocabulary import (
    ACCOUNTS,
    CHANNELS,
    KINDS,
    REFERENCE_KINDS,
    SUPPORT,
    TOLD_WHO,
)
from vidne.app.errors import ValidationError
from vidne.app.i18n import translate
from vidne.app.timeutil import local_now, parse_when, to_text

if TYPE_CHECKING:
    from vidne.app.episodes.store import Episode

MAX_TEXT = 1_000_000  # characters per text field; a pasted thread can be long, not unbounded
MAX_SHORT = 2_000
MAX_ITEMS = 500  # entries in one list field (witnesses, told, …)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LONG_TEXTS = ("description", "quote", "context", "own_reply", "experience", "symptoms", "follow_up")


def clean_text(value: Any, limit: int = MAX_TEXT) -> str:
    """Drop control characters (NUL, escape …) but keep tabs and line breaks."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    return _CONTROL.sub("", text)[:limit]


def clean_line(value: Any) -> str:
    return " ".join(clean_text(value, MAX_SHORT).split())


def _date_text(value: Any) -> str | None:
    """'' stays '', an ISO date (or the date of an ISO date-time) is kept, else None."""
    text = clean_line(value)
    if not text:
        return ""
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Checker:
    """Collects problems while cleaning one episode."""

    def __init__(self, ep: Episode, cleaned: Episode) -> None:
        self.ep, self.out = ep, cleaned
        self.problems: list[str] = []

    def when(self) -> None:
        try:
            when = parse_when(str(self.ep.occurred_at))
            if when > local_now() + timedelta(days=1):
                self.problems.append(translate("Validation", "The date is in the future."))
            self.out.occurred_at = to_text(when)
        except ValueError:
            self.problems.append(
                translate(
                    "Validation", "The date and time are not valid (use e.g. 2026-03-14 18:05)."
                )
            )
            return
        until = clean_line(self.ep.occurred_until)
        self.out.occurred_until = ""
        if until:
            try:
                end = parse_when(until)
            except ValueError:
                self.problems.append(
                    translate("Validation", "The end of the series is not a valid date.")
                )
                return
            if end < when:
                self.problems.append(
                    translate("Validation", "The end of the series is before its start.")
                )
            self.out.occurred_until = to_text(end)

    def choices(self) -> None:
        if self.ep.channel not in CHANNELS:
            self.problems.append(translate("Validation", "Choose a channel from the list."))
        if self.ep.account not in ACCOUNTS:
            self.problems.append(
                translate("Validation", "The account must be work, private or not stated.")
            )
        sev = self.ep.severity
        unset = self.ep.draft and sev == 0  # a draft may be saved before a level is chosen
        if not unset and (not _is_int(sev) or not 1 <= sev <= 5):
            self.problems.append(
                translate("Validation", "Severity must be a whole number from 1 to 5.")
            )
        self.out.kinds = self._keys(
            self.ep.kinds, KINDS, translate("Validation", "Unknown kind of harassment: %1")
        )
        self.out.support = self._keys(
            self.ep.support, SUPPORT, translate("Validation", "Unknown kind of support: %1")
        )
        if self.ep.asked_to_stop not in (None, True, False):
            self.problems.append(
                translate("Validation", "'Asked the sender to stop' must be yes, no or not stated.")
            )
        sid = self.ep.sender_id
        if sid is not None and (not _is_int(sid) or sid <= 0):
            self.problems.append(translate("Validation", "The sender reference is not valid."))

    def _keys(self, values: Any, table: dict[str, str], message: str) -> list[str]:
        if not isinstance(values, list | tuple):
            values = [values] if values else []
        out: list[str] = []
        for value in values:
            if value not in table:
                self.problems.append(message.replace("%1", clean_line(value)[:60]))
            elif value not in out:
                out.append(value)
        return [k for k in table if k in out]  # the vocabulary's order, so edits compare equal

    def texts(self) -> None:
        for name in LONG_TEXTS:
            value = getattr(self.ep, name)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                self.problems.append(
                    translate(
                        "Validation", "A text field is too long (at most one million characters)."
                    )
                )
            setattr(self.out, name, clean_text(value))
        self.out.sender = clean_text(str(self.ep.sender or "").strip(), MAX_SHORT)
        self.out.url = clean_line(self.ep.url)
        tags = (
            self.ep.tags
            if isinstance(self.ep.tags, list | tuple)
            else str(self.ep.tags or "").split(",")
        )
        seen: list[str] = []
        for tag in (clean_line(t) for t in tags):
            if tag and tag.casefold() not in (s.casefold() for s in seen):
                seen.append(tag)
        self.out.tags = seen
        if not self.out.description.strip() and not self.out.sender and not self.ep.draft:
            self.problems.append(
                translate("Validation", "Write a short description of what happened.")
            )

    def effect(self) -> None:
        days = self.ep.sick_days
        if days is not None and (not _is_int(days) or not 0 <= days <= 3650):
            self.problems.append(
                translate("Validation", "Sick days must be a whole number (0 or more).")
            )

    def lists(self) -> None:
        self.out.doctor_visits = self._records(self.ep.doctor_visits, ("date", "note"), "date")
        self.out.witnesses = self._records(self.ep.witnesses, ("name", "role", "contact"), None)
        told = self._records(self.ep.told, ("who", "when", "note"), "when")
        for item in told:
            if item["who"] not in TOLD_WHO:
                self.problems.append(translate("Validation", "Choose whom you told from the list."))
        self.out.told = told
        refs = self._records(self.ep.references, ("kind", "number"), None)
        for item in refs:
            if item["kind"] not in REFERENCE_KINDS:
                self.problems.append(
                    translate("Validation", "Choose the kind of reference number from the list.")
                )
        self.out.references = refs

    def _records(
        self, items: Any, keys: tuple[str, ...], date_key: str | None
    ) -> list[dict[str, str]]:
        """Clean a list of small records; drop entirely empty ones (an unfilled editor row)."""
        if not isinstance(items, list | tuple) or len(items) > MAX_ITEMS:
            self.problems.append(translate("Validation", "A list field is not valid."))
            return []
        out = []
        for item in items:
            if not isinstance(item, dict):
                self.problems.append(translate("Validation", "A list field is not valid."))
                continue
            row = {k: clean_line(item.get(k, "")) for k in keys}
            if not any(row.values()):
                continue
            if date_key is not None:
                when = _date_text(row[date_key])
                if when is None:
                    self.problems.append(
                        translate(
                            "Validation", "A date is not valid (use e.g. 2026-03-14): %1"
                        ).replace("%1", row[date_key][:40])
                    )
                else:
                    row[date_key] = when
            out.append(row)
        return out


def validate(ep: Episode) -> Episode:
    """Return a cleaned copy or raise ValidationError with one translated line per problem."""
    from vidne.app.episodes.store import Episode

    cleaned = Episode(**ep.to_dict())
    check = _Checker(ep, cleaned)
    check.when()
    check.choices()
    check.texts()
    check.effect()
    check.lists()
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned
