"""The cover's contents list, with the page each part starts on ("2. Sagen kort …… side 2").

The cover is laid out first, but a part's page is known only once layout reaches it. Laying the
whole report out twice (reportlab's ``multiBuild``) would double the time of a report with
hundreds of captures, so the list is filled in late instead, the way "Side X af Y" is: each
:class:`Line` draws a PDF form named after its part (a forward reference, defined later); a
zero-size :class:`Start` before each part's heading records the page it is drawn on; and when
the document is saved, :func:`fill` defines each form as a dotted leader and "side 3". One
layout pass, and each number is the page where that part's heading really landed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import NullDraw
from vidne.app.output.report import fonts
from vidne.app.output.report.text import fit, visible

GAP = 6.0  # between a title and its leader, and between the leader and the page
NUMBER_ROOM = 70.0  # the width kept free at the right of a line for "side 123"


@dataclass
class Pages:
    """Shared by the cover's lines, the parts' start markers and the canvas that fills in."""

    found: dict[str, int] = field(default_factory=dict)  # part key -> the page it starts on
    lines: dict[str, float] = field(default_factory=dict)  # part key -> width of its form

    def clear(self) -> None:
        """Forget an earlier layout (a plan may be written more than once)."""
        self.found.clear()
        self.lines.clear()


def form_name(key: str) -> str:
    return f"vidneContents_{key}"


class Start(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker before a part's heading: records the page it is drawn on. Kept with
    the heading (keepWithNext), so a heading pushed onto the next page takes its marker along."""

    def __init__(self, pages: Pages, key: str) -> None:
        super().__init__()
        self.pages, self.key = pages, key
        self.keepWithNext = True

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)  # set by reportlab during a build
        if doc is not None:
            self.pages.found.setdefault(self.key, int(doc.page))


def mark(pages: Pages, key: str, flowables: list[Flowable]) -> list[Flowable]:
    """*flowables* with a :class:`Start` right before the first one that shows something (a
    part may begin with a page break or a change of page template)."""
    for index, flowable in enumerate(flowables):
        if not isinstance(flowable, NullDraw | ActionFlowable):  # page breaks, template switches
            return [*flowables[:index], Start(pages, key), *flowables[index:]]
    return flowables


class Line(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One line of the list: "2. Episoder", then a dotted leader and the page, filled in late."""

    def __init__(self, pages: Pages, key: str, title: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.pages, self.key, self.style = pages, key, style
        self.title = visible(title)
        self.spaceAfter = style.spaceAfter
        self.width = 0.0

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, float(self.style.leading)

    def draw(self) -> None:
        st, canv = self.style, self.canv
        room = self.width - st.leftIndent - NUMBER_ROOM - 2 * GAP
        title = fit(self.title, room, st.fontSize, st.fontName)
        baseline = st.leading - st.fontSize
        canv.setFont(st.fontName, st.fontSize)
        canv.setFillColor(st.textColor)
        canv.drawString(st.leftIndent, baseline, title)
        start = st.leftIndent + stringWidth(title, st.fontName, st.fontSize) + GAP
        self.pages.lines[self.key] = self.width - start
        canv.saveState()
        canv.translate(start, baseline)
        canv.doForm(form_name(self.key))
        canv.restoreState()


def fill(canv: Any, pages: Pages, page_word: str, size: float = 10) -> None:
    """Define every line's form: a dotted leader and *page_word* ("side %1") with the page the
    part starts on; empty where the part was not laid out (the dialog's preview)."""
    for key, width in pages.lines.items():
        canv.beginForm(form_name(key), 0, -size, width, size * 2)
        page = pages.found.get(key)
        if page is not None:
            text = page_word.replace("%1", str(page))
            text_w = stringWidth(text, fonts.REGULAR, size)
            canv.setFont(fonts.REGULAR, size)
            canv.drawRightString(width, 0, text)
            canv.setLineWidth(0.8)
            canv.setLineCap(1)  # round dots
            canv.setDash([0.01, 3])
            canv.line(0, 1, max(0.0, width - text_w - GAP), 1)
        canv.endForm()
