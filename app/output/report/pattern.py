"""The pattern in tables and charts: severity, kind, channel, sender, origin, and three charts.

The charts share one page (kept together), so no page holds a single small chart.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, PageBreak
from vidne.app.episodes import overview, vocabulary
from vidne.app.output.report import charts, labels
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.sections import Context, _table, _titled


def pattern(ctx: Context) -> list[Flowable]:
    eps, lang = ctx.episodes, ctx.lang
    story: list[Flowable] = [ctx.p(escape(ctx.t("summary")), "h1")]
    if not eps:
        return [*story, ctx.p(escape(ctx.t("none"))), PageBreak()]
    sev = [
        [vocabulary.severity_label(s, lang), str(sum(1 for e in eps if e.get("severity") == s))]
        for s in overview.SEVERITIES
    ]
    half = FRAME_W / 2
    story.append(_titled(ctx, "by_severity", _table(ctx, ["", ctx.t("count")], sev, [half, 60])))
    for key, name, table in (("by_kind", "kinds", "kind"), ("by_channel", "channel", "channel")):
        found = overview.counts(eps, name)
        if found:
            body = [[vocabulary.label(table, k, lang), str(n)] for k, n in found]
            story.append(_titled(ctx, key, _table(ctx, ["", ctx.t("count")], body, [half, 60])))
    return [*story, *_senders(ctx), *_origin(ctx), *_charts(ctx)]


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


def _charts(ctx: Context) -> list[Flowable]:
    """The three charts on one page of their own."""
    eps, lang = ctx.episodes, ctx.lang
    names = [vocabulary.severity_label(s, lang) for s in overview.SEVERITIES]
    straws = set(overview.last_straws(eps))
    marked = [overview.when(e) for e in eps if e.get("id") in straws]
    stats = overview.senders(eps, ctx.relations)
    page: list[Flowable] = [
        ctx.p(escape(ctx.t("charts")), "h1"),
        ctx.p(escape(ctx.t("chart_month")), "h2"),
        charts.per_month(overview.per_month(eps), FRAME_W, names),
        ctx.p(escape(ctx.t("chart_severity")), "h2"),
        charts.severity_trend(overview.severity_trend(eps), marked, FRAME_W),
    ]
    if marked:
        page.append(ctx.p(escape(ctx.t("chart_straws")), "small"))
    page += [ctx.p(escape(ctx.t("chart_senders")), "h2"), charts.senders(stats, FRAME_W)]
    return [PageBreak(), KeepTogether(page), PageBreak()]
