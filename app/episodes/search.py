"""Full-text search (SQLite FTS5 inside the encrypted database) and the list filters.

The index ``episodes_fts`` has one row per episode (rowid = episode id). The episode store
calls :func:`index` / :func:`remove` in the same transaction as every change, and the sender
registry re-indexes an episode when its sender's names change, so the index never lags. The
tokenizer is ``unicode61 remove_diacritics 0``: Danish æ, ø, å are letters of their own, so
"bør" does not match "bor".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from vidne.app.vault.store import Vault

_WORD = re.compile(r"\w+", re.UNICODE)


def index(tx: Any, episode_id: int) -> None:
    """(Re)build the index row of one episode from the live row and its sender's names."""
    row = tx.execute(
        "SELECT e.description, e.quote, e.context, e.own_reply, e.sender, e.follow_up, e.tags, "
        "s.name, s.identifiers FROM episodes e LEFT JOIN senders s ON s.id = e.sender_id "
        "WHERE e.id = ?",
        (episode_id,),
    ).fetchone()
    remove(tx, episode_id)
    if row is None:
        return
    sender = " ".join([row[4] or "", row[7] or "", *json.loads(row[8] or "[]")])
    tags = " ".join(json.loads(row[6] or "[]"))
    tx.execute(
        "INSERT INTO episodes_fts (rowid, description, quote, context, own_reply, sender, "
        "follow_up, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (episode_id, row[0], row[1], row[2], row[3], sender, row[5], tags),
    )


def remove(tx: Any, episode_id: int) -> None:
    tx.execute("DELETE FROM episodes_fts WHERE rowid = ?", (episode_id,))


def reindex_sender(tx: Any, sender_id: int) -> None:
    for (episode_id,) in tx.execute(
        "SELECT id FROM episodes WHERE sender_id = ?", (sender_id,)
    ).fetchall():
        index(tx, int(episode_id))


def fts_query(text: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word must occur, as a prefix.

    Quotes and operators are not passed through (a stray ``"`` or ``NEAR(`` would be a syntax
    error); each word becomes ``"word"*``.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


@dataclass
class Filters:
    """What the search bar asks for; empty values mean 'any'."""

    text: str = ""
    since: str = ""  # ISO date, inclusive
    until: str = ""  # ISO date, inclusive
    channels: list[str] = field(default_factory=list)
    sender_id: int | None = None
    sender_text: str = ""  # matches the free sender text when there is no registry entry
    severity_min: int = 1
    severity_max: int = 5
    kinds: list[str] = field(default_factory=list)  # any of these
    told: bool | None = None  # True: told someone; False: not told anyone

    def is_empty(self) -> bool:
        return self == Filters()


def _where(f: Filters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.text.strip() and fts_query(f.text):
        clauses.append("e.id IN (SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ?)")
        params.append(fts_query(f.text))
    if f.since:
        clauses.append("substr(e.occurred_at, 1, 10) >= ?")
        params.append(f.since[:10])
    if f.until:
        clauses.append("substr(e.occurred_at, 1, 10) <= ?")
        params.append(f.until[:10])
    if f.channels:
        clauses.append(f"e.channel IN ({', '.join('?' * len(f.channels))})")
        params.extend(f.channels)
    if f.sender_id is not None:
        clauses.append("e.sender_id = ?")
        params.append(f.sender_id)
    if f.sender_text.strip():
        clauses.append("e.sender LIKE ?")
        params.append(f"%{f.sender_text.strip()}%")
    clauses.append("e.severity BETWEEN ? AND ?")
    params.extend([f.severity_min, f.severity_max])
    if f.kinds:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(e.kinds) k WHERE k.value IN "
            f"({', '.join('?' * len(f.kinds))}))"
        )
        params.extend(f.kinds)
    if f.told is not None:
        clauses.append(
            "json_array_length(e.told) > 0" if f.told else "json_array_length(e.told) = 0"
        )
    return clauses, params


def search(vault: Vault, filters: Filters) -> list[int]:
    """Ids of the matching episodes, newest first."""
    clauses, params = _where(filters)
    sql = (
        f"SELECT e.id FROM episodes e WHERE {' AND '.join(clauses)} "
        "ORDER BY e.occurred_at DESC, e.id DESC"
    )
    with vault.read() as conn:
        return [int(r[0]) for r in conn.execute(sql, params).fetchall()]
