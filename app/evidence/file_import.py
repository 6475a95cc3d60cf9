"""Import evidence files the user already has: images, saved e-mails, PDFs.

The file is read once, read-only, and copied byte for byte into the vault with its SHA-256, its
original name and modified time; the original is never changed. The type is decided by the
content, not the extension (a ``.png`` that is really a JPEG is stored as JPEG, and the user is
told). Images are decoded with Pillow under a pixel limit (a decompression bomb is refused),
checked with ``verify()`` and then fully decoded once to make the thumbnail.
"""

from __future__ import annotations

import email
import email.policy
import io
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage, MIMEPart
from pathlib import Path

from PIL import Image
from vidne.app.errors import EvidenceRejected
from vidne.app.evidence import kinds
from vidne.app.evidence.grab import now_with_offset, thumbnail
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.i18n import translate
from vidne.app.vault.store import Vault

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 80_000_000  # ~ 10000 x 8000; larger images are refused as possible bombs
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


def sniff(data: bytes) -> str | None:
    """The MIME type from the first bytes, or None if it is none of the kinds in kinds.KINDS."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    if looks_like_email(data):
        return "message/rfc822"
    return None


def looks_like_email(data: bytes) -> bool:
    """At least two known header names in the first header block, and no NUL bytes."""
    head = data[:16384].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if b"\x00" in head:
        return False
    lines = [ln.strip().lower() for ln in head.splitlines()]
    return sum(1 for ln in lines if ln.startswith(EMAIL_HEADERS)) >= 2


def check_image(data: bytes, mime: str) -> tuple[int, int, bytes]:
    """Decode safely; (width, height, thumbnail PNG). Raises EvidenceRejected."""
    fmt = kinds.kind_of(mime).name  # an image kind's name is Pillow's format name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as probe:
                if probe.width * probe.height > MAX_PIXELS:
                    raise EvidenceRejected(
                        translate("Import", "The image is too large to open safely.")
                    )
                probe.verify()
            with Image.open(io.BytesIO(data), formats=[fmt]) as img:
                img.load()
                return img.width, img.height, thumbnail(img.convert("RGB"))
    except EvidenceRejected:
        raise
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as exc:
        raise EvidenceRejected(str(exc)[:200]) from None


def read_evidence(path: Path) -> tuple[NewCapture, str]:
    """A NewCapture for *path* and a warning ('' if none). Raises EvidenceRejected."""
    try:
        stat = path.stat()
        if stat.st_size > MAX_FILE_BYTES:
            raise EvidenceRejected(translate("Import", "The file is larger than 200 MB."))
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise EvidenceRejected(exc.strerror or str(exc)) from None
    mime = sniff(data)
    if mime is None:
        raise EvidenceRejected(path.name)
    captured_at, offset = now_with_offset()
    item = NewCapture(
        original=data,
        mime=mime,
        captured_at=captured_at,
        utc_offset=offset,
        trigger="import",
        source="import",
        original_name=path.name,
        original_mtime=datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds"),
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
    """Import each file on its own; one bad file never stops the others."""
    report = ImportReport()
    store = CaptureStore(vault)
    for path in paths:
        try:
            item, warning = read_evidence(path)
            capture_id = store.add(item)
        except EvidenceRejected as exc:
            report.rejected.append((path.name, exc.message()))
            continue
        report.imported.append(Imported(path.name, capture_id, item.mime, warning))
    return report


@dataclass
class EmailView:
    headers: list[tuple[str, str]]
    text: str


def parse_email(data: bytes) -> EmailView:
    """Headers (From, To, Cc, Date, Subject) and the plain text body (or HTML stripped)."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        headers = [
            (name, str(msg[name]))
            for name in ("From", "To", "Cc", "Date", "Subject")
            if msg[name] is not None
        ]
        body = msg.get_body(preferencelist=("plain", "html"))
        text = _body_text(body) if body is not None else ""
    except (ValueError, LookupError, TypeError, AssertionError, AttributeError) as exc:
        raise EvidenceRejected(str(exc)[:200]) from None
    if body is not None and body.get_content_type() == "text/html":
        text = strip_html(text)
    return EmailView(headers, text)


def _body_text(body: MIMEPart) -> str:
    """The body as text; an unknown charset (e.g. "unknown-8bit") is read as UTF-8 with
    replacement characters rather than refusing evidence the user already has."""
    try:
        return str(body.get_content())
    except LookupError:
        raw = body.get_payload(decode=True)
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""


def strip_html(html: str) -> str:
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts).strip()
