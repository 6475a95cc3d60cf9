"""The report's back part: numbered evidence annexes and the integrity annex.

A capture whose window or marked region is known prints that part large and the whole screen
after it as a second, smaller view (:mod:`.views`)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer
from vidne.app.episodes import vocabulary
from vidne.app.evidence import kinds, origin
from vidne.app.evidence.store import CaptureInfo
from vidne.app.output.report.fields import fmt_time
from vidne.app.output.report.images import DPI, EvidenceImage, Prefetcher, pixel_size
from vidne.app.output.report.layout import FRAME_H, FRAME_W, WIDE_H, WIDE_W
from vidne.app.output.report.sections import Context, Tick, _table
from vidne.app.output.report.views import Views, views_of

IMAGE_MAX_H = FRAME_H * 0.72  # leaves room for the caption under the image on the same page
WIDE_IMAGE_MAX_H = WIDE_H - 125  # the same on a landscape page
WIDE_RATIO = 1.3
# A landscape page prints a capture a third larger; at 160 dpi it keeps about the pixels it had
# at 200 dpi on a portrait page (time and size of a report with hundreds of captures).
WIDE_DPI = 160
# The whole screen after a window or region is there for context: under a third of a page (so it
# fits under a window printed large) at about 150 dpi, at most 1200 pixels wide.
CONTEXT_MAX_H = FRAME_H * 0.28
CONTEXT_DPI = 150
CONTEXT_MAX_PX = 1200


def number(ctx: Context, excluded: set[int]) -> list[CaptureInfo]:
    """Give every included item its annex number, in the order the episodes cite them."""
    ordered: list[CaptureInfo] = []
    for ep in ctx.episodes:
        for item in ctx.items.get(ep.get("id"), []):
            original = item.redacted_from if item.redacted_from is not None else item.id
            if item.id in ctx.annex_of or item.id in excluded or original in excluded:
                continue
            ordered.append(item)
            ctx.annex_of[item.id] = len(ordered)
    return ordered


def printed(item: CaptureInfo) -> bool:
    """Whether the report prints the item as a picture (other kinds are only described)."""
    return kinds.kind_of(item.mime).printed


def prefetch(
    items: list[CaptureInfo], prefetcher: Prefetcher, shared: dict[int, CaptureInfo] | None = None
) -> None:
    """Start scaling the images to 200 dpi at the size they will be printed; *shared*: the
    originals printed beside their redacted copies (only when the user chose to share them)."""
    for item in items:
        if printed(item):
            views = _views(item, prefetcher)
            w, h, dpi = _page_for(is_wide(item))
            context = _px(FRAME_W, CONTEXT_MAX_H, CONTEXT_DPI) if views.context else None
            prefetcher.submit(item.id, *_px(w, h, dpi), views.window, context)
    for item in (shared or {}).values():
        if printed(item):
            prefetcher.submit(item.id, *_px(*_page_for(is_wide(item))))


def _page_for(wide: bool) -> tuple[float, float, int]:
    """The largest printed size in points of a main view, and its resolution."""
    return (WIDE_W, WIDE_IMAGE_MAX_H, WIDE_DPI) if wide else (FRAME_W, IMAGE_MAX_H, DPI)


def _px(w: float, h: float, dpi: int) -> tuple[int, int]:
    width, height = int(w / 72 * dpi), int(h / 72 * dpi)
    return (width, height) if dpi != CONTEXT_DPI else (min(width, CONTEXT_MAX_PX), height)


def _views(item: CaptureInfo, prefetcher: Prefetcher) -> Views:
    """How *item* prints; a region's whole screen only where the picture can be read."""
    views = views_of(item)
    if views.context and views.window is None and not prefetcher.reads_whole:
        return Views(views.size)
    return views


def shared_originals(ctx: Context) -> dict[int, CaptureInfo]:
    """The originals to print after their redacted copies: only when the user explicitly
    included originals (never by default: the report may reach the person it names)."""
    return ctx.originals if ctx.selection.include_originals else {}


def _original(ctx: Context, item: CaptureInfo, prefetcher: Prefetcher) -> list[Flowable]:
    """The unredacted original printed after its copy, when the user chose to share it."""
    original = shared_originals(ctx).get(item.id)
    if original is None or not printed(original):
        return []
    picture = EvidenceImage(
        prefetcher,
        original.id,
        pixel_size(original),
        IMAGE_MAX_H,
        ctx.t("image_left_out"),
        lambda: None,
    )
    return [KeepTogether([ctx.p(escape(ctx.t("original_shown")), "small"), picture])]


def _caption(ctx: Context, item: CaptureInfo) -> list[Flowable]:
    lang = ctx.lang
    when_key = "imported_at" if item.source == "import" else "captured_at"
    facts = [
        (ctx.t(when_key), fmt_time(item.captured_at)),
        (ctx.t("source"), vocabulary.label("source", item.source, lang)),
        (ctx.t("trigger"), vocabulary.label("trigger", item.trigger, lang) if item.trigger else ""),
        (ctx.t("window_title"), item.window_title),
        (ctx.t("program"), item.window_program),
        (ctx.t("original_name"), item.original_name),
    ]
    story: list[Flowable] = [ctx.text(v, "small", k) for k, v in facts if v]
    story.append(ctx.p(f"<b>{escape(ctx.t('sha256'))}:</b> {escape(item.sha256)}", "hash"))
    original = ctx.originals.get(item.id)
    if original is not None:
        story.append(ctx.p(escape(ctx.t("redacted_from", original.sha256)), "hash"))
        if ctx.selection.withholds_originals:
            story.append(ctx.p(escape(ctx.t("withheld_note")), "small"))
    if item.id in ctx.trusted_time:  # a trusted timestamp (RFC 3161) covers the item
        story.append(ctx.p(escape(ctx.trusted_time[item.id]), "hash"))
    if origin.unverifiable(item, original):  # came through the sealed inbox: say so
        story.append(ctx.p(f"<b>{escape(origin.note(lang))}</b>", "small"))
    return story


def _detail(ctx: Context, views: Views) -> list[Flowable]:
    """Under a window or region printed large: what it is, and that the whole screen follows."""
    if not views.context:
        return []
    return [ctx.p(escape(ctx.t("view_window" if views.window else "view_region")), "small")]


def _whole_screen(
    ctx: Context, item: CaptureInfo, views: Views, prefetcher: Prefetcher
) -> list[Flowable]:
    """The second view: the whole screen, smaller, under its own caption."""
    if not views.context:
        return []
    picture = EvidenceImage(
        prefetcher,
        item.id,
        (item.width or 1600, item.height or 900),
        CONTEXT_MAX_H,
        ctx.t("image_left_out"),
        lambda: None,
        second=True,
    )
    label = ctx.t("view_whole", ctx.annex_of[item.id])
    return [Spacer(1, 8), KeepTogether([ctx.p(escape(label), "small"), picture])]


def is_wide(item: CaptureInfo) -> bool:
    """A screen capture whose main view (window, region or whole) is clearly wider than tall:
    printed on a landscape page, a third larger."""
    w, h = views_of(item).size
    return item.source != "import" and w >= WIDE_RATIO * h


def annex(ctx: Context, item: CaptureInfo, prefetcher: Prefetcher) -> list[Flowable]:
    """One annex: a heading that names its episode, the picture (or a note), the caption."""
    number_ = ctx.annex_of[item.id]
    episodes = ", ".join(str(n) for n in ctx.episodes_of(number_))
    title = ctx.t("annex_for", number_, episodes)
    if item.redacted_from is not None:  # a redacted copy says so where it is seen
        title += f" – {ctx.t('redacted_mark')}"
    head = ctx.p(escape(title), "h2")
    caption = _caption(ctx, item)
    if printed(item) and ctx.selection.images:
        views = _views(item, prefetcher)
        picture = EvidenceImage(
            prefetcher,
            item.id,
            views.size,
            WIDE_IMAGE_MAX_H if is_wide(item) else IMAGE_MAX_H,
            ctx.t("image_left_out"),
            ctx.tick,
        )
        return [
            KeepTogether([head, picture, Spacer(1, 4), *_detail(ctx, views), *caption]),
            *_whole_screen(ctx, item, views, prefetcher),
            *_original(ctx, item, prefetcher),
        ]
    note = ctx.t("image_left_out") if printed(item) else ctx.t("not_an_image", item.mime)
    return [KeepTogether([head, ctx.p(escape(note), "small"), *caption]), Tick(ctx.tick)]


def annex_pages(
    ctx: Context,
    items: list[CaptureInfo],
    prefetcher: Prefetcher,
    heading: list[Flowable] | None = None,
) -> tuple[list[Flowable], bool]:
    """The annexes of *items*, each wide capture on a landscape page of its own, *heading*
    on the page of the first; returns the flowables and whether the last page is landscape."""
    story: list[Flowable] = []
    wide = False
    for item in items:
        now_wide = printed(item) and ctx.selection.images and is_wide(item)
        if now_wide:
            story += [NextPageTemplate("wide"), PageBreak()]
        elif wide:  # back to portrait pages after a landscape one
            story += [NextPageTemplate("page"), PageBreak()]
        elif heading is not None and not story:
            story.append(PageBreak())
        if heading is not None and item is items[0]:
            story += heading
        story += [*annex(ctx, item, prefetcher), Spacer(1, 10)]
        wide = now_wide
    return story, wide


def portrait(wide: bool) -> list[Flowable]:
    """What goes on after landscape annex pages: a portrait page again."""
    return [NextPageTemplate("page"), PageBreak()] if wide else []


def evidence(ctx: Context, items: list[CaptureInfo], prefetcher: Prefetcher) -> list[Flowable]:
    if not items:
        return []
    heading = [ctx.p(escape(ctx.t("annexes")), "h1")]
    pages, wide = annex_pages(ctx, items, prefetcher, heading)
    return [*pages, *portrait(wide)]


def _original_label(ctx: Context) -> str:
    """How the integrity annex describes a redacted copy's original."""
    if ctx.selection.withholds_originals:
        return "original_withheld"
    return "original_included" if shared_originals(ctx) and ctx.selection.images else "original"


def integrity(ctx: Context, items: list[CaptureInfo]) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        ctx.p(escape(ctx.t("integrity")), "h1"),
        ctx.p(escape(ctx.t("hash_proves"))),
        Spacer(1, 6),
        ctx.p(escape(ctx.t("hash_howto")), "small"),
        Spacer(1, 8),
    ]
    if items:
        head = [ctx.t("annex_no"), ctx.t("sha256"), ctx.t("captured_at"), ctx.t("source")]
        body = []
        for i in items:
            annex, when = str(ctx.annex_of[i.id]), fmt_time(i.captured_at)
            body.append([annex, i.sha256, when, vocabulary.label("source", i.source, ctx.lang)])
            original = ctx.originals.get(i.id)
            if original is not None:  # the untouched original of a redacted copy
                label = ctx.t(_original_label(ctx))
                body.append([annex, original.sha256, when, label])
        story.append(
            _table(
                ctx,
                head,
                body,
                [36, FRAME_W - 36 - 86 - 76, 86, 76],
                {1: "hashcell", 2: "cellsmall", 3: "cellsmall"},
            )
        )
    story += [
        Spacer(1, 10),
        ctx.p(f"<b>{escape(ctx.t('chain_head'))}:</b>", "body"),
        ctx.p(escape(ctx.chain_head), "hash"),
        ctx.p(escape(ctx.log), "body"),
    ]
    return story
