"""Captures taken while the vault is locked (or Vidne is not running), sealed to the vault.

A capture cannot wait for the passphrase: the post may be gone in a minute. So it is encrypted
at once with a libsodium ``SealedBox`` to the vault's X25519 public key (kept in plaintext in
the key file) and written to ``<data dir>/inbox/`` (temp file, fsync, rename). Only the private
key inside the vault can open it. On unlock, :func:`import_pending` imports every sealed file in
one transaction, marks the captures ``sealed``, and deletes the files only after the commit. A
damaged or foreign file is moved to ``inbox/rejected/`` with a message, never silently dropped,
and never blocks the others.

File format: ``MAGIC`` + SealedBox(header length (4 bytes, big-endian) + header JSON + the
original, view and thumbnail bytes, lengths in the header).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import struct
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nacl.exceptions
import nacl.public
from vidne.app.atomic import fsync_dir, write_atomic
from vidne.app.errors import EvidenceRejected, SealedFileRejected
from vidne.app.evidence.store import NewCapture
from vidne.app.paths import INBOX_DIR, KEY_NAME
from vidne.app.vault import chain
from vidne.app.vault.keyfile import KeyFile

if TYPE_CHECKING:  # sealing (``vidne capture``) needs neither the database nor image checks
    from vidne.app.vault.store import Vault

MAGIC = b"VIDNE-SEALED-1\n"
SUFFIX = ".vsealed"
REJECTED_DIR = "rejected"
MAX_SEALED_BYTES = 1 << 30
_BLOBS = ("original", "view", "thumb")


@dataclass
class Rejected:
    """A sealed file that could not be imported, where it was put, and why (translated)."""

    name: str
    moved_to: Path
    message: str


@dataclass
class ImportResult:
    imported: list[int] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def inbox_dir(data_dir: Path) -> Path:
    return data_dir / INBOX_DIR


def pending(data_dir: Path) -> list[Path]:
    """Finished sealed files (temp files start with a dot and are never listed)."""
    folder = inbox_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix == SUFFIX and p.is_file() and not p.name.startswith(".")
    )


def _pack(item: NewCapture) -> bytes:
    meta = {k: v for k, v in asdict(item).items() if k not in _BLOBS}
    meta["sha256"] = chain.sha256_hex(item.original)
    parts = [getattr(item, name) or b"" for name in _BLOBS]
    meta["lengths"] = [len(p) for p in parts]
    header = json.dumps(meta, sort_keys=True).encode("utf-8")
    return struct.pack(">I", len(header)) + header + b"".join(parts)


def _unpack(inner: bytes) -> NewCapture:
    (hlen,) = struct.unpack(">I", inner[:4])
    meta: dict[str, Any] = json.loads(inner[4 : 4 + hlen].decode("utf-8"))
    lengths = meta.pop("lengths")
    expected = meta.pop("sha256")
    pos = 4 + hlen
    if len(lengths) != 3 or pos + sum(lengths) != len(inner):
        raise ValueError("lengths do not match")
    blobs: dict[str, bytes | None] = {}
    for name, length in zip(_BLOBS, lengths, strict=True):
        blobs[name] = inner[pos : pos + length] or None
        pos += length
    item = NewCapture(**meta, **blobs)  # type: ignore[arg-type]
    if not item.original or chain.sha256_hex(item.original) != expected:
        raise ValueError("checksum does not match")
    item.sealed = True
    return item


def seal(data_dir: Path, item: NewCapture, public_key: bytes | None = None) -> Path:
    """Encrypt *item* to the vault's inbox key and write it atomically; returns the file."""
    key = public_key or KeyFile.read(data_dir / KEY_NAME).inbox_public_key
    box = nacl.public.SealedBox(nacl.public.PublicKey(key))
    blob = MAGIC + box.encrypt(_pack(item))
    folder = inbox_dir(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}-{secrets.token_hex(4)}{SUFFIX}"
    write_atomic(path, blob)
    return path


def open_sealed(box: nacl.public.SealedBox[Any], raw: bytes) -> NewCapture:
    """Decrypt and parse one sealed file; raise SealedFileRejected with the reason."""
    if not raw.startswith(MAGIC):
        raise SealedFileRejected("not a Vidne sealed capture")
    try:
        item = _unpack(box.decrypt(raw[len(MAGIC) :]))
    except nacl.exceptions.CryptoError:
        raise SealedFileRejected("damaged, or sealed for another vault") from None
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError) as exc:
        raise SealedFileRejected(f"malformed content: {exc}") from None
    # The public key is readable beside the vault, so anyone could seal a file: decode the
    # image with the same limits as an imported file (no decompression bombs, no junk).
    if item.mime != "image/png":
        raise SealedFileRejected("not a PNG capture")
    from vidne.app.evidence.file_import import check_image

    try:
        check_image(item.original, item.mime)
    except EvidenceRejected as exc:
        raise SealedFileRejected(f"broken image: {exc.detail or exc}") from None
    return item


def set_aside(path: Path) -> Path:
    """Move *path* into inbox/rejected/ (never overwriting) and return its new place."""
    target_dir = path.parent / REJECTED_DIR
    target_dir.mkdir(mode=0o700, exist_ok=True)
    target = target_dir / path.name
    n = 1
    while target.exists():
        target = target_dir / f"{path.stem}-{n}{path.suffix}"
        n += 1
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def _read(path: Path) -> bytes:
    if path.stat().st_size > MAX_SEALED_BYTES:
        raise SealedFileRejected("too large")
    return path.read_bytes()


def import_pending(vault: Vault) -> ImportResult:
    """Import every sealed capture in one transaction; delete the files after the commit."""
    result = ImportResult()
    files = pending(vault.directory)
    if not files:
        return result
    box = nacl.public.SealedBox(nacl.public.PrivateKey(bytes(vault.meta("inbox_private_key"))))
    good: list[tuple[Path, NewCapture]] = []
    for path in files:
        try:
            good.append((path, open_sealed(box, _read(path))))
        except (SealedFileRejected, OSError) as exc:
            error = exc if isinstance(exc, SealedFileRejected) else SealedFileRejected(str(exc))
            try:
                moved = set_aside(path)
            except OSError:
                moved = path  # could not move it: still reported, and retried next unlock
            result.rejected.append(Rejected(path.name, moved, error.message()))
    if good:
        from vidne.app.evidence.store import CaptureStore

        result.imported = CaptureStore(vault).add_many(item for _, item in good)
        for path, _ in good:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        fsync_dir(inbox_dir(vault.directory))
    return result
