"""The figures the report's first page puts into words, computed from the selected episodes.

Pure functions over episode dicts (and the sender registry's relations), built on
:mod:`vidne.app.episodes.overview` so the words, the tables and the charts agree. Nothing is
guessed: a figure the log cannot give is None or empty, and the page says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vidne.app.episodes import overview

Ep = Mapping[str, Any]
# Below this slope (severity levels per 30 days) the trend line is called steady.
STEADY_SLOPE = 0.15
MIN_FOR_TREND = 3
EMPLOYER_DAYS = 14  # the employer's deadline after the first day of absence (labels.deadline_*)


@dataclass(frozen=True)
class Gap:
    days: int
    start: date
    end: date


@dataclass(frozen=True)
class Facts:
    count: int
    first: date | None
    last: date | None
    per_level: dict[int, int]  # severity -> count, every level
    per_month: dict[str, int]  # 'YYYY-MM' -> count, empty months included
    longest_gap: Gap | None
    trend: overview.Trend
    trend_word: str  # 'rising', 'falling', 'steady' or 'too_few'
    last_30: int  # episodes in the 30 days up to the last one
    before_30: int  # and in the 30 days before those
    straws: list[Ep]
    repeat_senders: list[overview.SenderStats]
    channels: list[tuple[str, int]]
    sick_days: int
    sick_episodes: int
    first_sick: date | None
    doctor_visits: int
    first_doctor: date | None
    told: list[tuple[str, str, int]]

    @property
    def days(self) -> int:
        """From the first to the last episode, both days counted."""
        return (self.last - self.first).days + 1 if self.first and self.last else 0

    @property
    def busiest(self) -> tuple[str, int] | None:
        if not self.per_month:
            return None
        month = max(self.per_month, key=lambda m: (self.per_month[m], m))
        return month, self.per_month[month]

    @property
    def employer_deadline(self) -> date | None:
        return self.first_sick + timedelta(days=EMPLOYER_DAYS) if self.first_sick else None

    @property
    def own_deadline(self) -> date | None:
        """One year after the first sick day (the same day a year later; 28 Feb for 29 Feb)."""
        if self.first_sick is None:
            return None
        try:
            return self.first_sick.replace(year=self.first_sick.year + 1)
        except ValueError:
            return self.first_sick.replace(year=self.first_sick.year + 1, day=28)


def _day(ep: Ep) -> date:
    return overview.when(ep).date()


def longest_gap(days: Sequence[date]) -> Gap | None:
    """The longest stretch without an episode between two consecutive episode days."""
    best: Gap | None = None
    for before, after in zip(days, days[1:], strict=False):
        gap = (after - before).days
        if gap > 0 and (best is None or gap > best.days):
            best = Gap(gap, before, after)
    return best


def _trend_word(trend: overview.Trend, count: int) -> str:
    if count < MIN_FOR_TREND:
        return "too_few"
    if trend.per_30_days >= STEADY_SLOPE:
        return "rising"
    if trend.per_30_days <= -STEADY_SLOPE:
        return "falling"
    return "steady"


def _date_of(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text or "")[:10])
    except ValueError:
        return None


def _doctor(episodes: Sequence[Ep]) -> tuple[int, date | None]:
    visits = [v for e in episodes for v in (e.get("doctor_visits") or [])]
    dates = [d for v in visits if isinstance(v, Mapping) and (d := _date_of(v.get("date")))]
    return len(visits), min(dates, default=None)


def _recent(days: Sequence[date]) -> tuple[int, int]:
    if not days:
        return 0, 0
    end = days[-1]
    last = sum(1 for d in days if end - d < timedelta(days=30))
    before = sum(1 for d in days if timedelta(days=30) <= end - d < timedelta(days=60))
    return last, before


def compute(episodes: Sequence[Ep], relations: Mapping[Any, str] | None = None) -> Facts:
    """Every figure of the summary; *episodes* oldest first."""
    eps = overview.in_order(episodes)
    days = [_day(e) for e in eps]
    per_month = {m: sum(row) for m, row in overview.per_month(eps).items()}
    trend = overview.severity_trend(eps)
    straw_ids = set(overview.last_straws(eps))
    sick = [e for e in eps if isinstance(e.get("sick_days"), int) and e["sick_days"] > 0]
    visits, first_doctor = _doctor(eps)
    last_30, before_30 = _recent(days)
    return Facts(
        count=len(eps),
        first=days[0] if days else None,
        last=days[-1] if days else None,
        per_level={s: sum(1 for e in eps if e.get("severity") == s) for s in overview.SEVERITIES},
        per_month=per_month,
        longest_gap=longest_gap(days),
        trend=trend,
        trend_word=_trend_word(trend, len(eps)),
        last_30=last_30,
        before_30=before_30,
        straws=[e for e in eps if e.get("id") in straw_ids],
        repeat_senders=[
            s for s in overview.senders(eps, relations, unknown="") if s.count > 1 and s.name
        ],
        channels=overview.counts(eps, "channel"),
        sick_days=sum(int(e["sick_days"]) for e in sick),
        sick_episodes=len(sick),
        first_sick=_day(sick[0]) if sick else None,
        doctor_visits=visits,
        first_doctor=first_doctor,
        told=overview.told_so_far(eps),
    )
