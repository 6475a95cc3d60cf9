"""A SHA-256 hash chain over every record in the vault.

Each entry links ``kind`` (e.g. ``revision``, ``capture``) and ``ref`` (the row id) to the
SHA-256 of the record's content (``payload``); its ``hash`` covers the previous entry's hash, so
altering, inserting or removing any entry or record breaks the chain from that point on.
:func:`verify` gets the table of record kinds and their payload functions (one per kind, each
recomputing the content hash from what is stored now) from its caller: the one table of every
kind is :data:`vidne.app.vault.record_kinds.PAYLOADS`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64

# fn(conn, ref) giving the sha256 hex of the record now, or None if its content was purged on
# purpose (a deleted episode's history) and only the link can be checked.
PayloadFn = Callable[[Any, int], str | None]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def link_hash(prev: str, kind: str, ref: int, payload: str, at: str) -> str:
    return sha256_hex(f"{prev}|{kind}|{ref}|{payload}|{at}".encode())


def head(conn: Any) -> str:
    row = conn.execute("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def append(conn: Any, kind: str, ref: int, payload: str, at: str) -> str:
    """Add an entry inside the caller's transaction; returns the new head."""
    prev = head(conn)
    new = link_hash(prev, kind, ref, payload, at)
    conn.execute(
        "INSERT INTO chain (kind, ref, payload, at, prev, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, ref, payload, at, prev, new),
    )
    return new


@dataclass(frozen=True)
class Break:
    seq: int
    kind: str
    ref: int
    reason: str

    def describe(self) -> str:
        return f"chain entry {self.seq} ({self.kind} {self.ref}): {self.reason}"


def verify(conn: Any, payloads: Mapping[str, PayloadFn]) -> Break | None:
    """Recompute every link and, with *payloads* (kind -> payload function), every record's
    content hash; return the first break."""
    prev = GENESIS
    rows = conn.execute("SELECT seq, kind, ref, payload, at, prev, hash FROM chain ORDER BY seq")
    for seq, kind, ref, payload, at, stored_prev, stored_hash in rows:
        if stored_prev != prev:
            return Break(seq, kind, ref, "link to the previous entry does not match")
        if link_hash(prev, kind, ref, payload, at) != stored_hash:
            return Break(seq, kind, ref, "entry was altered")
        checker = payloads.get(kind)
        if checker is None:
            return Break(seq, kind, ref, "unknown record kind")
        current = checker(conn, ref)
        if current is not None and current != payload:
            return Break(seq, kind, ref, "record content was altered")
        prev = stored_hash
    return None


def short(head_hash: str) -> str:
    return head_hash[:12]
