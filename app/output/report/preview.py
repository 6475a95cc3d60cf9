"""The first pages of a report as pictures, for the export dialog's preview.

The PDF is made in memory (:func:`vidne.app.output.report.pdf.preview`) and handed to
poppler's ``pdftoppm`` through a pipe; it reads standard input into memory and writes each page
as a PNG to standard output, so no plaintext file is ever written. Where poppler is not
installed (a plain Windows or macOS machine) there is no preview and the dialog says so.
"""

from __future__ import annotations

import shutil
import subprocess

PAGES = 3
DPI = 45
TIMEOUT_S = 30


def available() -> bool:
    return shutil.which("pdftoppm") is not None


def pages(pdf: bytes, count: int = PAGES, dpi: int = DPI) -> list[bytes]:
    """PNG pictures of the first *count* pages (fewer if the PDF is shorter); [] without
    poppler or if it cannot read the PDF."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    out: list[bytes] = []
    for number in range(1, count + 1):
        done = subprocess.run(
            # "-": the PDF from stdin; no output name: the PNG goes to stdout
            [
                tool,
                "-png",
                "-r",
                str(dpi),
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                "-",
            ],
            input=pdf,
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0 or not done.stdout.startswith(b"\x89PNG"):
            break  # past the last page, or unreadable
        out.append(done.stdout)
    return out
