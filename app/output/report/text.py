"""Make user text safe and visible in a reportlab Paragraph.

reportlab's Paragraph reads a small XML markup (``<b>``, ``<img src=…>``, ``<a href=…>``); a
message from a harasser must print literally and never embed a local file or a link. Characters
the embedded font cannot draw, and every emoji outside the Basic Multilingual Plane, become a
visible marker with their Unicode name, so
nothing is dropped silently and nothing becomes an empty box.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from vidne.app.output.report import fonts

# Joiners and variation selectors shape emoji sequences; they carry no content of their own.
_SHAPING = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}
_KEEP_CONTROL = {"\n", "\t"}


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0xE0020 <= code <= 0xE007F
    )


def marker(char: str) -> str:
    """The visible stand-in for a character the font cannot draw."""
    name = unicodedata.name(char, f"U+{ord(char):04X}")
    return f"[emoji: {name}]" if _is_emoji(char) else f"[{name}]"


def visible(text: str) -> str:
    """Plain text with control characters removed and undrawable characters named.

    Also removes format characters (bidi overrides such as U+202E can make a quote read
    backwards on the page) but keeps line breaks and tabs.
    """
    out: list[str] = []
    for char in text.replace("\r\n", "\n").replace("\r", "\n"):
        category = unicodedata.category(char)
        if char in _KEEP_CONTROL:
            out.append(char)
        elif category in ("Cc", "Cf") or ord(char) in _SHAPING:
            continue
        elif category in ("Cs", "Co", "Cn") or ord(char) > 0xFFFF or not fonts.has_glyph(char):
            # Beyond the BMP reportlab's text layer is wrong (copy/paste and search break),
            # so emoji there are always named, even where the font has a glyph.
            out.append(marker(char))
        else:
            out.append(char)
    return "".join(out)


def para(text: str) -> str:
    """Markup for a Paragraph that shows *text* exactly: escaped, line breaks kept."""
    safe = escape(visible(str(text)), {'"': "&quot;", "'": "&#39;"})
    return safe.replace("\t", "    ").replace("\n", "<br/>")


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


def lines(text: str) -> list[str]:
    """One Paragraph markup per line (long lines in chunks), so very long text splits across
    pages in linear time."""
    result = []
    for line in str(text).split("\n"):
        if not line.strip():
            result.append("&nbsp;")
            continue
        result.extend(para(piece) for piece in chunks(line))
    return result
