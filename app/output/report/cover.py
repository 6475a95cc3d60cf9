"""The cover: title, who it is from and for, the period, its purpose and its contents.

The name and workplace are the user's own text: they are wrapped, and shortened with an
ellipsis past a few lines, so no name can push the cover onto a second page.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Spacer
from vidne.app.output.report import contents as listing
from vidne.app.output.report import labels
from vidne.app.output.report.layout import FRAME_W
from vidne.app.output.report.sections import Context
from vidne.app.output.report.text import fit, visible

COVER_LINES = 4  # a cover field is at most this many lines


def contents(ctx: Context, parts: list[str]) -> list[Flowable]:
    """The list of the report's parts, in order (label keys), each with the page it starts on
    (filled in once layout has found it, :mod:`.contents`)."""
    story: list[Flowable] = [ctx.p(escape(ctx.t("contents")), "h2")]
    style = ctx.styles["contents"]
    for number, key in enumerate(parts, start=1):
        story.append(listing.Line(ctx.pages, key, f"{number}. {ctx.t(key)}", style))
    return story


def cover(ctx: Context, parts: list[str]) -> list[Flowable]:
    rec = labels.recipient(ctx.selection.recipient, ctx.lang)
    size = ctx.styles["body"].fontSize
    facts = [
        (ctx.t("name"), ctx.name),
        (ctx.t("workplace"), ctx.workplace),
        (ctx.t("recipient"), rec),
        (ctx.t("period"), ctx.period),
        (ctx.t("generated"), ctx.generated),
    ]
    story: list[Flowable] = [Spacer(1, 40), ctx.p(escape(ctx.t("title")), "title")]
    for label, value in facts:
        if value.strip():
            shown = fit(visible(value), FRAME_W * COVER_LINES * 0.9, size)
            story += [ctx.text(shown, "body", label), Spacer(1, 4)]
    story.append(ctx.p(escape(ctx.t("confidential")), "mark"))
    story += [
        Spacer(1, 14),
        ctx.p(escape(ctx.t(f"purpose_{ctx.selection.recipient}")), "purpose"),
        ctx.p(escape(ctx.t("total", len(ctx.episodes)))),
        Spacer(1, 10),
        *contents(ctx, parts),
        PageBreak(),
    ]
    return story
