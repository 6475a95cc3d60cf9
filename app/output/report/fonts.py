"""The report's fonts, embedded from ``resources/fonts/`` (licences beside the files).

reportlab's built-in fonts cover Latin-1 only and are not embedded. DejaVu covers Danish
letters, Greek, Cyrillic, Arabic, Hebrew and most symbols; Noto Emoji (monochrome outlines)
draws emoji, and Noto Sans Math the "fancy font" letters (𝕳𝖊𝖑𝖑𝖔, 𝓗𝓮𝓵𝓵𝓸) that harassers use in
display names. Every face is subset-embedded, so the PDF looks the same on every reader.
:func:`face_for` says which face draws a character, so text can switch face mid-line.
"""

from __future__ import annotations

import functools
import threading

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from vidne.app import paths

FONTS_DIR = paths.resource("fonts")
REGULAR = "VidneSans"
BOLD = "VidneSans-Bold"
MONO = "VidneMono"
EMOJI = "VidneEmoji"
MATH = "VidneMath"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
    MATH: "NotoSansMath-Regular.ttf",
}
FALLBACKS = (EMOJI, MATH)  # tried in this order when the text face has no glyph
_lock = threading.Lock()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with code points beyond U+FFFF written as UTF-16BE.

    reportlab writes them as five hex digits, which PDF readers misread: copying or searching
    "😡" gave "ὢ". The PDF reference wants the UTF-16BE code units (a surrogate pair)."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    entries = [f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register() -> None:
    """Register the faces once (thread-safe; reports may run on a worker thread)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        for name in (MONO, *FALLBACKS):  # <b> around an emoji keeps the emoji face
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=name, italic=name, boldItalic=name
            )


@functools.cache
def _glyphs(font: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def has_glyph(char: str, font: str = REGULAR) -> bool:
    """True if *font* can draw *char* (so it will not come out as an empty box)."""
    return ord(char) in _glyphs(font)


def is_emoji(char: str) -> bool:
    """Pictographs, dingbats and their modifiers: drawn from the emoji face when it has them
    (DejaVu has text-style versions of some, e.g. ☺, that would look different)."""
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0xE0020 <= code <= 0xE007F
    )


@functools.lru_cache(maxsize=4096)
def face_for(char: str) -> str | None:
    """The face that draws *char*: the text face (None) or a fallback's name; '' if none can."""
    if is_emoji(char) and has_glyph(char, EMOJI):
        return EMOJI
    if has_glyph(char, REGULAR):
        return None
    return next((font for font in FALLBACKS if has_glyph(char, font)), "")
