"""Make user text safe and faithful in a reportlab Paragraph.

reportlab's Paragraph reads a small XML markup (``<b>``, ``<img src=…>``, ``<a href=…>``); a
message from a harasser must print literally and never embed a local file or a link. Each
character is drawn by the face that has it (text, emoji or "fancy" mathematical letters, see
:mod:`~vidne.app.output.report.fonts`); a character no bundled face can draw prints as its
compatibility form (fullwidth Ｈ as H) or, failing that, as a visible marker with its Unicode
name, so nothing is dropped silently and nothing becomes an empty box. Text that must stay small
(a table cell, a chart label) is shortened with an ellipsis by :func:`fit`; the episode's details
print it in full.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from vidne.app.output.report import fonts

# Joiners and variation selectors shape emoji sequences; they carry no content of their own.
_SHAPING = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}
_KEEP_CONTROL = {"\n", "\t"}
ELLIPSIS = "…"
MAX_FIT = 4000  # a shortened text never needs more characters than this


def marker(char: str) -> str:
    """The visible stand-in for a character no bundled face can draw."""
    name = unicodedata.name(char, f"U+{ord(char):04X}")
    return f"[emoji: {name}]" if fonts.is_emoji(char) else f"[{name}]"


def _stand_in(char: str) -> str:
    """A compatibility form every face can draw (Ｈ -> H, ⓗ -> h), else the marker."""
    simple = unicodedata.normalize("NFKC", char)
    if simple != char and simple.strip() and all(fonts.face_for(c) != "" for c in simple):
        return simple
    return marker(char)


def visible(text: str) -> str:
    """Plain text with control characters removed and undrawable characters replaced.

    Also removes format characters (bidi overrides such as U+202E can make a quote read
    backwards on the page) but keeps line breaks and tabs. Direction is decided by the
    Unicode bidi algorithm on the clean text (:mod:`~vidne.app.output.report.bidi`).
    """
    out: list[str] = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n"):
        category = unicodedata.category(char)
        if char in _KEEP_CONTROL:
            out.append(char)
        elif category in ("Cc", "Cf") or ord(char) in _SHAPING:
            continue
        elif category in ("Cs", "Co", "Cn") or fonts.face_for(char) == "":
            out.append(_stand_in(char))
        else:
            out.append(char)
    return "".join(out)


def runs(text: str) -> list[tuple[str | None, str]]:
    """*text* (already :func:`visible`) cut into runs of one face: (face or None, text).

    None is the paragraph's own face; a combining mark stays with the character before it."""
    out: list[tuple[str | None, str]] = []
    for char in text:
        face = fonts.face_for(char) or None
        if out and (face == out[-1][0] or unicodedata.combining(char)):
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((face, char))
    return out


def markup(text: str) -> str:
    """Paragraph markup for *text* (already :func:`visible`): escaped, faces switched."""
    parts = []
    for face, piece in runs(text):
        safe = escape(piece, {'"': "&quot;", "'": "&#39;"})
        parts.append(f'<font name="{face}">{safe}</font>' if face else safe)
    return "".join(parts).replace("\t", "    ").replace("\n", "<br/>")


def para(text: str) -> str:
    """Markup for a Paragraph that shows *text* exactly: escaped, line breaks kept."""
    return markup(visible(str(text)))


def width(text: str, size: float, font: str = fonts.REGULAR) -> float:
    """Printed width of *text* (already :func:`visible`) in points, faces switched."""
    return float(sum(stringWidth(piece, face or font, size) for face, piece in runs(text)))


def fit(text: str, room: float, size: float, font: str = fonts.REGULAR) -> str:
    """*text* (already :func:`visible`) shortened with an ellipsis to at most *room* points
    of line length (for a cell of three lines: three times its width)."""
    text = " ".join(text.split())
    if len(text) <= MAX_FIT and width(text, size, font) <= room:
        return text
    return _cut(text, room, size, font)


def _cut(text: str, room: float, size: float, font: str) -> str:
    low, high = 0, min(len(text), MAX_FIT)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if width(text[:mid] + ELLIPSIS, size, font) <= room:
            low = mid
        else:
            high = mid - 1
    while 0 < low < len(text) and unicodedata.combining(
        text[low]
    ):  # never strand an accent from its letter
        low -= 1
    return text[:low].rstrip() + ELLIPSIS


CHUNK = 2000  # characters per Paragraph: splitting one across pages costs O(length²)


def chunks(line: str, size: int = CHUNK) -> list[str]:
    """Cut a very long line at a sentence end or a space before *size* characters."""
    out = []
    while len(line) > size:
        cut = line.rfind(". ", size // 2, size)
        cut = cut + 1 if cut > 0 else line.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        out.append(line[:cut])
        line = line[cut:].lstrip(" ")
    return [*out, line]


def pieces(text: str) -> list[str]:
    """*text* as visible lines, long lines in chunks ('' for a blank line), so very long text
    splits across pages in linear time."""
    result = []
    for line in visible(str(text)).split("\n"):
        if not line.strip():
            result.append("")
            continue
        result.extend(chunks(line))
    return result


def lines(text: str) -> list[str]:
    """One Paragraph markup per line (long lines in chunks)."""
    return [markup(piece) if piece else "&nbsp;" for piece in pieces(text)]
