"""Read a report page by page as drawn (pdftotext -layout keeps each line's words together,
including text drawn late into a form, such as the contents list's page numbers)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def page_texts(path: Path) -> list[str]:
    """The text of every page, in page order (page 1 first)."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
