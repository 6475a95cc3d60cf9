"""The episodes: a compact table of all of them, and each one in full.

Episodes are numbered as the app numbers them (their id). In the table every cell is short
(an ellipsis where a text is long); the details print every field in full. An episode is kept
on one page where it fits; a longer one goes on under "Episode 7 … (fortsat)" on the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak
from vidne.app.episodes import overview, vocabulary
from vidne.app.output.report import labels
from vidne.app.output.report.fields import POLICE_FIRST, fmt_time, rows
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.sections import Context, Continues, Ep, Tick, _table
from vidne.app.output.report.text import pieces

TABLE_WIDTHS = [26.0, 58.0, 66.0, 80.0, 46.0, 0.0, 34.0]
TABLE_WIDTHS[5] = FRAME_W - sum(TABLE_WIDTHS)


def ranges(numbers: list[int]) -> str:
    """'3–5, 8': consecutive annex numbers as a range."""
    out: list[str] = []
    start = prev = None
    for n in [*numbers, None]:
        if n is not None and prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(out)


def table(ctx: Context) -> list[Flowable]:
    """Every episode on one line or two: the overview a meeting works from."""
    lang = ctx.lang
    head = [
        ctx.t("col_no"),
        labels.field("occurred_at", lang),
        labels.field("channel", lang),
        labels.field("sender", lang),
        labels.field("severity", lang),
        labels.field("description", lang),
        ctx.t("col_annexes"),
    ]
    body = [
        [
            str(ctx.number(ep)),
            fmt_time(ep["occurred_at"]),
            vocabulary.label("channel", str(ep.get("channel") or ""), lang),
            str(ep.get("sender") or ""),
            str(ep.get("severity") or ""),
            str(ep.get("description") or ""),
            ranges(ctx.annexes(ep)),
        ]
        for ep in ctx.episodes
    ]
    title = ctx.p(escape(ctx.t("table_title")), "h1")
    if not body:
        return [title, ctx.p(escape(ctx.t("none"))), PageBreak()]
    widths = list(TABLE_WIDTHS)
    styles = dict.fromkeys(range(7), "tiny")
    return [title, _table(ctx, head, body, widths, styles, 2, "tinyhead"), PageBreak()]


def heading(ctx: Context, ep: Ep) -> str:
    return f"{ctx.t('episode', ctx.number(ep))} · {fmt_time(ep['occurred_at'])}"


def episode(ctx: Context, ep: Ep, police: bool = False) -> list[Flowable]:
    """One episode in full, kept together where it fits."""
    head = heading(ctx, ep)
    body: list[Flowable] = [Continues(ctx, ctx.t("continued", head)), ctx.p(escape(head), "h2")]
    relation = overview.relation_of(ep, ctx.relations)
    first = POLICE_FIRST if police else ()
    for label, text, long in rows(ep, ctx.lang, relation, first, ctx.identifiers_of(ep)):
        if not long:
            body.append(ctx.text(text, "body", label))
            continue
        body.append(ctx.p(escape(label), "label"))
        style = "quote" if label == labels.field("quote", ctx.lang) else "value"
        body += [
            ctx.text(piece, style) if piece else ctx.p("&nbsp;", style) for piece in pieces(text)
        ]
    annexes = ctx.annexes(ep)
    if annexes:
        refs = ", ".join(ctx.t("annex", n) for n in annexes)
        body.append(ctx.p(f"<b>{escape(ctx.t('evidence'))}:</b> {escape(refs)}"))
    body.append(Continues(ctx, ""))
    return [CondPageBreak(80), KeepTogether(body)]


def episodes(
    ctx: Context, police: bool = False, after: Callable[[Ep], list[Flowable]] | None = None
) -> list[Flowable]:
    """Every episode in time order; *after* adds what follows each (the police's evidence)."""
    # The heading never ends a page alone: it starts a new one unless an episode fits below it.
    story: list[Flowable] = [CondPageBreak(120), ctx.p(escape(ctx.t("episodes")), "h1")]
    for ep in ctx.episodes:
        story += episode(ctx, ep, police)
        if after is not None:
            story += after(ep)
        story.append(Tick(ctx.tick))
    return story
