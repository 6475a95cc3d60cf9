"""One sealed capture file: how it is written, and how it is opened without trusting it.

File format: ``MAGIC`` + SealedBox(header length (4 bytes, big-endian) + header JSON + the
original, view and thumbnail bytes, lengths in the header). The header carries a random
``seal_id`` (files written before it existed have none), by which a file put back after it
was imported is recognised even if its bytes were re-encrypted.

The inbox public key lies readable beside the vault, so *anyone* can seal a file: nothing in
one is trusted. :func:`open_sealed` accepts only what Vidne itself writes — a PNG screen or
region capture with a known trigger, a sane time, no file-import or redaction fields — decodes
the images under the import limits, and takes width, height and the thumbnail from the
decoded pixels rather than from the header. Whatever it lets through is still only what the
capture program *said*: the time and window title cannot be checked (see
:mod:`vidne.app.evidence.origin`).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import struct
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.public
from vidne.app.atomic import write_atomic
from vidne.app.errors import EvidenceRejected, SealedFileRejected
from vidne.app.evidence.new_capture import NewCapture
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.paths import INBOX_DIR
from vidne.app.vault.local_trust import trusted_inbox_key

MAGIC = b"VIDNE-SEALED-1\n"
SUFFIX = ".vsealed"
MAX_HEADER_BYTES = 64 * 1024  # a real header is well under 2 KB (monitor geometry, title)
_BLOBS = ("original", "view", "thumb")
# Header keys Vidne has ever written; anything else is not ours.
_KNOWN = {
    "mime", "captured_at", "utc_offset", "trigger", "source", "width", "height", "monitor",
    "crop", "window_title", "window_program", "original_name", "original_mtime", "sealed",
    "redacted_from", "seal_id", "sha256", "lengths",
}  # fmt: skip
_TRIGGERS = ("hotkey", "tray", "window", "cli")  # what can take a capture while locked
_SOURCES = ("screen", "region")
_OFFSET = re.compile(r"[+-]\d\d:\d\d")
_SEAL_ID = re.compile(r"[0-9a-f]{32}")

# Why a file was set aside: short, translated where shown (context "SealedInbox").
NOT_SEALED = QT_TRANSLATE_NOOP("SealedInbox", "not a Vidne sealed capture")
FOREIGN = QT_TRANSLATE_NOOP("SealedInbox", "damaged, or sealed for another vault")
MALFORMED = QT_TRANSLATE_NOOP("SealedInbox", "malformed content")
NOT_A_CAPTURE = QT_TRANSLATE_NOOP("SealedInbox", "not a screen capture made by Vidne")
BROKEN_IMAGE = QT_TRANSLATE_NOOP("SealedInbox", "broken image")


class Opened:
    """A sealed file opened and checked: the capture to store and the file's own id."""

    def __init__(self, item: NewCapture, seal_id: str) -> None:
        self.item = item
        self.seal_id = seal_id  # '' in files sealed before the id existed


def refused(reason: str, detail: str = "") -> SealedFileRejected:
    """SealedFileRejected whose detail is the translated *reason* (and what went wrong)."""
    text = translate("SealedInbox", reason)
    return SealedFileRejected(f"{text}: {detail}" if detail else text)


def pack(item: NewCapture) -> bytes:
    meta = {k: v for k, v in asdict(item).items() if k not in _BLOBS}
    meta["sha256"] = item.sha256
    meta["seal_id"] = secrets.token_hex(16)
    parts = [getattr(item, name) or b"" for name in _BLOBS]
    meta["lengths"] = [len(p) for p in parts]
    header = json.dumps(meta, sort_keys=True).encode("utf-8")
    return struct.pack(">I", len(header)) + header + b"".join(parts)


def seal(data_dir: Path, item: NewCapture, public_key: bytes | None = None) -> Path:
    """Encrypt *item* to the vault's inbox key and write it atomically; returns the file."""
    key = public_key or trusted_inbox_key(data_dir)  # InboxKeyUntrusted if swapped
    box = nacl.public.SealedBox(nacl.public.PublicKey(key))
    blob = MAGIC + box.encrypt(pack(item))
    folder = data_dir / INBOX_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}-{secrets.token_hex(4)}{SUFFIX}"
    write_atomic(path, blob)
    return path


def open_sealed(boxes: Sequence[nacl.public.SealedBox[Any]], raw: bytes) -> Opened:
    """Decrypt with the first key that fits, parse and check; raise SealedFileRejected."""
    if not raw.startswith(MAGIC):
        raise refused(NOT_SEALED)
    inner = _decrypt(boxes, memoryview(raw)[len(MAGIC) :])
    try:
        meta, blobs = _split(inner)
    except (ValueError, KeyError, TypeError, struct.error, RecursionError) as exc:
        raise refused(MALFORMED, str(exc)[:200]) from None
    del inner  # the blobs are copies: let the plaintext go before the images are decoded
    item = _capture(meta, blobs)
    _check_pictures(item)
    return Opened(item, _seal_id(meta))


def _decrypt(boxes: Sequence[nacl.public.SealedBox[Any]], body: memoryview) -> bytes:
    for box in boxes:  # newest key first; older ones for files sealed before a key change
        try:
            return box.decrypt(bytes(body))
        except nacl.exceptions.CryptoError:
            continue
    raise refused(FOREIGN)


def _split(inner: bytes) -> tuple[dict[str, Any], dict[str, bytes | None]]:
    (hlen,) = struct.unpack(">I", inner[:4])
    if hlen > MAX_HEADER_BYTES:
        raise ValueError("header too large")
    meta = json.loads(inner[4 : 4 + hlen].decode("utf-8"))
    if not isinstance(meta, dict) or not set(meta) <= _KNOWN:
        raise ValueError("unknown header fields")
    lengths = meta.pop("lengths")
    pos = 4 + hlen
    if (
        not isinstance(lengths, list)
        or len(lengths) != 3
        or not all(_whole(n) and n >= 0 for n in lengths)
        or pos + sum(lengths) != len(inner)
    ):
        raise ValueError("lengths do not match")
    blobs: dict[str, bytes | None] = {}
    for name, length in zip(_BLOBS, lengths, strict=True):
        blobs[name] = inner[pos : pos + length] or None
        pos += length
    return meta, blobs


def _capture(meta: dict[str, Any], blobs: dict[str, bytes | None]) -> NewCapture:
    """The NewCapture a genuine Vidne capture would have produced, or SealedFileRejected."""
    original = blobs["original"]
    if not original or hashlib.sha256(original).hexdigest() != meta.get("sha256"):
        raise refused(MALFORMED, "checksum does not match")
    if (
        meta.get("mime") != "image/png"
        or meta.get("source") not in _SOURCES
        or meta.get("trigger") not in _TRIGGERS
        or meta.get("redacted_from") is not None
        or meta.get("original_name", "") != ""
        or meta.get("original_mtime", "") != ""
    ):
        raise refused(NOT_A_CAPTURE)
    try:
        item = NewCapture(
            original=original,
            view=blobs["view"],
            mime="image/png",
            captured_at=_time(meta.get("captured_at")),
            utc_offset=_text(meta.get("utc_offset"), _OFFSET),
            trigger=meta["trigger"],
            source=meta["source"],
            monitor=_small_dict(meta.get("monitor", {})),
            crop=_crop(meta.get("crop")),
            window_title=_plain(meta.get("window_title", "")),
            window_program=_plain(meta.get("window_program", "")),
            sealed=True,
        )
        for side in ("width", "height"):  # checked, then replaced by the decoded size
            _size(meta.get(side))
    except (ValueError, TypeError) as exc:
        raise refused(MALFORMED, str(exc)[:200]) from None
    return item


def _check_pictures(item: NewCapture) -> None:
    """Decode what will be shown under the import limits; size and thumbnail from pixels."""
    from vidne.app.evidence.file_import import check_image  # Pillow only when importing

    try:
        item.width, item.height, item.thumb = check_image(item.original, item.mime)
        c = item.crop
        if c is not None and (c["x"] + c["w"] > item.width or c["y"] + c["h"] > item.height):
            raise EvidenceRejected("the region lies outside the screen")
        if item.view is not None:
            w, h, item.thumb = check_image(item.view, item.mime)
            if item.crop is None or (w, h) != (item.crop["w"], item.crop["h"]):
                raise EvidenceRejected("the region does not match its crop")
    except EvidenceRejected as exc:
        raise refused(BROKEN_IMAGE, exc.detail or exc.message()) from None


def _seal_id(meta: dict[str, Any]) -> str:
    if "seal_id" not in meta:
        return ""  # sealed by a Vidne from before the id: recognised by its file hash alone
    try:
        return _text(meta["seal_id"], _SEAL_ID)
    except ValueError as exc:
        raise refused(MALFORMED, str(exc)) from None


def _size(value: Any) -> None:
    if value is not None and not (_whole(value) and 0 < value <= 1_000_000):
        raise ValueError(f"bad image size {str(value)[:20]}")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(f"bad value {str(value)[:40]!r}")
    return value


def _plain(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a title is not text")
    return value


def _time(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("bad capture time")
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        raise ValueError("capture time without a time zone")
    return value


def _small_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or len(json.dumps(value)) > 4096:
        raise ValueError("bad monitor description")
    return value


def _crop(value: Any) -> dict[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"x", "y", "w", "h"}:
        raise ValueError("bad crop")
    if not all(_whole(v) and v >= 0 for v in value.values()) or not value["w"] or not value["h"]:
        raise ValueError("bad crop")
    return {k: int(v) for k, v in value.items()}
