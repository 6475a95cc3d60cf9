"""The report's first page: the case told in words, every sentence computed from the log.

Who reports, to whom, the period; how many episodes, how grave, how often and for how long;
whether it is getting worse; the "last straw"; repeat senders and channels; consequences; who
has been told; the deadlines with their dates; and what the user asks for. Where the log does
not hold a figure, the sentence says so instead of guessing.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak
from vidne.app.episodes import overview, vocabulary
from vidne.app.output.report import facts, labels
from vidne.app.output.report.facts import Facts
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.sections import Context
from vidne.app.output.report.text import fit, visible

NAME_ROOM = FRAME_W * 0.6  # a sender's name in a sentence: at most this much line


def num(value: float, lang: str) -> str:
    """One decimal, with a decimal comma in Danish."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "da" else text


def signed(value: float, lang: str) -> str:
    return ("+" if value >= 0 else "−") + num(abs(value), lang)


def _name(text: str) -> str:
    return fit(visible(text), NAME_ROOM, 10)


def who(ctx: Context) -> list[str]:
    rec = labels.recipient(ctx.selection.recipient, ctx.lang)
    out = [ctx.t("s_by", _name(ctx.name), rec) if ctx.name.strip() else ctx.t("s_by_unknown", rec)]
    workplace = ctx.workplace.strip()
    out.append(ctx.t("s_workplace", _name(workplace)) if workplace else ctx.t("s_no_workplace"))
    out.append(ctx.t("s_period", ctx.period, ctx.generated[:10]))
    return out


def scope(ctx: Context, f: Facts) -> list[str]:
    if f.first is None or f.last is None:
        return [ctx.t("none")]
    if f.count == 1:
        return [ctx.t("s_count_one", f.first.isoformat())]
    return [
        ctx.t(
            "s_count",
            ctx.n("episodes", f.count),
            f.first.isoformat(),
            f.last.isoformat(),
            ctx.n("days", f.days),
        )
    ]


def severity(ctx: Context, f: Facts) -> list[str]:
    levels = [
        f"{vocabulary.severity_label(level, ctx.lang)}: {n}"
        for level, n in sorted(f.per_level.items(), reverse=True)
        if n
    ]
    return [ctx.t("s_levels", ", ".join(levels))] if levels else []


def frequency(ctx: Context, f: Facts) -> list[str]:
    busiest = f.busiest
    if busiest is None:
        return []
    months = len(f.per_month)
    month, most = busiest
    out = [
        ctx.t("s_per_month", num(f.count / months, ctx.lang), ctx.n("months", months), month, most)
    ]
    gap = f.longest_gap
    if gap is not None:
        days = ctx.n("days", gap.days)
        out.append(ctx.t("s_gap", days, gap.start.isoformat(), gap.end.isoformat()))
    elif f.count > 1:
        out.append(ctx.t("s_no_gap"))
    return out


def trend(ctx: Context, f: Facts) -> list[str]:
    if f.count == 0:
        return []
    if f.trend_word == "too_few":
        return [ctx.t("s_too_few", facts.MIN_FOR_TREND)]
    start, end = num(f.trend.start, ctx.lang), num(f.trend.end, ctx.lang)
    slope = signed(f.trend.per_30_days, ctx.lang)
    return [
        ctx.t(f"s_{f.trend_word}", start, end, slope),
        ctx.t("s_recent", ctx.n("episodes", f.last_30), ctx.n("episodes", f.before_30)),
    ]


def straws(ctx: Context, f: Facts) -> list[str]:
    if f.count == 0:
        return []
    if not f.straws:
        return [ctx.t("s_no_straws")]
    named = ", ".join(
        f"{ctx.t('episode', ctx.number(e))} ({overview.when(e).date().isoformat()})"
        for e in f.straws
    )
    return [
        ctx.t(
            "s_straws",
            len(f.straws),
            overview.LAST_STRAW_MIN_RUN,
            overview.LAST_STRAW_WINDOW_DAYS,
            named,
        )
    ]


def senders(ctx: Context, f: Facts) -> list[str]:
    if f.count == 0:
        return []
    named = []
    for s in f.repeat_senders[:8]:
        count = ctx.n("episodes", s.count)
        line = ctx.t("s_sender", _name(s.name), count, s.first.date(), s.last.date())
        if s.relation:
            line = f"{line[:-1]}, {vocabulary.label('relation', s.relation, ctx.lang)})"
        named.append(line)
    out = [ctx.t("s_repeat", "; ".join(named)) if named else ctx.t("s_no_repeat")]
    channels = [f"{vocabulary.label('channel', c, ctx.lang)} ({n})" for c, n in f.channels]
    if channels:
        out.append(ctx.t("s_channels", ", ".join(channels)))
    return out


def consequences(ctx: Context, f: Facts) -> list[str]:
    if f.count == 0:
        return []
    out = [
        ctx.t(
            "s_sick",
            ctx.n("sick_days", f.sick_days),
            ctx.n("episodes", f.sick_episodes),
            f.first_sick.isoformat(),
        )
        if f.first_sick
        else ctx.t("s_no_sick")
    ]
    if f.doctor_visits and f.first_doctor:
        out.append(ctx.t("s_doctor", f.doctor_visits, f.first_doctor.isoformat()))
    elif f.doctor_visits:
        out.append(ctx.t("s_doctor_undated", f.doctor_visits))
    else:
        out.append(ctx.t("s_no_doctor"))
    return out


def told(ctx: Context, f: Facts) -> list[str]:
    if not f.told:
        return [ctx.t("told_nobody")]
    parts = [
        ctx.t("s_told_one", vocabulary.label("told", w, ctx.lang), when[:10], ctx.n("episodes", n))
        if when
        else ctx.t("s_told_undated", vocabulary.label("told", w, ctx.lang), ctx.n("episodes", n))
        for w, when, n in f.told
    ]
    return [ctx.t("s_told", "; ".join(parts))]


def _status(ctx: Context, due: date) -> str:
    left = (due - ctx.today).days
    return ctx.t("passed") if left < 0 else ctx.t("days_left", left)


def deadlines(ctx: Context, f: Facts) -> list[str]:
    out = []
    if f.first_sick and f.employer_deadline and f.own_deadline:
        first, employer, own = f.first_sick, f.employer_deadline, f.own_deadline
        out.append(
            ctx.t(
                "s_deadline_employer",
                first.isoformat(),
                employer.isoformat(),
                _status(ctx, employer),
            )
        )
        out.append(ctx.t("s_deadline_own", own.isoformat(), _status(ctx, own)))
    else:
        out.append(ctx.t("s_deadline_none"))
    out.append(ctx.t("deadline_police"))
    return out


def story(ctx: Context) -> list[Flowable]:
    """The first page after the cover."""
    f = facts.compute(ctx.episodes, ctx.relations)
    blocks = [
        ("b_who", who(ctx)),
        ("b_scope", scope(ctx, f)),
        ("b_severity", severity(ctx, f)),
        ("b_frequency", frequency(ctx, f)),
        ("b_trend", trend(ctx, f)),
        ("b_straws", straws(ctx, f)),
        ("b_senders", senders(ctx, f)),
        ("b_consequences", consequences(ctx, f)),
        ("told_so_far", told(ctx, f)),
        ("deadlines", deadlines(ctx, f)),
    ]
    out: list[Flowable] = [ctx.p(escape(ctx.t("story_title")), "h1")]
    for key, sentences in blocks:
        if sentences:
            out.append(ctx.text(" ".join(sentences), "story", label=ctx.t(key)))
    out.append(ctx.text(ctx.request or ctx.t("s_request_none"), "story", ctx.t("b_request")))
    out.append(ctx.p(escape(ctx.t("deadline_note", labels.GUIDE_CHECKED)), "small"))
    out.append(ctx.p(escape(ctx.t("story_source", f.count)), "small"))
    out.append(PageBreak())
    return out
