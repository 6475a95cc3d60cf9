"""Page geometry, paragraph styles and the header/footer drawn on every page.

"Side X af Y" needs the page count before the first page is final: :func:`numbered_canvas`
keeps each page's drawing until the end and then stamps header and footer on all of them (the
usual reportlab two-pass count, without laying the document out twice); the cover's contents
list gets its page numbers the same way (:mod:`.contents`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from vidne.app.output.report import fonts
from vidne.app.output.report.text import visible

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 22 * mm, 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
# Landscape pages hold wide screen captures: the same margins, a third more width for the image.
WIDE_W, WIDE_H = PAGE_H - 2 * MARGIN_X, PAGE_W - MARGIN_TOP - MARGIN_BOTTOM
MUTED = colors.HexColor("#555555")
MARK = colors.HexColor("#a31515")


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=10, leading=13.5, splitLongWords=1
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", base, fontName=fonts.BOLD, fontSize=22, leading=28, spaceAfter=18
        ),
        "h1": ParagraphStyle(
            "h1", base, fontName=fonts.BOLD, fontSize=15, leading=19, spaceBefore=6, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "label": ParagraphStyle(
            "label",
            base,
            fontName=fonts.BOLD,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceBefore=4,
        ),
        "value": ParagraphStyle("value", base, leftIndent=10),
        "quote": ParagraphStyle(
            "quote", base, leftIndent=18, rightIndent=10, textColor=colors.HexColor("#202040")
        ),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED),
        "hash": ParagraphStyle("hash", base, fontName=fonts.MONO, fontSize=7.5, leading=10),
        "mark": ParagraphStyle(
            "mark",
            base,
            fontName=fonts.BOLD,
            fontSize=16,
            leading=20,
            textColor=MARK,
            spaceBefore=24,
        ),
        "hashcell": ParagraphStyle("hashcell", base, fontName=fonts.MONO, fontSize=6.8, leading=9),
        "cellsmall": ParagraphStyle("cellsmall", base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
        "cellhead": ParagraphStyle("cellhead", base, fontName=fonts.BOLD, fontSize=9, leading=11.5),
        "tiny": ParagraphStyle("tiny", base, fontSize=7.5, leading=9.5),
        "tinyhead": ParagraphStyle(
            "tinyhead", base, fontName=fonts.BOLD, fontSize=7.5, leading=9.5
        ),
        "story": ParagraphStyle("story", base, fontSize=10, leading=14, spaceAfter=5),
        "purpose": ParagraphStyle("purpose", base, fontSize=11, leading=15, spaceAfter=8),
        "contents": ParagraphStyle("contents", base, leftIndent=14, spaceAfter=2),
    }


def numbered_canvas(
    mark: str,
    period: str,
    page_text: str,
    finish: Callable[[canvas.Canvas], None] | None = None,
) -> type[canvas.Canvas]:
    """A Canvas class that draws the header and "Side X af Y" once the total is known.

    *page_text* has ``%1`` for the page and ``%2`` for the total. *finish* runs after the last
    page, before the file is written: it defines what the pages referred to before it was
    known (the contents list's page numbers, :func:`.contents.fill`).
    """

    class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            self._pages.clear()
            if finish is not None:
                finish(self)
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize  # portrait, or landscape for a wide capture
            self.saveState()
            self.setFont(fonts.BOLD, 8)
            self.setFillColor(MARK)
            self.drawString(MARGIN_X, height - 12 * mm, visible(mark))
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN_X, height - 12 * mm, visible(period))
            self.line(MARGIN_X, height - 14 * mm, width - MARGIN_X, height - 14 * mm)
            footer = page_text.replace("%1", str(number)).replace("%2", str(total))
            self.drawCentredString(width / 2, 10 * mm, footer)
            self.drawRightString(width - MARGIN_X, 10 * mm, visible(mark))
            self.restoreState()

    return NumberedCanvas


def continued(canv: canvas.Canvas, heading: str) -> None:
    """ "Episode 7 (fortsat)" above the frame of a page where an episode goes on."""
    width, height = canv._pagesize
    canv.saveState()
    canv.setFont(fonts.BOLD, 9)
    canv.setFillColor(MUTED)
    canv.drawString(MARGIN_X, height - 19 * mm, visible(heading))
    canv.restoreState()
