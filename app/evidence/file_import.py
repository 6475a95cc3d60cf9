"""Import evidence files the user already has: images, saved e-mails, PDFs.

The file is read once, read-only, and copied byte for byte into the vault with its SHA-256, its
original name and modified time; the original is never changed. The type is decided by the
content, not the extension (a ``.png`` that is really a JPEG is stored as JPEG, and the user is
told). Images are decoded with Pillow under a pixel limit (a decompression bomb is refused),
checked with ``verify()`` and then fully decoded once to make the thumbnail, turned upright
(EXIF orientation) and flattened to 8-bit colour (:mod:`.pictures`); the stored file keeps
its own orientation tag and colours.

Each file of a batch stands alone: one that cannot be imported is refused with one translated
sentence saying why (never an exception's text, which is English and may show internals),
and the others are still imported.

PDFs: a PDF reader (poppler, pdf.js, Acrobat) looks for the ``%PDF-`` header within the first
1024 bytes, so files with a few bytes of junk before it (some mail gateways and scanners add
them) are accepted the same way. The structure is not parsed: pypdf is only a test dependency,
and parsing hostile PDFs at import would add a large attack surface for nothing the user sees
(Vidne does not show PDFs; it stores them and puts them in the bundle).
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image
from vidne.app.errors import EvidenceRejected
from vidne.app.evidence import kinds, pictures
from vidne.app.evidence.email_text import EmailUnreadable, EmailView
from vidne.app.evidence.email_text import parse_email as parse_email_text
from vidne.app.evidence.grab import THUMB_SIZE, now_with_offset, thumbnail
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault.store import Vault

__all__ = ["EmailView", "ImportReport", "Imported", "Refused", "import_files", "parse_email"]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 80_000_000  # ~ 10000 x 8000; larger images are refused as possible bombs
PREVIEW = 2 * THUMB_SIZE  # decoded size the thumbnail is made from
PDF_HEADER_WINDOW = 1024  # as PDF readers: the header may follow up to 1 KiB of junk
EMAIL_HEADERS = (
    b"from:",
    b"to:",
    b"subject:",
    b"date:",
    b"received:",
    b"return-path:",
    b"message-id:",
    b"mime-version:",
    b"delivered-to:",
)
# What Pillow's decoders raise on malformed input: its plugins are many and each fails in its
# own way (a PNG without image data raised IndexError); any of these is a damaged image.
DECODE_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    IndexError,
    KeyError,
    TypeError,
    EOFError,
    ZeroDivisionError,
    AttributeError,
    struct.error,
    MemoryError,
    Image.DecompressionBombError,
)

# The reasons a file is refused, one sentence each (translated when shown).
TOO_BIG = QT_TRANSLATE_NOOP("Import", "The file is larger than 200 MB.")
NOT_FOUND = QT_TRANSLATE_NOOP("Import", "The file no longer exists.")
NO_PERMISSION = QT_TRANSLATE_NOOP("Import", "You do not have permission to read this file.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Import", "This is a folder or a device, not a file.")
UNREADABLE = QT_TRANSLATE_NOOP("Import", "The file could not be read.")
EMPTY = QT_TRANSLATE_NOOP("Import", "The file is empty.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Import", "This is not a PNG, JPEG or WebP image, an .eml e-mail or a PDF."
)
DAMAGED_IMAGE = QT_TRANSLATE_NOOP("Import", "The image is damaged or incomplete.")
IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP("Import", "The image is too large to open safely.")
EMAIL_UNREADABLE = QT_TRANSLATE_NOOP("Import", "The e-mail is damaged and cannot be shown.")
UNCHANGED = QT_TRANSLATE_NOOP("Import", "The original was not changed.")


class Refused(EvidenceRejected):
    """A file that cannot be imported: :meth:`reason` is one translated sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.source_text = reason

    def reason(self) -> str:
        return translate("Import", self.source_text)

    def message(self) -> str:
        return f"{self.reason()} {translate('Import', UNCHANGED)}"


@dataclass
class Imported:
    name: str
    capture_id: int
    mime: str
    warning: str = ""


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file name, message)

    def summary(self) -> str:
        """'3 imported, 1 refused' (translated)."""
        return (
            translate("Import", "%1 imported, %2 refused")
            .replace("%1", str(len(self.imported)))
            .replace("%2", str(len(self.rejected)))
        )


def sniff(data: bytes) -> str | None:
    """The MIME type from the first bytes, or None if it is none of the kinds in kinds.KINDS."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:PDF_HEADER_WINDOW].lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    if looks_like_email(data):
        return "message/rfc822"
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:  # junk before the header: what readers accept
        return "application/pdf"
    return None


def looks_like_email(data: bytes) -> bool:
    """At least two known header names in the first header block, and no NUL bytes."""
    head = data[:16384].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if b"\x00" in head:
        return False
    lines = [ln.strip().lower() for ln in head.splitlines()]
    return sum(1 for ln in lines if ln.startswith(EMAIL_HEADERS)) >= 2


def check_image(data: bytes, mime: str) -> tuple[int, int, bytes]:
    """Decode safely; (width, height as shown upright, thumbnail PNG). Raises Refused."""
    fmt = kinds.kind_of(mime).name  # an image kind's name is Pillow's format name
    try:
        with warnings.catch_warnings():
            # A bomb warning refuses the file; Pillow's other warnings (e.g. about a palette's
            # transparency) are about valid files and must not refuse them.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as probe:
                if probe.width * probe.height > MAX_PIXELS:
                    raise Refused(IMAGE_TOO_LARGE)
                probe.verify()
            with Image.open(io.BytesIO(data), formats=[fmt]) as img:
                width, height = pictures.upright_size(img)
                img.draft(None, (PREVIEW, PREVIEW))  # JPEG: decoded at a fraction of its size
                img.load()
                # Made small before it is turned and flattened: a large picture is not copied.
                img.thumbnail((PREVIEW, PREVIEW), reducing_gap=2.0)
                return width, height, thumbnail(pictures.shown(img))
    except Image.DecompressionBombWarning:
        raise Refused(IMAGE_TOO_LARGE) from None
    except Image.DecompressionBombError:
        raise Refused(IMAGE_TOO_LARGE) from None
    except DECODE_ERRORS:
        raise Refused(DAMAGED_IMAGE) from None


def parse_email(data: bytes) -> EmailView:
    """Headers and readable body of a saved e-mail. Raises Refused."""
    try:
        return parse_email_text(data)
    except EmailUnreadable:
        raise Refused(EMAIL_UNREADABLE) from None


def read_bytes(path: Path) -> tuple[bytes, float]:
    """The file's bytes and modified time. Raises Refused with the reason in words."""
    try:
        stat = path.stat()
        if stat.st_size > MAX_FILE_BYTES:
            raise Refused(TOO_BIG)
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise Refused(NOT_FOUND) from None
    except PermissionError:
        raise Refused(NO_PERMISSION) from None
    except (IsADirectoryError, NotADirectoryError):
        raise Refused(NOT_A_FILE) from None
    except OSError:
        raise Refused(UNREADABLE) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        raise Refused(TOO_BIG)
    if not data:
        raise Refused(EMPTY)
    return data, stat.st_mtime


def read_evidence(path: Path) -> tuple[NewCapture, str]:
    """A NewCapture for *path* and a warning ('' if none). Raises Refused."""
    data, mtime = read_bytes(path)
    mime = sniff(data)
    if mime is None:
        raise Refused(UNKNOWN_KIND)
    captured_at, offset = now_with_offset()
    item = NewCapture(
        original=data,
        mime=mime,
        captured_at=captured_at,
        utc_offset=offset,
        trigger="import",
        source="import",
        original_name=path.name,
        original_mtime=datetime.fromtimestamp(mtime, UTC).isoformat(timespec="seconds"),
    )
    shown = kinds.kind_of(mime).shown
    if shown == kinds.IMAGE:
        item.width, item.height, item.thumb = check_image(data, mime)
    elif shown == kinds.EMAIL:
        parse_email(data)  # refuse what the viewer could not show
    return item, extension_warning(path, mime)


def extension_warning(path: Path, mime: str) -> str:
    kind = kinds.kind_of(mime)
    if path.suffix.lower() in kind.extensions:
        return ""
    return (
        translate("Import", "%1 is really a %2 file despite its name; it was stored as %2.")
        .replace("%1", path.name)
        .replace("%2", kind.name)
    )


def import_files(vault: Vault, paths: list[Path]) -> ImportReport:
    """Import each file on its own; one bad file never stops the others.

    Each file is stored in a transaction of its own, so a refused or failing file leaves
    nothing behind; a failure of the vault itself (disk full, locked) is raised."""
    report = ImportReport()
    store = CaptureStore(vault)
    for path in paths:
        try:
            item, warning = read_evidence(path)
        except Refused as exc:
            report.rejected.append((path.name, exc.message()))
            continue
        capture_id = store.add(item)
        report.imported.append(Imported(path.name, capture_id, item.mime, warning))
    return report
