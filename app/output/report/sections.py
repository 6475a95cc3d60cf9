"""What every part of the report shares: the context gathered once, tables that can never
outgrow a page, and the markers that report progress and continued episodes.

The parts themselves live beside this module: the cover (:mod:`.cover`), the summary in words
(:mod:`.story`), the registration page (:mod:`.register`), the pattern tables and charts
(:mod:`.pattern`), the episodes (:mod:`.details`) and the annexes (:mod:`.annexes`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from vidne.app.episodes.senders import Sender
from vidne.app.evidence.store import CaptureInfo
from vidne.app.output.report import bidi, labels
from vidne.app.output.report.contents import Pages
from vidne.app.output.report.selection import Selection
from vidne.app.output.report.text import fit, visible

Ep = Mapping[str, Any]
CELL_LINES = 3  # a table cell holds at most this many lines; the details hold the rest


@dataclass
class Context:
    """Everything the sections need, gathered once before layout starts."""

    selection: Selection
    episodes: list[Ep]
    items: dict[Any, list[CaptureInfo]]
    originals: dict[int, CaptureInfo]  # a redacted copy's id -> the original it was made from
    relations: dict[Any, str]
    name: str
    workplace: str
    period: str
    generated: str
    chain_head: str
    styles: dict[str, Any]
    tick: Callable[[], None] = lambda: None
    log: str = ""  # "The log held N entries up to …, head …" (vidne.app.vault.anchor)
    annex_of: dict[int, int] = field(default_factory=dict)  # item id -> annex number
    trusted_time: dict[int, str] = field(default_factory=dict)  # item id -> its token's line
    today: date = field(default_factory=date.today)
    continuing: str = ""  # the heading of an episode that goes on onto the next page
    pages: Pages = field(default_factory=Pages)  # where each part starts, for the contents
    senders: dict[int, Sender] = field(default_factory=dict)  # the sender registry, by id

    @property
    def lang(self) -> str:
        return self.selection.lang

    @property
    def request(self) -> str:
        return self.selection.request.strip()

    def t(self, key: str, *args: object) -> str:
        return labels.text(key, self.lang, *args)

    def n(self, key: str, count: int) -> str:
        """'1 episode', '3 episoder' in the report's language."""
        return labels.count(key, count, self.lang)

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.styles[style])

    def text(self, value: Any, style: str = "body", label: str = "") -> Flowable:
        """User text (or a sentence holding some), printed faithfully after a bold label."""
        return bidi.flowable(visible(str(value)), self.styles[style], label)

    def number(self, ep: Ep) -> int:
        """The episode's number as the app shows it ("Episode 7" is the same in both)."""
        return int(ep.get("id") or 0)

    def annexes(self, ep: Ep) -> list[int]:
        """The annex numbers of the episode's evidence, in order."""
        items = self.items.get(ep.get("id"), [])
        return sorted({self.annex_of[i.id] for i in items if i.id in self.annex_of})

    def identifiers_of(self, ep: Ep) -> list[str]:
        """The handles, profile names, addresses and numbers the sender registry holds for the
        episode's sender (none for a sender typed in without the registry)."""
        known = self.sender_of(ep)
        return list(known.identifiers) if known is not None else []

    def sender_of(self, ep: Ep) -> Sender | None:
        """The episode's sender in the registry, if it was chosen from there."""
        sender_id = ep.get("sender_id")
        return self.senders.get(sender_id) if isinstance(sender_id, int) else None

    def episodes_of(self, annex: int) -> list[int]:
        """The numbers of the episodes an annex belongs to (usually one)."""
        return [self.number(ep) for ep in self.episodes if annex in self.annexes(ep)]


class Tick(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker: reports progress (and checks Cancel) when layout reaches it."""

    def __init__(self, tick: Callable[[], None]) -> None:
        super().__init__()
        self.tick = tick

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.tick()


class Continues(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker: from here on a new page starts with *heading* "(fortsat)"; an empty
    heading ends that. Drawn in order, so it records where layout really is."""

    def __init__(self, ctx: Context, heading: str) -> None:
        super().__init__()
        self.ctx, self.heading = ctx, heading

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.ctx.continuing = self.heading


def cell_text(ctx: Context, value: Any, style: str, col_width: float, lines: int) -> Flowable:
    """A cell's text: shortened with an ellipsis to *lines* lines of the column, so that no row
    can grow taller than a page (the details print the full text)."""
    st = ctx.styles[style]
    room = (col_width - 6) * lines * 0.9  # 0.9: words rarely fill a line to the end
    return bidi.flowable(fit(visible(str(value)), room, st.fontSize, st.fontName), st)


def _table(
    ctx: Context,
    head: list[str],
    body: list[list[str]],
    widths: list[float],
    column_styles: dict[int, str] | None = None,
    lines: int = CELL_LINES,
    head_style: str = "cellhead",
) -> Table:
    styles = column_styles or {}
    data: list[list[Any]] = [[ctx.p(escape(h), head_style) for h in head]]
    data += [
        [cell_text(ctx, c, styles.get(i, "cell"), widths[i], lines) for i, c in enumerate(row)]
        for row in body
    ]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _titled(ctx: Context, key: str, table: Table) -> Flowable:
    """A heading kept on the same page as (the start of) its table."""
    return KeepTogether([ctx.p(escape(ctx.t(key)), "h2"), table])
