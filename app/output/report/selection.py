"""What goes into a report or a bundle: period or chosen episodes, captures left out, options.

A report may reach the person it names, so the selection is explicit and checked in one place:
:meth:`Selection.episodes` is the only way the report and the bundle pick episodes (an episode
marked as a draft is never picked).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vidne.app.episodes import overview
from vidne.app.timeutil import parse_when

RECIPIENTS = ("leader", "amr", "tr", "police", "self")
LANGUAGES = ("da", "en")


@dataclass
class Selection:
    """The user's choice. ``episode_ids`` (if given) wins over the period."""

    start: date | None = None
    end: date | None = None
    episode_ids: set[int] | None = None
    excluded_captures: set[int] = field(default_factory=set)
    recipient: str = "self"
    lang: str = "da"
    images: bool = True
    request: str = ""  # what the user asks for, in their words (printed on the first page)
    # Redaction that withholds: for anyone but the user, a capture with a redacted copy is
    # shared as that copy only; sharing the unredacted original too is this explicit choice.
    include_originals: bool = False

    def __post_init__(self) -> None:
        if self.recipient not in RECIPIENTS:
            raise ValueError(f"unknown recipient {self.recipient!r}")
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}")
        if self.start and self.end and self.start > self.end:
            raise ValueError("the period ends before it starts")

    @property
    def withholds_originals(self) -> bool:
        """Whether the unredacted original of a redacted copy stays out of report and bundle
        (only its SHA-256 is given): for every recipient but "self", unless chosen."""
        return self.recipient != "self" and not self.include_originals

    def matches(self, ep: Mapping[str, Any]) -> bool:
        if ep.get("draft"):  # an unfinished entry is the user's own, never in a report
            return False
        if self.episode_ids is not None:
            return ep.get("id") in self.episode_ids
        first = overview.when(ep).date()
        last = first
        if ep.get("occurred_until"):
            # a series counts if any part of it falls inside the period
            with contextlib.suppress(ValueError):
                last = max(first, parse_when(str(ep["occurred_until"])).date())
        return (self.start is None or last >= self.start) and (
            self.end is None or first <= self.end
        )

    def episodes(self, all_episodes: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The selected episodes, oldest first."""
        return overview.in_order(e for e in all_episodes if self.matches(e))

    def period_text(self, chosen: list[Mapping[str, Any]], all_time: str) -> str:
        """'2026-01-05 – 2026-03-14': the chosen period, or the span of the chosen episodes."""
        start = self.start or (overview.when(chosen[0]).date() if chosen else None)
        end = self.end or (overview.when(chosen[-1]).date() if chosen else None)
        if start is None or end is None:
            return all_time
        return f"{start.isoformat()} – {end.isoformat()}"
