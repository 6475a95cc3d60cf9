"""The kinds of evidence file Vidne keeps, in one table.

File import accepts exactly these kinds; the Inbox opens each as its ``shown`` says; the report
prints a picture of the ``printed`` ones and names the others; the bundle names each file with
the kind's extension. A kind is identified by its MIME type, which is what the vault stores.
"""

from __future__ import annotations

from dataclasses import dataclass

IMAGE, EMAIL, DOCUMENT = "image", "email", "document"  # how the app shows a kind


@dataclass(frozen=True)
class Kind:
    mime: str
    extensions: tuple[str, ...]  # the names it is imported under; the first one is given to it
    name: str  # short name for messages; for images also Pillow's format name
    shown: str  # IMAGE: in the image viewer; EMAIL: headers and text; DOCUMENT: not shown
    printed: bool  # the report prints it as a picture (otherwise it names the file)

    @property
    def extension(self) -> str:
        return self.extensions[0]


KINDS: tuple[Kind, ...] = (
    Kind("image/png", (".png",), "PNG", IMAGE, True),
    Kind("image/jpeg", (".jpg", ".jpeg", ".jpe"), "JPEG", IMAGE, True),
    Kind("image/webp", (".webp",), "WEBP", IMAGE, True),
    Kind("application/pdf", (".pdf",), "PDF", DOCUMENT, False),
    Kind("message/rfc822", (".eml",), "E-MAIL", EMAIL, False),
)
BY_MIME = {kind.mime: kind for kind in KINDS}
UNKNOWN = Kind("application/octet-stream", (".bin",), "FILE", DOCUMENT, False)


def kind_of(mime: str) -> Kind:
    """The kind stored under *mime*; an unknown type is a plain file that is not shown."""
    return BY_MIME.get(mime, UNKNOWN)


def is_image(mime: str) -> bool:
    return kind_of(mime).shown == IMAGE


def file_patterns() -> str:
    """'*.png *.jpg …' for a file dialog's filter: every extension that can be imported."""
    return " ".join(f"*{ext}" for kind in KINDS for ext in kind.extensions)
