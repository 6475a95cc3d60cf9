"""A saved e-mail as text a person can read: its headers and a body that is never empty when
the message has one.

Real mail is rarely one plain text part: a forward carries the original as an enclosed message
(``message/rfc822``), a mailing-list digest is a ``multipart/digest`` of messages, and many
programs send HTML with an empty or missing text part. The body is the first non-empty of the
text and the HTML part (HTML reduced to its text with the standard library's parser: no
remote content is ever fetched, no script run), followed by each enclosed message with its own
headers. Nothing here raises on a malformed message except :class:`EmailUnreadable`.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage, MIMEPart
from html.parser import HTMLParser

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate

HEADERS = ("From", "To", "Cc", "Date", "Subject")
MAX_DEPTH = 8  # forwards of forwards: deeper ones are not unfolded (a crafted file could nest)
MAX_TEXT = 2_000_000  # characters kept for display; the stored file is whole regardless
FORWARDED = QT_TRANSLATE_NOOP("Import", "Enclosed message")
# What the email package raises on a message it cannot make sense of (its parser is lenient,
# but header and content accessors can still fail on crafted input).
PARSE_ERRORS = (
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    AssertionError,
    UnicodeError,
    RecursionError,
)
BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr"}
HIDDEN = {"script", "style", "head", "title", "template"}


class EmailUnreadable(Exception):
    """The bytes are not an e-mail the viewer could show."""


@dataclass
class EmailView:
    headers: list[tuple[str, str]]
    text: str


def parse_email(data: bytes) -> EmailView:
    """Headers (From, To, Cc, Date, Subject) and the readable body. Raises EmailUnreadable."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not isinstance(msg, EmailMessage):
            raise EmailUnreadable()
        view = EmailView(headers_of(msg), readable_body(msg)[:MAX_TEXT])
    except PARSE_ERRORS:
        raise EmailUnreadable() from None
    return view


def headers_of(msg: EmailMessage) -> list[tuple[str, str]]:
    return [(name, str(msg[name])) for name in HEADERS if msg[name] is not None]


def readable_body(msg: EmailMessage, depth: int = 0) -> str:
    """The message's own text, then each enclosed message under a heading with its headers."""
    parts = [best_text(msg)]
    if depth < MAX_DEPTH:
        for inner in enclosed(msg):
            heading = f"---------- {translate('Import', FORWARDED)} ----------"
            head = "\n".join(f"{k}: {v}" for k, v in headers_of(inner))
            parts.append("\n".join((heading, head, "", readable_body(inner, depth + 1))))
    return "\n\n".join(p for p in parts if p.strip()).strip()


def best_text(msg: EmailMessage) -> str:
    """The first part among plain text and HTML that has any text (an empty text part beside
    the real HTML is common)."""
    for kind in ("plain", "html"):
        body = msg.get_body(preferencelist=(kind,))
        if body is None or body.get_content_type() == "message/rfc822":
            continue
        text = part_text(body)
        if kind == "html":
            text = strip_html(text)
        if text.strip():
            return text.strip()
    return ""


def enclosed(part: EmailMessage | MIMEPart) -> Iterator[EmailMessage]:
    """The messages enclosed in *part*: forwards as attachments and a digest's messages."""
    for sub in part.iter_parts():
        if sub.get_content_type() == "message/rfc822":
            inner = sub.get_content()
            if isinstance(inner, EmailMessage):
                yield inner
        elif sub.get_content_maintype() == "multipart":
            yield from enclosed(sub)


def part_text(body: MIMEPart) -> str:
    """The part as text; an unknown charset (e.g. "unknown-8bit") is read as UTF-8 with
    replacement characters rather than refusing evidence the user already has."""
    try:
        return str(body.get_content())
    except LookupError:
        raw = body.get_payload(decode=True)
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""


class _Text(HTMLParser):
    """Collects the text a browser would show, with line breaks at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def strip_html(html: str) -> str:
    """The text of an HTML body, without tags, scripts or styles; nothing is fetched."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()
