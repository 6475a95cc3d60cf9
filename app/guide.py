"""The Help/Guide page's content: Markdown in Danish and English under resources/guide/.

The time limits in the guide are information with the date they were checked
(:data:`CHECKED`), not legal advice; the tests keep that date and the limits in both languages.
"""

from __future__ import annotations

from pathlib import Path

from vidne.app import paths

GUIDE_DIR = paths.resource("guide")
CHECKED = "2026-11-24"
LANGUAGES = ("da", "en")


def guide_path(language: str) -> Path:
    return GUIDE_DIR / f"guide_{language if language in LANGUAGES else 'en'}.md"


def guide_text(language: str) -> str:
    """The guide in *language* ('da' or 'en'; anything else gives English)."""
    return guide_path(language).read_text("utf-8")
