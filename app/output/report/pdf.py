"""Write the PDF report for a selection, straight to the chosen file.

:func:`plan` gathers what will be included (the export dialog shows it before anything is
written); :func:`write` lays it out in the order its reader needs (:func:`parts`): for a
leader, AMR or TR the case in words, the list of episodes, the registration page, the pattern,
the details, then the evidence; for the police the episodes in time order with each one's
evidence beside it; for the user's own copy everything. :func:`preview` makes the first pages
alone, in memory, for the dialog. Both run on a worker thread: ``progress(done, total)`` is
called as layout advances and ``cancel()`` is polled; a cancelled report writes nothing.
reportlab assembles the document in memory and writes the file once at the end, so no
plaintext temporary file ever exists.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from reportlab import rl_config
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from vidne.app.errors import DiskFull
from vidne.app.evidence.store import CaptureInfo
from vidne.app.evidence.trusted_time import tokens
from vidne.app.gcpause import fewer_full_collections
from vidne.app.output.report import (
    annexes,
    contents,
    cover,
    data,
    details,
    labels,
    pattern,
    register,
    sections,
    senders,
    story,
)
from vidne.app.output.report.images import Prefetcher
from vidne.app.output.report.layout import (
    FRAME_H,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    WIDE_H,
    WIDE_W,
    continued,
    numbered_canvas,
    styles,
)
from vidne.app.output.report.selection import Selection
from vidne.app.vault import anchor, profile
from vidne.app.vault.permissions import private_fd
from vidne.app.vault.store import Vault

ProgressFn = Callable[[int, int], None]


class Output(Protocol):
    """Where a report can be written besides a path: a file or a stream (e.g. a ZIP member)."""

    def write(self, data: bytes, /) -> int: ...


# Embed JPEG data as binary instead of ASCII85: without reportlab's optional C accelerator the
# pure-Python ASCII85 encoder took ~0.1 s per full-HD capture (70 % of a large report's time).
rl_config.useA85 = 0


class Cancelled(Exception):
    """The user pressed Cancel; nothing was written."""


@dataclass
class Plan:
    """What a report will contain, computed before any layout."""

    ctx: sections.Context
    items: list[CaptureInfo]  # in annex order

    @property
    def images(self) -> int:
        return sum(1 for i in self.items if annexes.printed(i)) if self.ctx.selection.images else 0

    def annex(self, item: CaptureInfo) -> int:
        return self.ctx.annex_of[item.id]


def plan(vault: Vault, selection: Selection, items_excluded: set[int] | None = None) -> Plan:
    chosen = selection.episodes(data.episodes(vault))
    ids = [e["id"] for e in chosen]
    lang = selection.lang
    items = data.items_for(vault, ids)
    ctx = sections.Context(
        selection=selection,
        episodes=chosen,
        items=items,
        originals=data.originals(vault, (i for found in items.values() for i in found)),
        relations=data.relations(vault),
        senders=senders.registry(vault),
        name=profile.name(vault),
        workplace=profile.workplace(vault),
        period=selection.period_text(chosen, labels.text("all_time", lang)),
        generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
        chain_head=data.chain_head(vault),
        log=anchor.report_line(vault, lang),
        styles=styles(),
    )
    found = [i.id for listed in items.values() for i in listed]
    ctx.trusted_time = tokens.report_lines(vault, found, lang)  # trusted time, for the annexes
    excluded = set(selection.excluded_captures) | set(items_excluded or ())
    return Plan(ctx, annexes.number(ctx, excluded))


class _Progress:
    def __init__(
        self, total: int, report: ProgressFn | None, cancel: Callable[[], bool] | None
    ) -> None:
        self.total, self.done, self.report, self.cancel = total, 0, report, cancel

    def tick(self) -> None:
        if self.cancel and self.cancel():
            raise Cancelled()
        self.done = min(self.done + 1, self.total)
        if self.report:
            self.report(self.done, self.total)


Part = tuple[str, Callable[[], list[Flowable]]]  # (label key of its title, its flowables)


def parts(ctx: sections.Context, items: list[CaptureInfo], prefetcher: Prefetcher) -> list[Part]:
    """The report's parts after the cover, in the order its reader needs them."""
    back: list[Part] = [("integrity", lambda: annexes.integrity(ctx, items))]
    if ctx.selection.recipient == "police":
        who: list[Part] = [("senders_title", lambda: senders.table(ctx))] if ctx.episodes else []
        return [
            ("story_title", lambda: story.story(ctx)),
            *who,
            ("episodes", lambda: details.episodes(ctx, True, _beside(ctx, prefetcher))),
            *back,
        ]
    evidence: list[Part] = (
        [("annexes", lambda: annexes.evidence(ctx, items, prefetcher))] if items else []
    )
    # The user's own copy holds everything, the table of senders too.
    who = (
        [("senders_title", lambda: senders.table(ctx))]
        if ctx.selection.recipient == "self" and ctx.episodes
        else []
    )
    return [
        ("story_title", lambda: story.story(ctx)),
        ("table_title", lambda: details.table(ctx)),
        *who,
        ("register_title", lambda: register.register(ctx)),
        ("summary", lambda: pattern.pattern(ctx)),
        ("episodes", lambda: details.episodes(ctx)),
        *evidence,
        *back,
    ]


def _beside(ctx: sections.Context, prefetcher: Prefetcher) -> Callable[[Any], list[Flowable]]:
    """For the police: each episode's annexes right after it (an annex shared by two
    episodes is printed with the first)."""
    done: set[int] = set()

    def after(ep: Any) -> list[Flowable]:
        mine = [
            i for i in ctx.items.get(ep.get("id"), []) if i.id in ctx.annex_of and i.id not in done
        ]
        done.update(i.id for i in mine)
        pages, wide = annexes.annex_pages(ctx, mine, prefetcher)
        return [*pages, *annexes.portrait(wide)]

    return after


def write(
    vault: Vault,
    selection: Selection,
    out: Path | Output,
    progress: ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
    prepared: Plan | None = None,
) -> Plan:
    """Lay out and write the report to *out* (a path or a binary stream, e.g. inside a ZIP)."""
    the_plan = prepared or plan(vault, selection)
    ctx, items = the_plan.ctx, the_plan.items
    ticker = _Progress(len(ctx.episodes) + len(items) + 2, progress, cancel)
    ctx.tick = ticker.tick
    ticker.tick()
    prefetcher = Prefetcher(
        lambda cid: data.display_bytes(vault, cid, _crop_of(items, cid)),
        whole=lambda cid: data.blob(vault, cid),  # a region capture's whole screen (annexes)
    )
    try:
        with fewer_full_collections():
            if selection.images:
                annexes.prefetch(items, prefetcher, annexes.shared_originals(ctx))
            chosen = parts(ctx, items, prefetcher)
            flowables = cover.cover(ctx, [key for key, _ in chosen])
            for key, make in chosen:
                flowables += contents.mark(ctx.pages, key, make())
            _build(out, flowables, ctx)
    finally:
        prefetcher.close()
    return the_plan


def preview(vault: Vault, selection: Selection, name: str, workplace: str) -> bytes:
    """The cover and the case in words as a PDF in memory (nothing on disk), for a preview;
    *name* and *workplace* are what the dialog holds now, saved or not."""
    the_plan = plan(vault, selection)
    ctx = the_plan.ctx
    ctx.name, ctx.workplace = name, workplace
    prefetcher = Prefetcher(lambda cid: (None, None))
    chosen = parts(ctx, the_plan.items, prefetcher)
    flowables = cover.cover(ctx, [key for key, _ in chosen])
    flowables += contents.mark(ctx.pages, "story_title", story.story(ctx))
    if selection.recipient != "police":
        flowables += contents.mark(ctx.pages, "table_title", details.table(ctx))
    buffer = io.BytesIO()
    try:
        _build(buffer, flowables, ctx)
    finally:
        prefetcher.close()
    return buffer.getvalue()


def _crop_of(items: list[CaptureInfo], capture_id: int) -> str | None:
    return next((i.crop for i in items if i.id == capture_id), None)


class _OwnerOnlyFile:
    """Opened (mode 0600) only when reportlab writes the finished document, never earlier,
    so a cancelled or failed layout leaves no file behind."""

    def __init__(self, path: Path) -> None:
        self.path, self.name, self._fd = path, str(path), -1

    def write(self, data: bytes) -> int:
        if self._fd < 0:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            private_fd(self._fd)  # os.open keeps the mode of a file it replaces
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]
        return len(data)

    def close(self) -> None:
        if self._fd >= 0:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


def _build(out: Path | Output, story: list[Flowable], ctx: sections.Context) -> None:
    lang = ctx.lang
    path = out if isinstance(out, Path) else None
    existed = path is not None and path.exists()
    target = _OwnerOnlyFile(path) if path is not None else out
    doc = BaseDocTemplate(
        target,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=PAGE_H - MARGIN_BOTTOM - FRAME_H,
        bottomMargin=MARGIN_BOTTOM,
        title=labels.text("title", lang),
        author="",
        subject="",
        creator="Vidne",
        producer="Vidne",
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_W,
        FRAME_H,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    wide = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        WIDE_W,
        WIDE_H,
        id="wide",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canv: Any, _doc: Any) -> None:
        if ctx.continuing:  # an episode goes on from the page before
            continued(canv, ctx.continuing)

    doc.addPageTemplates(
        [
            PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=(PAGE_W, PAGE_H)),
            PageTemplate(
                id="wide", frames=[wide], onPage=on_page, pagesize=landscape((PAGE_W, PAGE_H))
            ),
        ]
    )
    canvasmaker = numbered_canvas(
        labels.text("confidential", lang),
        ctx.period,
        labels.text("page", lang),
        lambda canv: contents.fill(canv, ctx.pages, labels.text("contents_page", lang)),
    )
    ctx.pages.clear()  # a plan written twice (the bundle) records its pages afresh
    try:
        doc.build(story, canvasmaker=canvasmaker)
        if isinstance(target, _OwnerOnlyFile):
            target.close()
    except OSError as exc:
        if isinstance(target, _OwnerOnlyFile):
            with contextlib.suppress(OSError):
                target.close()
        if path is not None and not existed:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise DiskFull(str(out)) if exc.errno in (28, 122) else exc from None
    ctx.tick()
