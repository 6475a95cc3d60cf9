"""The page a leader or AMR registers from: the log mapped onto what a Danish workplace
records about an episode of digital harassment.

Workplaces register these the same way as threats and violence: who was affected, the
sender's relation, when or over what period, the medium, the form, a short description, any
absence, who handled it and what was done. Each answer is computed from the selected episodes;
an answer the log does not hold says "Not recorded in the log".
"""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Spacer
from vidne.app.episodes import overview, vocabulary
from vidne.app.output.report import facts
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.sections import Context, _table

LABEL_W = 150.0


def _counted(items: list[tuple[str, int]]) -> str:
    return ", ".join(f"{name} ({n})" for name, n in items)


def _relations(ctx: Context) -> str:
    tally = Counter(overview.relation_of(e, ctx.relations) for e in ctx.episodes)
    known = [(vocabulary.label("relation", r, ctx.lang), n) for r, n in tally.most_common() if r]
    if not known:
        return ""
    origin = overview.origin(ctx.episodes, ctx.relations)
    split = f"{ctx.t('internal')}: {origin['internal']}, {ctx.t('external')}: {origin['external']}"
    return f"{_counted(known)}. {split}"


def _done(ctx: Context) -> str:
    eps, lang = ctx.episodes, ctx.lang
    parts = []
    asked = sum(1 for e in eps if e.get("asked_to_stop"))
    if asked:
        parts.append(ctx.t("reg_asked", ctx.n("episodes", asked)))
    support = overview.counts(eps, "support")
    if support:
        named = [(vocabulary.label("support", k, lang), n) for k, n in support]
        parts.append(ctx.t("reg_support", _counted(named)))
    refs = [
        f"{vocabulary.label('reference', str(r.get('kind') or 'other'), lang)} {r.get('number', '')}"
        for e in eps
        for r in e.get("references") or []
        if isinstance(r, dict)
    ]
    if refs:
        parts.append(ctx.t("reg_references", ", ".join(refs)))
    follow = [str(e["follow_up"]).strip() for e in eps if str(e.get("follow_up") or "").strip()]
    if follow:
        parts.append(ctx.t("reg_follow_up", " / ".join(follow)))
    return ". ".join(parts)


def answers(ctx: Context) -> list[tuple[str, str]]:
    """(what the workplace registers, the answer from the log or '')."""
    eps, lang = ctx.episodes, ctx.lang
    f = facts.compute(eps, ctx.relations)
    affected = ", ".join(v for v in (ctx.name.strip(), ctx.workplace.strip()) if v)
    when = (
        ctx.t("reg_period", f.first.isoformat(), f.last.isoformat(), ctx.n("episodes", f.count))
        if f.first and f.last
        else ""
    )
    channels = [(vocabulary.label("channel", c, lang), n) for c, n in f.channels]
    kinds = [(vocabulary.label("kind", k, lang), n) for k, n in overview.counts(eps, "kinds")]
    worst = max((int(e.get("severity") or 0) for e in eps), default=0)
    gravest = vocabulary.severity_label(worst, lang)
    summary = ctx.t("reg_summary", ctx.n("episodes", f.count), gravest) if eps else ""
    absence = (
        ctx.t(
            "reg_absence_text", ctx.n("sick_days", f.sick_days), ctx.n("episodes", f.sick_episodes)
        )
        if f.sick_days
        else ""
    )
    told = [(vocabulary.label("told", w, lang), n) for w, _when, n in f.told]
    return [
        (ctx.t("reg_affected"), affected),
        (ctx.t("reg_relation"), _relations(ctx)),
        (ctx.t("reg_when"), when),
        (ctx.t("reg_medium"), _counted(channels)),
        (ctx.t("reg_form"), _counted(kinds)),
        (ctx.t("reg_description"), summary),
        (ctx.t("reg_absence"), absence),
        (ctx.t("reg_handled"), _counted(told)),
        (ctx.t("reg_done"), _done(ctx)),
    ]


def register(ctx: Context) -> list[Flowable]:
    missing = ctx.t("not_recorded")
    body = [[field, answer or missing] for field, answer in answers(ctx)]
    head = [ctx.t("reg_field"), ctx.t("reg_value")]
    return [
        ctx.p(escape(ctx.t("register_title")), "h1"),
        ctx.p(escape(ctx.t("reg_intro"))),
        Spacer(1, 8),
        _table(ctx, head, body, [LABEL_W, FRAME_W - LABEL_W], lines=6),
        PageBreak(),
    ]
