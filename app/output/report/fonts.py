"""The report's fonts, embedded from ``resources/fonts/`` (DejaVu, licence beside the files).

reportlab's built-in fonts cover Latin-1 only and are not embedded; DejaVu covers Danish letters
and most symbols and is subset-embedded, so the PDF looks the same on every reader.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from vidne.app import paths

FONTS_DIR = paths.resource("fonts")
REGULAR = "VidneSans"
BOLD = "VidneSans-Bold"
MONO = "VidneMono"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
_lock = threading.Lock()


def register() -> None:
    """Register the three faces once (thread-safe; reports may run on a worker thread)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )


def has_glyph(char: str, font: str = REGULAR) -> bool:
    """True if *font* can draw *char* (so it will not come out as an empty box)."""
    register()
    face = pdfmetrics.getFont(font).face
    return ord(char) in face.charToGlyph
