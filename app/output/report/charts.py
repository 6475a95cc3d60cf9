"""The Overview figures as reportlab vector drawings (no images, so text stays sharp).

Each function takes the numbers from :mod:`vidne.app.episodes.overview` and returns a ``Drawing`` of the given
width; labels are plain strings made visible by :func:`vidne.app.output.report.text.visible`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from vidne.app.episodes import overview
from vidne.app.output.report import fonts
from vidne.app.output.report.text import visible

SEVERITY_COLOURS = [
    colors.HexColor(c) for c in ("#f2d98c", "#f0a95b", "#e0703c", "#c23b2a", "#7a1418")
]
GRID = colors.HexColor("#cccccc")
TEXT = colors.HexColor("#222222")
FONT_SIZE = 7


def _label(x: float, y: float, text: str, anchor: str = "start", size: float = FONT_SIZE) -> String:
    return String(
        x,
        y,
        visible(text),
        fontName=fonts.REGULAR,
        fontSize=size,
        fillColor=TEXT,
        textAnchor=anchor,
    )


def _legend(d: Drawing, y: float, names: Sequence[str]) -> None:
    x = 0.0
    for colour, name in zip(SEVERITY_COLOURS, names, strict=False):
        d.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        d.add(_label(x + 10, y + 1, name))
        x += 12 + len(name) * 4.2


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
                d.add(
                    Rect(
                        x,
                        y,
                        slot * 0.7,
                        n * scale,
                        fillColor=SEVERITY_COLOURS[level],
                        strokeColor=None,
                    )
                )
                y += n * scale
        if i % every == 0:
            d.add(_label(x + slot * 0.35, bottom - 10, month, "middle"))
    _legend(d, 0, severity_names)
    return d


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
                2.2,
                fillColor=SEVERITY_COLOURS[max(0, level - 1) % 5],
                strokeColor=None,
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
        name = s.name if len(s.name) <= 28 else s.name[:27] + "…"
        d.add(_label(label_w, y + 3, name, "end"))
        x0, x1 = _x(s.first, first, span, left, right), _x(s.last, first, span, left, right)
        colour = SEVERITY_COLOURS[max(0, s.max_severity - 1) % 5]
        d.add(Rect(x0, y + 1, max(x1 - x0, 3), row - 5, fillColor=colour, strokeColor=None))
        d.add(_label(max(x1, x0 + 3) + 3, y + 3, f"{s.count}"))
    _time_axis(d, first, last, left, right, 12)
    return d
