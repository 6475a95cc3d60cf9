"""The Overview figures as reportlab vector drawings (no images, so text stays sharp).

Each function takes the numbers from :mod:`vidne.app.episodes.overview` and returns a
``Drawing`` of the given width. Severity is told by a light-to-dark ramp *and* a hatching per
level, with the counts written in the bars, so the charts read the same printed in black and
white. Labels are user text made visible (:mod:`vidne.app.output.report.text`), set in the
face that draws each character and in reading order; a long name is shortened with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from vidne.app.episodes import overview
from vidne.app.output.report import bidi, fonts
from vidne.app.output.report.text import fit, runs, visible, width

SEVERITY_COLOURS = [
    colors.HexColor(c) for c in ("#f2d98c", "#f0a95b", "#e0703c", "#c23b2a", "#7a1418")
]
GRID = colors.HexColor("#cccccc")
TEXT = colors.HexColor("#222222")
FONT_SIZE = 7


# Per level: hatch lines as (dx, dy) directions, in white on the darker fills.
HATCH: list[list[tuple[float, float]]] = [[], [(1, 0)], [(0, 1)], [(1, 1)], [(1, 1), (1, -1)]]
HATCH_COLOURS = [TEXT, TEXT, TEXT, colors.white, colors.white]
HATCH_STEP = 3.2


def _label(
    x: float,
    y: float,
    text: str,
    anchor: str = "start",
    size: float = FONT_SIZE,
    room: float | None = None,
    colour: colors.Color = TEXT,
) -> Group:
    """User or own text at (x, y): faces switched, reading order, shortened to *room*."""
    shown = visible(text)
    if room is not None:
        shown = fit(shown, room, size)
    shown = bidi.one_line(shown)
    total = width(shown, size)
    left = x - total if anchor == "end" else x - total / 2 if anchor == "middle" else x
    group = Group()
    for face, piece in runs(shown):
        font = face or fonts.REGULAR
        group.add(String(left, y, piece, fontName=font, fontSize=size, fillColor=colour))
        left += width(piece, size)
    return group


def _hatched(x: float, y: float, w: float, h: float, level: int) -> Group:
    """A bar piece in the level's grey-distinct fill with the level's hatching on top."""
    group = Group(Rect(x, y, w, h, fillColor=SEVERITY_COLOURS[level], strokeColor=None))
    colour = HATCH_COLOURS[level]
    for dx, dy in HATCH[level]:
        if dy == 0:  # horizontal lines
            for k in range(1, int(h / HATCH_STEP) + 1):
                group.add(_line(x, y + k * HATCH_STEP, x + w, y + k * HATCH_STEP, colour))
        elif dx == 0:  # vertical lines
            for k in range(1, int(w / HATCH_STEP) + 1):
                group.add(_line(x + k * HATCH_STEP, y, x + k * HATCH_STEP, y + h, colour))
        else:
            for seg in _diagonals(x, y, w, h, dy):
                group.add(_line(*seg, colour))
    return group


def _line(x0: float, y0: float, x1: float, y1: float, colour: colors.Color) -> Line:
    return Line(x0, y0, x1, y1, strokeColor=colour, strokeWidth=0.5)


def _diagonals(
    x: float, y: float, w: float, h: float, slope: float
) -> list[tuple[float, float, float, float]]:
    """45° lines across the rectangle, clipped to it (slope 1 rises, -1 falls)."""
    out = []
    step = HATCH_STEP * 1.4
    c = -h + step
    while c < w:
        x0, x1 = max(c, 0.0), min(c + h, w)
        if x1 > x0:
            y0, y1 = x0 - c, x1 - c
            if slope < 0:
                y0, y1 = h - y0, h - y1
            out.append((x + x0, y + y0, x + x1, y + y1))
        c += step
    return out


def _legend(d: Drawing, y: float, names: Sequence[str]) -> None:
    x = 0.0
    for level, name in enumerate(names[: len(SEVERITY_COLOURS)]):
        d.add(_hatched(x, y, 9, 9, level))
        d.add(Rect(x, y, 9, 9, fillColor=None, strokeColor=TEXT, strokeWidth=0.3))
        d.add(_label(x + 12, y + 1.5, name))
        x += 18 + width(visible(name), FONT_SIZE)


def per_month(
    table: dict[str, list[int]], width: float, severity_names: Sequence[str], height: float = 150
) -> Drawing:
    """Stacked bars: episodes per month coloured by severity."""
    d = Drawing(width, height)
    left, bottom, top = 24.0, 28.0, height - 6
    peak = max((sum(v) for v in table.values()), default=0) or 1
    scale = (top - bottom) / peak
    for step in range(0, peak + 1, max(1, peak // 5)):
        y = bottom + step * scale
        d.add(Line(left, y, width, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(_label(left - 4, y - 2, str(step), "end"))
    slot = (width - left) / max(len(table), 1)
    every = max(1, len(table) // 12)
    for i, (month, row) in enumerate(table.items()):
        x, y = left + i * slot + slot * 0.15, bottom
        for level, n in enumerate(row):
            if n:
                d.add(_hatched(x, y, slot * 0.7, n * scale, level))
                if n * scale >= 9 and slot * 0.7 >= 9:  # the count, where it fits
                    d.add(_count(x + slot * 0.35, y + n * scale / 2 - 2.5, n, level))
                y += n * scale
        if i % every == 0:
            d.add(_label(x + slot * 0.35, bottom - 10, month, "middle"))
    _legend(d, 0, severity_names)
    return d


def _count(x: float, y: float, n: int, level: int) -> Group:
    """A segment's count on a white patch, so it reads over any fill and hatching."""
    text = str(n)
    w = width(text, 6) + 2
    group = Group(Rect(x - w / 2, y - 1, w, 7.5, fillColor=colors.white, strokeColor=None))
    group.add(_label(x, y, text, "middle", 6))
    return group


def _time_axis(
    d: Drawing, first: datetime, last: datetime, left: float, right: float, y: float
) -> None:
    d.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.6))
    d.add(_label(left, y - 10, first.date().isoformat()))
    if last.date() != first.date():
        d.add(_label(right, y - 10, last.date().isoformat(), "end"))


def _x(t: datetime, first: datetime, span: float, left: float, right: float) -> float:
    return left + (right - left) * ((t - first).total_seconds() / span if span else 0.5)


def severity_trend(
    trend: overview.Trend, highlight: Sequence[datetime], width: float, height: float = 130
) -> Drawing:
    """Each episode as a dot at its severity, the least-squares trend as a line."""
    d = Drawing(width, height)
    left, right, bottom, top = 24.0, width - 6, 16.0, height - 6
    for level in overview.SEVERITIES:
        y = bottom + (level - 0.5) * (top - bottom) / 5
        d.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(_label(left - 4, y - 2, str(level), "end"))
    if not trend.points:
        return d
    first, last = trend.points[0][0], trend.points[-1][0]
    span = (last - first).total_seconds()

    def y_of(value: float) -> float:
        return bottom + (value - 0.5) * (top - bottom) / 5

    for t, level in trend.points:
        x = _x(t, first, span, left, right)
        d.add(
            Circle(
                x,
                y_of(level),
                2.4,
                fillColor=SEVERITY_COLOURS[max(0, level - 1) % 5],
                strokeColor=TEXT,  # an outline keeps the light levels visible in grey
                strokeWidth=0.4,
            )
        )
        if t in highlight:
            d.add(Circle(x, y_of(level), 4.5, fillColor=None, strokeColor=TEXT, strokeWidth=0.8))
    d.add(
        Line(
            left,
            y_of(trend.start),
            right,
            y_of(trend.end),
            strokeColor=colors.black,
            strokeWidth=1.1,
            strokeDashArray=[3, 2],
        )
    )
    _time_axis(d, first, last, left, right, bottom - 4)
    return d


def senders(stats: Sequence[overview.SenderStats], width: float, limit: int = 10) -> Drawing:
    """One row per sender: a bar from the first to the last episode, the count at the end."""
    shown = list(stats[:limit])
    row, label_w = 14.0, min(140.0, width * 0.3)
    height = row * len(shown) + 20
    d = Drawing(width, height)
    if not shown:
        return d
    first = min(s.first for s in shown)
    last = max(s.last for s in shown)
    span = (last - first).total_seconds()
    left, right = label_w + 4, width - 30
    for i, s in enumerate(shown):
        y = height - (i + 1) * row
        d.add(_label(label_w, y + 3, s.name, "end", room=label_w - 4))
        x0, x1 = _x(s.first, first, span, left, right), _x(s.last, first, span, left, right)
        level = max(0, s.max_severity - 1) % 5
        d.add(_hatched(x0, y + 1, max(x1 - x0, 3), row - 5, level))
        d.add(_label(max(x1, x0 + 3) + 3, y + 3, f"{s.count} ({s.max_severity})"))
    _time_axis(d, first, last, left, right, 12)
    return d
