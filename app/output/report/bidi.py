"""Right-to-left text (Arabic, Persian, Hebrew) shaped and in reading order on the page.

reportlab lays text out left to right, one character after the other: Arabic came out as
unjoined letters and every right-to-left sentence with its words reversed. Here a paragraph
that holds right-to-left letters is shaped first (Arabic letters take their joined forms,
arabic-reshaper), then broken into lines at the width it gets, and each line is put into visual
order by the Unicode bidirectional algorithm (python-bidi), so a sentence that wraps still reads
from the top line down. A paragraph whose first strong letter is right-to-left is set flush
right. Paragraphs without such letters are ordinary Paragraphs.
"""

from __future__ import annotations

import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]  # no type hints
from bidi import get_base_level, get_display  # type: ignore[import-untyped]  # no type hints
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from vidne.app.output.report import fonts
from vidne.app.output.report.text import markup, width

_RTL = frozenset({"R", "AL"})
# Diacritics (harakat) are kept: dropping them would change the quote.
_JOINED = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})
_UNLIGATED = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": False})


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL for c in text)


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged."""
    if not any(unicodedata.bidirectional(c) == "AL" for c in text):
        return text
    shaped = str(_JOINED.reshape(text))
    if all(fonts.face_for(c) != "" for c in shaped):
        return shaped
    return str(_UNLIGATED.reshape(text))  # a ligature the font lacks: the letters, joined


def is_rtl(text: str) -> bool:
    """Whether the paragraph reads right to left (its first strong letter does)."""
    return has_rtl(text) and get_base_level(text) == 1


def visual(line: str, rtl: bool | None = None) -> str:
    """One line (already shaped) in the order it is drawn, left to right."""
    if not has_rtl(line):
        return line
    direction = ("R" if rtl else "L") if rtl is not None else None
    return str(get_display(line, base_dir=direction))


def one_line(text: str) -> str:
    """A single-line label (chart, header): shaped and in visual order."""
    return visual(shape(text))


def wrap(line: str, first: float, room: float, size: float, font: str) -> list[str]:
    """Break *line* into lines of at most *first* (then *room*) points, at spaces; a word
    longer than a line is cut where it must be."""
    out: list[str] = []
    cur, cur_w, limit = "", 0.0, first
    space = width(" ", size, font)
    for word in line.split(" "):
        word_w = width(word, size, font)
        if cur and cur_w + space + word_w <= limit:
            cur, cur_w = f"{cur} {word}", cur_w + space + word_w
            continue
        if cur:
            out.append(cur)
            limit = room
        while word and word_w > limit:
            cut = _fitting(word, limit, size, font)
            out.append(word[:cut])
            word, limit = word[cut:], room
            word_w = width(word, size, font)
        cur, cur_w = word, word_w
    return [*out, cur]


def _fitting(word: str, room: float, size: float, font: str) -> int:
    low, high = 1, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if width(word[:mid], size, font) <= room:
            low = mid
        else:
            high = mid - 1
    return low


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph of user text with right-to-left parts, optionally after a bold label.

    The lines are made when the width is known (in :meth:`wrap`); the drawing, splitting
    across pages and spacing are an ordinary Paragraph's."""

    def __init__(self, text: str, style: ParagraphStyle, label: str = "") -> None:
        super().__init__()
        self.text, self.style, self.label = text, style, label
        self._inner: Paragraph | None = None
        self._made_for = -1.0

    def _make(self, avail_w: float) -> Paragraph:
        if self._inner is not None and self._made_for == avail_w:
            return self._inner
        style, size = self.style, self.style.fontSize
        room = avail_w - style.leftIndent - style.rightIndent - 1
        prefix = f"<b>{escape(self.label)}:</b> " if self.label else ""
        first = room - width(f"{self.label}: ", size, fonts.BOLD) if self.label else room
        rtl = not self.label and is_rtl(self.text)
        lines: list[str] = []
        for raw in self.text.split("\n"):
            lines += wrap(shape(raw), first if not lines else room, room, size, style.fontName)
        body = "<br/>".join(markup(visual(line, rtl)) for line in lines)
        if rtl:
            style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT)
        self._inner, self._made_for = Paragraph(prefix + body, style), avail_w
        return self._inner

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        size: tuple[float, float] = self._make(avail_w).wrap(avail_w, avail_h)
        self.width, self.height = size
        return size

    def split(self, avail_w: float, avail_h: float) -> list[Any]:
        parts: list[Any] = self._make(avail_w).split(avail_w, avail_h)
        return parts

    def draw(self) -> None:
        if self._inner is not None:
            self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's API
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's API
        return float(self.style.spaceAfter)


def flowable(text: str, style: ParagraphStyle, label: str = "") -> Flowable:
    """*text* (already visible) as a Paragraph, or a :class:`TextBlock` when it has
    right-to-left letters."""
    if has_rtl(text):
        return TextBlock(text, style, label)
    prefix = f"<b>{escape(label)}:</b> " if label else ""
    return Paragraph(prefix + markup(text), style)
