"""The pattern across episodes: severity, frequency and duration ("grovhed, hyppighed, varighed").

Pure functions over a list of episode dicts (``Episode.to_dict()``) and, optionally, the sender
registry's relations, so the Overview page and the PDF report draw the same figures from the same
numbers. Fields the record does not have yet are treated as empty.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from vidne.app.episodes.senders import is_internal
from vidne.app.timeutil import parse_when

Ep = Mapping[str, Any]
SEVERITIES = (1, 2, 3, 4, 5)

# "Dråben": a small episode after many can be the one that breaks the camel's back.
LAST_STRAW_MAX_SEVERITY = 2
LAST_STRAW_MIN_RUN = 3
LAST_STRAW_WINDOW_DAYS = 30


def when(ep: Ep) -> datetime:
    text = ep["occurred_at"]
    return _parse(text if type(text) is str else str(text))


@functools.lru_cache(maxsize=65536)
def _parse(text: str) -> datetime:
    """Every figure asks for the date again; parse each distinct text once."""
    return parse_when(text)


def in_order(episodes: Iterable[Ep]) -> list[Ep]:
    """Oldest first; ties by id so the order is stable."""
    return sorted(episodes, key=lambda e: (when(e), e.get("id") or 0))


def _by_severity(keys: Iterable[tuple[str, int]]) -> dict[str, list[int]]:
    table: dict[str, list[int]] = {}
    for key, level in keys:
        row = table.setdefault(key, [0] * len(SEVERITIES))
        if level in SEVERITIES:
            row[level - 1] += 1
    return dict(sorted(table.items()))


def per_week(episodes: Iterable[Ep]) -> dict[str, list[int]]:
    """ISO week ('2026-W07') -> counts for severity 1..5, weeks in order."""

    def key(e: Ep) -> str:
        year, week, _ = when(e).isocalendar()
        return f"{year}-W{week:02d}"

    return _by_severity((key(e), int(e.get("severity") or 0)) for e in episodes)


def _month(moment: datetime) -> str:
    """'2026-02' (not strftime: under Qt each strftime call goes through an import hook, and
    10,000 of them cost a third of the Overview's budget)."""
    return f"{moment.year:04d}-{moment.month:02d}"


def per_month(episodes: Iterable[Ep]) -> dict[str, list[int]]:
    """Month ('2026-02') -> counts for severity 1..5, months in order (empty months filled)."""
    table = _by_severity((_month(when(e)), int(e.get("severity") or 0)) for e in episodes)
    if not table:
        return table
    first, last = min(table), max(table)
    year, month = int(first[:4]), int(first[5:])
    filled: dict[str, list[int]] = {}
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        filled[key] = table.get(key, [0] * len(SEVERITIES))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled


@dataclass(frozen=True)
class Trend:
    """Least-squares line of severity against time; ``per_30_days`` is the slope."""

    points: list[tuple[datetime, int]]
    start: float
    end: float
    per_30_days: float


def severity_trend(episodes: Iterable[Ep]) -> Trend:
    points = [(when(e), int(e.get("severity") or 0)) for e in in_order(episodes)]
    if not points:
        return Trend([], 0.0, 0.0, 0.0)
    t0 = points[0][0]
    xs = [(t - t0).total_seconds() / 86400 for t, _ in points]
    ys = [float(s) for _, s in points]
    n, mean_x, mean_y = len(xs), sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mean_x) ** 2 for x in xs)
    slope = (
        0.0
        if n < 2 or var == 0
        else sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / var
    )
    intercept = mean_y - slope * mean_x
    return Trend(points, intercept, intercept + slope * xs[-1], slope * 30)


def relation_of(ep: Ep, relations: Mapping[Any, str] | None = None) -> str:
    """The sender's relation: on the episode, or from the registry by sender_id, then name."""
    if ep.get("relation"):
        return str(ep["relation"])
    relations = relations or {}
    for key in (ep.get("sender_id"), ep.get("sender")):
        if key is not None and key in relations:
            return relations[key]
    return ""


@dataclass(frozen=True)
class SenderStats:
    name: str
    count: int
    first: datetime
    last: datetime
    max_severity: int
    relation: str

    @property
    def days(self) -> int:
        """Duration from the first to the last episode, counting both days."""
        return (self.last.date() - self.first.date()).days + 1


def senders(
    episodes: Iterable[Ep], relations: Mapping[Any, str] | None = None, unknown: str = "?"
) -> list[SenderStats]:
    """Per sender: how often, from when to when, worst severity; most frequent first.

    Episodes linked to the same registry sender are one sender, whatever name was typed on
    each (a merged profile, a new spelling); the name shown is the one typed most often.
    Episodes without a link join the linked sender typed with the same name, or are grouped
    by the name typed."""
    rows = [(e, _typed(e, unknown), e.get("sender_id")) for e in episodes]
    linked: dict[str, object] = {}  # a name typed on a linked episode -> its sender
    for _, typed, sid in rows:
        if sid is not None:
            linked.setdefault(typed, ("registry", sid))
    groups: dict[object, list[tuple[Ep, str]]] = {}
    for e, typed, sid in rows:
        group = ("registry", sid) if sid is not None else linked.get(typed, typed)
        groups.setdefault(group, []).append((e, typed))
    stats = []
    for members in groups.values():
        eps = [e for e, _ in members]
        times = [when(e) for e in eps]
        stats.append(
            SenderStats(
                _most_typed(members),
                len(eps),
                min(times),
                max(times),
                max(int(e.get("severity") or 0) for e in eps),
                relation_of(eps[0], relations),
            )
        )
    return sorted(stats, key=lambda s: (-s.count, s.first, s.name))


def _typed(ep: Ep, unknown: str) -> str:
    return str(ep.get("sender") or "").strip() or unknown


def _most_typed(members: list[tuple[Ep, str]]) -> str:
    """The name typed most often (the latest of equally frequent ones)."""
    names = Counter(typed for _, typed in members)
    if len(names) == 1:
        return members[0][1]
    latest = {typed: when(e) for e, typed in members}
    return max(names, key=lambda n: (names[n], latest[n]))


def counts(episodes: Iterable[Ep], name: str) -> list[tuple[str, int]]:
    """Count a field's values (each item of a list field counts); most common first."""
    tally: Counter[str] = Counter()
    for e in episodes:
        value = e.get(name)
        if isinstance(value, list | tuple | set):
            tally.update(str(v) for v in value if v not in (None, ""))
        elif value not in (None, ""):
            tally[str(value)] += 1
    return sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))


def top_channels(episodes: Iterable[Ep], limit: int = 5) -> list[tuple[str, int]]:
    return counts(episodes, "channel")[:limit]


def origin(episodes: Iterable[Ep], relations: Mapping[Any, str] | None = None) -> dict[str, int]:
    """Internal vs external senders; 'unknown' when no relation is recorded."""
    result = {"internal": 0, "external": 0, "unknown": 0}
    for e in episodes:
        relation = relation_of(e, relations)
        key = "unknown" if not relation else "internal" if is_internal(relation) else "external"
        result[key] += 1
    return result


def told_so_far(episodes: Iterable[Ep]) -> list[tuple[str, str, int]]:
    """Who has been told: (who, first date told, number of episodes told about)."""
    first: dict[str, str] = {}
    tally: Counter[str] = Counter()
    for e in episodes:
        for item in e.get("told") or []:
            who = str(item.get("who") or "other") if isinstance(item, Mapping) else str(item)
            date = str(item.get("when") or "") if isinstance(item, Mapping) else ""
            tally[who] += 1
            if date and (who not in first or date < first[who]):
                first[who] = date
            first.setdefault(who, date)
    return sorted(
        ((w, first.get(w, ""), n) for w, n in tally.items()), key=lambda t: (t[1] or "9999", t[0])
    )


def last_straws(episodes: Sequence[Ep]) -> list[Any]:
    """Ids of minor episodes that follow a run of others within the window."""
    ordered = in_order(episodes)
    times = [when(e) for e in ordered]
    window = timedelta(days=LAST_STRAW_WINDOW_DAYS)
    hits = []
    for i, e in enumerate(ordered):
        if int(e.get("severity") or 0) > LAST_STRAW_MAX_SEVERITY:
            continue
        before = i - bisect.bisect_left(times, times[i] - window, 0, i)  # times are sorted
        if before >= LAST_STRAW_MIN_RUN:
            hits.append(e.get("id"))
    return hits
