"""The report's front part: cover, summary with the pattern charts, and the episodes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from vidne.app.episodes import overview, vocabulary
from vidne.app.evidence.store import CaptureInfo
from vidne.app.output.report import charts, labels
from vidne.app.output.report.fields import fmt_date, fmt_time, rows
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.selection import Selection
from vidne.app.output.report.text import lines, para

Ep = Mapping[str, Any]


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

    @property
    def lang(self) -> str:
        return self.selection.lang

    def t(self, key: str, *args: object) -> str:
        return labels.text(key, self.lang, *args)

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.styles[style])


class Tick(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker: reports progress (and checks Cancel) when layout reaches it."""

    def __init__(self, tick: Callable[[], None]) -> None:
        super().__init__()
        self.tick = tick

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.tick()


def _table(
    ctx: Context,
    head: list[str],
    body: list[list[str]],
    widths: list[float],
    column_styles: dict[int, str] | None = None,
) -> Table:
    styles = column_styles or {}
    data = [[ctx.p(escape(h), "cellhead") for h in head]]
    data += [[ctx.p(para(c), styles.get(i, "cell")) for i, c in enumerate(row)] for row in body]
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


def cover(ctx: Context) -> list[Flowable]:
    rec = labels.recipient(ctx.selection.recipient, ctx.lang)
    facts = [
        (ctx.t("name"), ctx.name),
        (ctx.t("workplace"), ctx.workplace),
        (ctx.t("recipient"), rec),
        (ctx.t("period"), ctx.period),
        (ctx.t("generated"), ctx.generated),
    ]
    story: list[Flowable] = [Spacer(1, 60), ctx.p(escape(ctx.t("title")), "title")]
    for label, value in facts:
        if value:
            story.append(ctx.p(f"<b>{escape(label)}:</b> {para(value)}"))
            story.append(Spacer(1, 4))
    story.append(ctx.p(escape(ctx.t("confidential")), "mark"))
    story.append(ctx.p(escape(ctx.t("total", len(ctx.episodes)))))
    story.append(PageBreak())
    return story


def summary(ctx: Context) -> list[Flowable]:
    eps, lang = ctx.episodes, ctx.lang
    story: list[Flowable] = [
        ctx.p(escape(ctx.t("summary")), "h1"),
        ctx.p(escape(ctx.t("total", len(eps)))),
    ]
    if not eps:
        return [*story, ctx.p(escape(ctx.t("none"))), PageBreak()]
    sev = [
        (vocabulary.severity_label(s, lang), str(sum(1 for e in eps if e.get("severity") == s)))
        for s in overview.SEVERITIES
    ]
    half = FRAME_W / 2
    story.append(
        _titled(
            ctx,
            "by_severity",
            _table(ctx, ["", ctx.t("count")], [list(r) for r in sev], [half, 60]),
        )
    )
    for key, name, table in (("by_kind", "kinds", "kind"), ("by_channel", "channel", "channel")):
        found = overview.counts(eps, name)
        if found:
            story.append(
                _titled(
                    ctx,
                    key,
                    _table(
                        ctx,
                        ["", ctx.t("count")],
                        [[vocabulary.label(table, k, lang), str(n)] for k, n in found],
                        [half, 60],
                    ),
                )
            )
    story += _senders(ctx) + _origin(ctx) + _told(ctx) + _deadlines(ctx) + _charts(ctx)
    story.append(PageBreak())
    return story


def _senders(ctx: Context) -> list[Flowable]:
    stats = overview.senders(ctx.episodes, ctx.relations, unknown="?")
    body = [
        [
            s.name,
            str(s.count),
            f"{s.first.date()} – {s.last.date()}",
            str(s.days),
            vocabulary.label("relation", s.relation, ctx.lang) if s.relation else "",
        ]
        for s in stats
    ]
    head = ["", ctx.t("count"), ctx.t("period"), ctx.t("days"), labels.field("relation", ctx.lang)]
    widths = [FRAME_W * 0.3, 46, 150, 40, FRAME_W * 0.7 - 236]
    return [_titled(ctx, "by_sender", _table(ctx, head, body, widths))]


def _origin(ctx: Context) -> list[Flowable]:
    counts = overview.origin(ctx.episodes, ctx.relations)
    body = [
        [ctx.t("internal"), str(counts["internal"])],
        [ctx.t("external"), str(counts["external"])],
        [ctx.t("unknown_origin"), str(counts["unknown"])],
    ]
    return [_titled(ctx, "by_origin", _table(ctx, ["", ctx.t("count")], body, [FRAME_W / 2, 60]))]


def _told(ctx: Context) -> list[Flowable]:
    told = overview.told_so_far(ctx.episodes)
    story: list[Flowable] = [ctx.p(escape(ctx.t("told_so_far")), "h2")]
    if not told:
        return [*story, ctx.p(escape(ctx.t("told_nobody")))]
    body = [
        [vocabulary.label("told", who, ctx.lang), fmt_date(when), str(n)] for who, when, n in told
    ]
    head = ["", labels.field("occurred_at", ctx.lang), ctx.t("count")]
    return [KeepTogether([*story, _table(ctx, head, body, [FRAME_W * 0.4, FRAME_W * 0.3, 60])])]


def _deadlines(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.p(escape(ctx.t("deadlines")), "h2")]
    for key in ("deadline_employer", "deadline_employee", "deadline_police"):
        story.append(ctx.p("• " + escape(ctx.t(key))))
    sick = [e for e in ctx.episodes if isinstance(e.get("sick_days"), int) and e["sick_days"]]
    if sick:
        story.append(ctx.p(escape(ctx.t("first_absence", fmt_date(sick[0]["occurred_at"])))))
    story.append(ctx.p(escape(ctx.t("deadline_note", labels.GUIDE_CHECKED)), "small"))
    return story


def _charts(ctx: Context) -> list[Flowable]:
    eps, lang = ctx.episodes, ctx.lang
    names = [vocabulary.severity_label(s, lang) for s in overview.SEVERITIES]
    straws = set(overview.last_straws(eps))
    marked = [overview.when(e) for e in eps if e.get("id") in straws]
    story: list[Flowable] = [
        CondPageBreak(200),
        ctx.p(escape(ctx.t("charts")), "h1"),
        ctx.p(escape(ctx.t("chart_month")), "h2"),
        charts.per_month(overview.per_month(eps), FRAME_W, names),
        ctx.p(escape(ctx.t("chart_severity")), "h2"),
        charts.severity_trend(overview.severity_trend(eps), marked, FRAME_W),
    ]
    for e in eps:
        if e.get("id") in straws:
            story.append(ctx.p(escape(ctx.t("last_straw", fmt_time(e["occurred_at"]))), "small"))
    stats = overview.senders(eps, ctx.relations)
    story += [
        KeepTogether([ctx.p(escape(ctx.t("chart_senders")), "h2"), charts.senders(stats, FRAME_W)])
    ]
    return story


def episodes(ctx: Context) -> list[Flowable]:
    story: list[Flowable] = [ctx.p(escape(ctx.t("episodes")), "h1")]
    for number, ep in enumerate(ctx.episodes, start=1):
        story += _episode(ctx, number, ep)
        story.append(Tick(ctx.tick))
    return story


def _episode(ctx: Context, number: int, ep: Ep) -> list[Flowable]:
    head = f"{ctx.t('episode', number)} · {fmt_time(ep['occurred_at'])}"
    story: list[Flowable] = [CondPageBreak(80), ctx.p(escape(head), "h2")]
    relation = overview.relation_of(ep, ctx.relations)
    for label, text, long in rows(ep, ctx.lang, relation):
        if long:
            story.append(ctx.p(escape(label), "label"))
            style = "quote" if label == labels.field("quote", ctx.lang) else "value"
            story += [ctx.p(markup, style) for markup in lines(text)]
        else:
            story.append(ctx.p(f"<b>{escape(label)}:</b> {para(text)}"))
    annexes = [ctx.annex_of[i.id] for i in ctx.items.get(ep.get("id"), []) if i.id in ctx.annex_of]
    if annexes:
        refs = ", ".join(ctx.t("annex", n) for n in annexes)
        story.append(ctx.p(f"<b>{escape(ctx.t('evidence'))}:</b> {escape(refs)}"))
    return story
