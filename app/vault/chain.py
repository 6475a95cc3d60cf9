"""A SHA-256 hash chain over every record the vault shows.

Each entry links ``kind`` (e.g. ``revision``, ``capture``, ``link``) and ``ref`` (which row of
that kind) to ``payload``, the SHA-256 of the row's content at that moment (or :data:`DELETED`
when the row was removed). Its ``hash`` covers the previous entry's hash, so altering, inserting
or removing any entry breaks the chain from that point on. A row may have several entries over
time (a thumbnail replaced, a link removed): the latest one is what the row must hold now.

This module knows the mechanics only: :func:`walk` checks every link and that time never runs
backwards, and gives the latest entry of each row; which kinds exist, how their content is
hashed and what a break means to the user is :mod:`vidne.app.vault.record_kinds`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = "0" * 64
DELETED = "deleted"  # the payload of an entry recording that its row was removed


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def link_hash(prev: str, kind: str, ref: int, payload: str, at: str) -> str:
    return sha256_hex(f"{prev}|{kind}|{ref}|{payload}|{at}".encode())


def head(conn: Any) -> str:
    row = conn.execute("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def instant(text: str) -> datetime | None:
    """The moment an entry's ``at`` names, or None if it is not an aware ISO 8601 time."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo is not None else None


def append(conn: Any, kind: str, ref: int, payload: str, at: str) -> str:
    """Add an entry inside the caller's transaction; returns the new head.

    The entry's time never goes before the previous entry's: a clock set back (a flat RTC
    battery, a manual change) must not make a genuine log look tampered with, so such a
    write is logged at the previous entry's time. The row itself keeps the clock's time.
    """
    row = conn.execute("SELECT hash, at FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    prev, prev_at = (row[0], row[1]) if row else (GENESIS, "")
    before, now = instant(prev_at), instant(at)
    if before is not None and now is not None and now < before:
        at = prev_at
    new = link_hash(prev, kind, ref, payload, at)
    conn.execute(
        "INSERT INTO chain (kind, ref, payload, at, prev, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, ref, payload, at, prev, new),
    )
    return new


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: str
    ref: int
    payload: str
    at: str


@dataclass(frozen=True)
class Break:
    """A link that does not hold: the entry, its row and why (the technical detail)."""

    seq: int
    kind: str
    ref: int
    reason: str

    def describe(self) -> str:
        return f"chain entry {self.seq} ({self.kind} {self.ref}): {self.reason}"


# Reasons a link fails; record_kinds translates them for the user.
ALTERED_LINK = "link to the previous entry does not match"
ALTERED_ENTRY = "entry was altered"
TIME_UNREADABLE = "its time cannot be read"
TIME_BACKWARDS = "its time is earlier than the entry before"


@dataclass
class Walk:
    """What :func:`walk` found: the first broken link (if any), the entry count and every
    row's latest entry, keyed by (kind, ref)."""

    broken: Break | None
    entries: int
    latest: dict[tuple[str, int], Entry]
    previous_at: str = ""  # for the message: the time of the entry before the broken one
    broken_at: str = ""  # and the broken entry's own time


def walk(conn: Any, backwards_allowed: Collection[int] = ()) -> Walk:
    """Recompute every link in order and check that time never runs backwards.

    *backwards_allowed*: entries written before Vidne kept the log's time in order, whose
    backward step was recorded when the vault was upgraded (see migration m004).
    """
    prev, prev_when, prev_at = GENESIS, None, ""
    latest: dict[tuple[str, int], Entry] = {}
    count = 0
    rows = conn.execute("SELECT seq, kind, ref, payload, at, prev, hash FROM chain ORDER BY seq")
    for seq, kind, ref, payload, at, stored_prev, stored_hash in rows:
        count += 1
        reason = None
        when = instant(at)
        if stored_prev != prev:
            reason = ALTERED_LINK
        elif link_hash(prev, kind, ref, payload, at) != stored_hash:
            reason = ALTERED_ENTRY
        elif seq in backwards_allowed:
            pass
        elif when is None:
            reason = TIME_UNREADABLE
        elif prev_when is not None and when < prev_when:
            reason = TIME_BACKWARDS
        if reason is not None:
            return Walk(Break(seq, kind, ref, reason), count, latest, prev_at, at)
        latest[(kind, ref)] = Entry(seq, kind, ref, payload, at)
        prev = stored_hash
        if when is not None:
            prev_when, prev_at = when, at
    return Walk(None, count, latest)


def backwards_steps(conn: Any) -> list[int]:
    """Every entry whose time is unreadable or earlier than the entry before it (for the
    upgrade's record of what an older Vidne wrote)."""
    found: list[int] = []
    newest = None
    for seq, at in conn.execute("SELECT seq, at FROM chain ORDER BY seq"):
        when = instant(at)
        if when is None:
            found.append(int(seq))
            continue
        if newest is not None and when < newest:
            found.append(int(seq))
        newest = when
    return found


def short(head_hash: str) -> str:
    return head_hash[:12]
