"""The shapes shared by every kind of chained record and the checks over them.

A :class:`RecordKind` says how to hash each stored row of one kind now and how to name a row
of that kind to the user; a :class:`Finding` is one problem: a technical detail for the log and
one sentence in the user's language ("Episode 7 was changed outside Vidne"). The table of kinds
is :mod:`vidne.app.vault.record_kinds`; the stores provide the functions, so each domain keeps
its own columns and words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault.chain import Entry

# How a row differs from its latest entry in the chain.
ADDED = "added"  # a row with no entry, or present although its latest entry removed it
CHANGED = "changed"  # a row whose content is not what its latest entry covers
REMOVED = "removed"  # an entry whose row is gone without an entry recording the removal

REASONS = {
    ADDED: QT_TRANSLATE_NOOP("Integrity", "the row has no entry in the chain"),
    CHANGED: QT_TRANSLATE_NOOP("Integrity", "record content was altered"),
    REMOVED: QT_TRANSLATE_NOOP("Integrity", "the row is missing"),
}

Latest = Mapping[tuple[str, int], Entry]
Describe = Callable[[Any, int, str], str]  # (conn, ref, change) -> the user's sentence


@dataclass(frozen=True)
class RecordKind:
    """One kind of chained row: ``now(conn)`` hashes every row stored now, by ref."""

    name: str
    now: Callable[[Any], dict[int, str]]
    describe: Describe


@dataclass(frozen=True)
class Finding:
    """The first problem found: where (an entry, or a row with none) and what it means."""

    sentence: str  # for the user, translated
    kind: str
    ref: int
    reason: str  # technical, translated
    seq: int | None = None  # the chain entry concerned; None for a row with no entry

    def detail(self) -> str:
        if self.seq is None:
            return f"{self.kind} {self.ref}: {self.reason}"
        where = translate("Integrity", "chain entry %1").replace("%1", str(self.seq))
        return f"{where} ({self.kind} {self.ref}): {self.reason}"

    def text(self) -> str:
        """One sentence: what happened, then the technical detail in brackets."""
        return f"{self.sentence} ({self.detail()})."


def compare(kind: RecordKind, conn: Any, latest: Latest, deleted: str) -> list[Finding]:
    """Every row of *kind* that differs from its latest chain entry (*deleted*: the payload
    of an entry recording a removal)."""
    stored = kind.now(conn)
    found: list[Finding] = []
    for (name, ref), entry in latest.items():
        if name != kind.name:
            continue
        present = stored.pop(ref, None)
        if entry.payload == deleted:
            change = None if present is None else ADDED
        elif present is None:
            change = REMOVED
        else:
            change = None if present == entry.payload else CHANGED
        if change is not None:
            found.append(finding(conn, kind, ref, change, entry.seq))
    found.extend(finding(conn, kind, ref, ADDED, None) for ref in sorted(stored))
    return found


def finding(conn: Any, kind: RecordKind, ref: int, change: str, seq: int | None) -> Finding:
    reason = translate("Integrity", REASONS[change])
    return Finding(kind.describe(conn, ref, change), kind.name, ref, reason, seq)


def first(findings: list[Finding]) -> Finding | None:
    """The problem to name: the earliest entry concerned, then rows with no entry at all."""
    if not findings:
        return None
    return min(findings, key=lambda f: (f.seq is None, f.seq or 0))
