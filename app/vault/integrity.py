"""Whole-vault checks: SQLCipher's and SQLite's integrity checks, then the hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from vidne.app.episodes import store as episodes
from vidne.app.vault import anchor, chain, record_kinds
from vidne.app.vault.store import Vault


@dataclass(frozen=True)
class IntegrityReport:
    entries: int
    head: str
    problem: str | None


def check(vault: Vault) -> IntegrityReport:
    with vault.read() as conn:
        cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if cipher:
            return IntegrityReport(0, "", f"cipher_integrity_check: {cipher[0]}")
        sqlite = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if sqlite != "ok":
            return IntegrityReport(0, "", f"integrity_check: {sqlite}")
        broken = record_kinds.verify(conn)
        extra = None if broken else episodes.unrecorded(conn)  # rows the chain cannot see
        extra = extra or anchor.status(vault).problem()  # entries seen here and now missing
        entries = conn.execute("SELECT count(*) FROM chain").fetchone()[0]
        head = chain.head(conn)
    return IntegrityReport(entries, chain.short(head), broken.describe() if broken else extra)
