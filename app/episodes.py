"""Episodes: the log of what happened. Validation, CRUD, and revisions in the hash chain."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any

from app import chain
from app.errors import NotFound, ValidationError
from app.i18n import tr
from app.timeutil import local_now, now_utc, parse_when, to_text
from app.vault import Vault
from app.vocabulary import CHANNELS

MAX_TEXT = 1_000_000  # characters per text field; a pasted thread can be long, not unbounded
MAX_SHORT = 2_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# The columns a user edits, in the order of the table (id and timestamps are the store's).
EDITABLE = ("occurred_at", "channel", "sender", "description", "severity")


@dataclass
class Episode:
    occurred_at: str = field(default_factory=lambda: to_text(local_now()))
    channel: str = "other"
    sender: str = ""
    description: str = ""
    severity: int = 1
    id: int | None = None
    recorded_at: str = ""
    updated_at: str = ""

    def occurred(self) -> datetime:
        return parse_when(self.occurred_at)

    def editable(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clean_text(value: str, limit: int = MAX_TEXT) -> str:
    """Drop control characters (NUL, escape …) but keep tabs and line breaks."""
    return _CONTROL.sub("", value)[:limit] if value else ""


def validate(ep: Episode) -> Episode:
    """Return a cleaned copy or raise ValidationError with one translated line per problem."""
    problems: list[str] = []
    cleaned = Episode(**ep.to_dict())
    try:
        when = parse_when(str(ep.occurred_at))
        if when > local_now() + timedelta(days=1):
            problems.append(tr("Validation", "The date is in the future."))
        cleaned.occurred_at = to_text(when)
    except ValueError:
        problems.append(tr("Validation", "The date and time are not valid (use e.g. 2026-03-14 "
                                          "18:05)."))
    if ep.channel not in CHANNELS:
        problems.append(tr("Validation", "Choose a channel from the list."))
    if not isinstance(ep.severity, int) or isinstance(ep.severity, bool) or \
            not 1 <= ep.severity <= 5:
        problems.append(tr("Validation", "Severity must be a whole number from 1 to 5."))
    if len(ep.description) > MAX_TEXT:
        problems.append(tr("Validation", "The description is too long (at most one million "
                                          "characters)."))
    cleaned.sender = clean_text(ep.sender.strip(), MAX_SHORT)
    cleaned.description = clean_text(ep.description)
    if not cleaned.description.strip() and not cleaned.sender:
        problems.append(tr("Validation", "Write a short description of what happened."))
    if problems:
        raise ValidationError(problems)
    return cleaned


def _row_to_episode(row: Any) -> Episode:
    names = [f.name for f in fields(Episode)]
    return Episode(**{name: row[name] for name in names})


def _snapshot(ep: Episode) -> str:
    return json.dumps(ep.to_dict(), sort_keys=True, ensure_ascii=False)


def _changes(old: Episode | None, new: Episode) -> list[dict[str, Any]]:
    before = old.editable() if old else {}
    return [{"field": k, "old": before.get(k), "new": v}
            for k, v in new.editable().items() if before.get(k) != v]


class EpisodeStore:
    """CRUD over the ``episodes`` table; every change adds a revision and a chain entry."""

    COLUMNS = ", ".join(f.name for f in fields(Episode))

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list(self) -> list[Episode]:
        with self.vault.read() as conn:
            rows = conn.execute(f"SELECT {self.COLUMNS} FROM episodes "
                                "ORDER BY occurred_at DESC, id DESC").fetchall()
        return [_row_to_episode(r) for r in rows]

    def get(self, episode_id: int) -> Episode:
        with self.vault.read() as conn:
            return self._get_in(conn, episode_id)

    def count(self) -> int:
        with self.vault.read() as conn:
            return int(conn.execute("SELECT count(*) FROM episodes").fetchone()[0])

    def add(self, ep: Episode) -> Episode:
        new = validate(ep)
        new.recorded_at = new.updated_at = now_utc()
        cols = [name for name in EDITABLE] + ["recorded_at", "updated_at"]
        with self.vault.transaction() as tx:
            cur = tx.execute(
                f"INSERT INTO episodes ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [getattr(new, c) for c in cols])
            new.id = int(cur.lastrowid)
            self._revise(tx, "create", None, new)
        return new

    def update(self, ep: Episode) -> Episode:
        if ep.id is None:
            raise NotFound("episode without id")
        new = validate(ep)
        with self.vault.transaction() as tx:
            old = self._get_in(tx, ep.id)
            new.recorded_at = old.recorded_at
            if not _changes(old, new):
                return old
            new.updated_at = now_utc()
            sets = ", ".join(f"{c} = ?" for c in (*EDITABLE, "updated_at"))
            tx.execute(f"UPDATE episodes SET {sets} WHERE id = ?",
                       [*(getattr(new, c) for c in EDITABLE), new.updated_at, ep.id])
            self._revise(tx, "update", old, new)
        return new

    def delete(self, episode_id: int) -> None:
        """Delete the episode and purge its history's content; the deletion stays in the chain."""
        with self.vault.transaction() as tx:
            self._get_in(tx, episode_id)
            tx.execute("DELETE FROM episodes WHERE id = ?", (episode_id,))
            tx.execute("UPDATE revisions SET snapshot = '', changes = '[]' WHERE episode_id = ?",
                       (episode_id,))
            at = now_utc()
            snapshot = json.dumps({"id": episode_id, "deleted": True}, sort_keys=True)
            cur = tx.execute("INSERT INTO revisions (episode_id, at, action, snapshot) "
                             "VALUES (?, ?, 'delete', ?)", (episode_id, at, snapshot))
            chain.append(tx, "revision", int(cur.lastrowid),
                         chain.sha256_hex(snapshot.encode()), at)

    def revisions(self, episode_id: int) -> list[dict[str, Any]]:
        with self.vault.read() as conn:
            rows = conn.execute("SELECT id, at, action, changes FROM revisions "
                                "WHERE episode_id = ? ORDER BY id", (episode_id,)).fetchall()
        return [{"id": r[0], "at": r[1], "action": r[2], "changes": json.loads(r[3] or "[]")}
                for r in rows]

    # --- internals -------------------------------------------------------------------------
    def _get_in(self, tx: Any, episode_id: int) -> Episode:
        row = tx.execute(f"SELECT {self.COLUMNS} FROM episodes WHERE id = ?",
                         (episode_id,)).fetchone()
        if row is None:
            raise NotFound(str(episode_id))
        return _row_to_episode(row)

    def _revise(self, tx: Any, action: str, old: Episode | None, new: Episode) -> None:
        snapshot = _snapshot(new)
        at = new.updated_at
        cur = tx.execute(
            "INSERT INTO revisions (episode_id, at, action, snapshot, changes) "
            "VALUES (?, ?, ?, ?, ?)",
            (new.id, at, action, snapshot, json.dumps(_changes(old, new), ensure_ascii=False)))
        chain.append(tx, "revision", int(cur.lastrowid), chain.sha256_hex(snapshot.encode()), at)


def _revision_payload(conn: Any, ref: int) -> str | None:
    row = conn.execute("SELECT snapshot, episode_id FROM revisions WHERE id = ?",
                       (ref,)).fetchone()
    if row is None:
        return "missing"
    if row[0]:
        return chain.sha256_hex(row[0].encode())
    deleted = conn.execute("SELECT 1 FROM revisions WHERE episode_id = ? AND action = 'delete'",
                           (row[1],)).fetchone()
    return None if deleted else "purged without a deletion"


chain.PAYLOADS["revision"] = _revision_payload
