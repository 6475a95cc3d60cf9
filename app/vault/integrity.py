"""Whole-vault checks: SQLCipher's and SQLite's integrity checks, then the hash chain.

The chain check (:func:`vidne.app.vault.record_kinds.verify`) finds a broken link, a time that
runs backwards, and any shown row outside the chain (added, changed or removed behind the
app's back); its problem is one sentence in the user's language with the technical detail in
brackets: "Episode 7 was changed outside Vidne (chain entry 12 (revision 9): …)."
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import sqlcipher3
from vidne.app.vault import anchor, chain, record_kinds
from vidne.app.vault.store import Vault


@dataclass(frozen=True)
class IntegrityReport:
    entries: int
    head: str
    problem: str | None


def check(vault: Vault) -> IntegrityReport:
    with vault.read() as conn:
        # SQLCipher checks the pages of the file only. After a crash, pages committed to the
        # write-ahead log may wait there (a passphrase change's re-encrypted pages, whose
        # checkpoint another reader held off): fold them in first, or a whole vault would be
        # reported as "HMAC verification failed" (tests/security/test_verify_after_crash.py).
        # On a full disk the log cannot be folded in: then the file is checked as it is.
        with contextlib.suppress(sqlcipher3.OperationalError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if cipher:
            return IntegrityReport(0, "", f"cipher_integrity_check: {cipher[0]}")
        sqlite = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if sqlite != "ok":
            return IntegrityReport(0, "", f"integrity_check: {sqlite}")
        found = record_kinds.verify(conn)
        extra = None if found else anchor.status(vault).problem()  # entries seen, now missing
        entries = conn.execute("SELECT count(*) FROM chain").fetchone()[0]
        head = chain.head(conn)
    return IntegrityReport(entries, chain.short(head), found.text() if found else extra)
