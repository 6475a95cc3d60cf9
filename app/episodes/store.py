"""Episodes: the log of what happened. CRUD, and every change as a revision in the hash chain.

Each revision's chain entry covers all of it: the snapshot, the changes and time the History
view shows, the action and the source (:func:`revision_digest`). The latest revision's snapshot
must equal the live ``episodes`` row; :mod:`vidne.app.episodes.history` checks both.
"""

from __future__ import annotations

import builtins
import copy
import json
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, NamedTuple

from vidne.app.episodes import search
from vidne.app.episodes.validation import MAX_SHORT, MAX_TEXT, clean_text, validate
from vidne.app.errors import NotFound, ValidationError
from vidne.app.evidence import links
from vidne.app.i18n import translate
from vidne.app.timeutil import local_now, now_utc, parse_when, to_text
from vidne.app.vault import chain
from vidne.app.vault.store import Vault

__all__ = [
    "Episode",
    "EpisodeStore",
    "validate",
    "clean_text",
    "MAX_TEXT",
    "MAX_SHORT",
    "EDITABLE",
    "JSON_FIELDS",
]


@dataclass
class Episode:
    occurred_at: str = field(default_factory=lambda: to_text(local_now()))
    channel: str = "other"
    sender: str = ""
    description: str = ""
    severity: int = 1
    occurred_until: str = ""
    account: str = ""  # 'work', 'private' or '' (not stated)
    url: str = ""
    sender_id: int | None = None
    kinds: list[str] = field(default_factory=list)
    quote: str = ""
    context: str = ""
    own_reply: str = ""
    experience: str = ""
    symptoms: str = ""
    sick_days: int | None = None
    doctor_visits: list[dict[str, str]] = field(default_factory=list)  # {date, note}
    witnesses: list[dict[str, str]] = field(default_factory=list)  # {name, role, contact}
    told: list[dict[str, str]] = field(default_factory=list)  # {who, when, note}
    references: list[dict[str, str]] = field(default_factory=list)  # {kind, number}
    asked_to_stop: bool | None = None
    support: list[str] = field(default_factory=list)
    follow_up: str = ""
    tags: list[str] = field(default_factory=list)
    draft: bool = False  # saved unfinished (on lock or close): listed, never counted
    id: int | None = None
    recorded_at: str = ""
    updated_at: str = ""

    def occurred(self) -> datetime:
        return parse_when(self.occurred_at)

    def editable(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE}

    def to_dict(self) -> dict[str, Any]:
        """A plain dict; lists are copied (asdict's deep copy of every field cost 7x more)."""
        return {
            name: copy.deepcopy(value)
            if isinstance(value, list) and value
            else ([] if isinstance(value, list) else value)
            for name, value in ((n, getattr(self, n)) for n in _NAMES)
        }


# The columns a user edits, in the order of the dataclass (id and timestamps are the store's).
EDITABLE = tuple(
    f.name for f in fields(Episode) if f.name not in ("id", "recorded_at", "updated_at")
)
JSON_FIELDS = frozenset(
    {"kinds", "doctor_visits", "witnesses", "told", "references", "support", "tags"}
)
_NAMES = tuple(f.name for f in fields(Episode))
# What the episode list and the Overview read (EpisodeStore.summaries).
SUMMARY = (
    "id",
    "occurred_at",
    "channel",
    "sender",
    "sender_id",
    "severity",
    "description",
    "draft",
)
SUMMARY_TEXT = 400


class EpisodeRow(NamedTuple):
    """One line of the episode list: the fields it shows (description cut to SUMMARY_TEXT)."""

    id: int
    occurred_at: str
    channel: str
    sender: str
    sender_id: int | None
    severity: int
    description: str
    draft: int  # 0 or 1, as stored

    def occurred(self) -> datetime:
        return parse_when(self.occurred_at)


def _summary_sql(drafts: bool) -> str:
    cols = ", ".join(
        f'substr("description", 1, {SUMMARY_TEXT})' if n == "description" else f'"{n}"'
        for n in SUMMARY
    )
    where = "" if drafts else "WHERE draft = 0 "
    return f"SELECT {cols} FROM episodes {where}ORDER BY occurred_at DESC, id DESC"


def _quoted(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)  # "references" is an SQL keyword


def _to_db(name: str, value: Any) -> Any:
    if name in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if name == "asked_to_stop":
        return None if value is None else int(bool(value))
    if name == "draft":
        return int(bool(value))
    return value


_JSON_POSITIONS = tuple(i for i, name in enumerate(_NAMES) if name in JSON_FIELDS)
_ASKED_POSITION = _NAMES.index("asked_to_stop")
_DRAFT_POSITION = _NAMES.index("draft")


def _row_values(row: Any) -> list[Any]:
    """A row of ``SELECT {COLUMNS}`` (positional, in ``_NAMES`` order) as Python values.

    Positional access and skipping json.loads for empty lists keep listing 10,000 episodes
    well under the 200 ms budget (by name it was 230 ms; see bench/vault_scale.py).
    """
    values = list(row)
    for i in _JSON_POSITIONS:
        text = values[i]
        values[i] = json.loads(text) if text and text != "[]" else []
    asked = values[_ASKED_POSITION]
    values[_ASKED_POSITION] = None if asked is None else bool(asked)
    values[_DRAFT_POSITION] = bool(values[_DRAFT_POSITION])
    return values


def _row_to_episode(row: Any) -> Episode:
    return Episode(*_row_values(row))


def _snapshot(ep: Episode) -> str:
    return json.dumps(ep.to_dict(), sort_keys=True, ensure_ascii=False)


def _changes(old: Episode | None, new: Episode) -> list[dict[str, Any]]:
    before = old.editable() if old else {}
    return [
        {"field": k, "old": before.get(k), "new": v}
        for k, v in new.editable().items()
        if before.get(k) != v
    ]


class EpisodeStore:
    """CRUD over the ``episodes`` table; every change adds a revision and a chain entry."""

    COLUMNS = _quoted(_NAMES)

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list(self, ids: list[int] | None = None, drafts: bool = False) -> list[Episode]:
        """Every complete episode, newest first (or only those in *ids*, in the same order).

        Drafts (unfinished entries saved on lock or close) only with *drafts*: the Overview,
        the report and the exports read this list and must never count them.
        """
        episodes = [_row_to_episode(r) for r in self._rows(drafts)]
        if ids is not None:
            wanted = set(ids)
            episodes = [e for e in episodes if e.id in wanted]
        return episodes

    def dicts(self, drafts: bool = False) -> builtins.list[dict[str, Any]]:
        """:meth:`list` as ``Episode.to_dict()`` dicts, made straight from the rows (the
        report reads every episode this way: no Episode and no deep copy per row)."""
        return [dict(zip(_NAMES, _row_values(r), strict=True)) for r in self._rows(drafts)]

    def _rows(self, drafts: bool) -> builtins.list[Any]:
        """Every episode's whole row, newest first; drafts only with *drafts*."""
        where = "" if drafts else "WHERE draft = 0 "
        with self.vault.read() as conn:
            return builtins.list(
                conn.execute(
                    f"SELECT {self.COLUMNS} FROM episodes {where}ORDER BY occurred_at DESC, id DESC"
                ).fetchall()
            )

    def summaries(self, drafts: bool = False) -> builtins.list[dict[str, Any]]:
        """The few fields the episode list and the Overview show, newest first, as dicts:
        ``SUMMARY`` (the description cut to its first ``SUMMARY_TEXT`` characters). Reading
        and building only these keeps 10,000 episodes well inside the list's 200 ms and the
        Overview's 300 ms (bench/vault_scale.py). Drafts only with *drafts*, as in list()."""
        with self.vault.read() as conn:
            rows = conn.execute(_summary_sql(drafts)).fetchall()
        return [dict(zip(SUMMARY, row, strict=True)) for row in rows]

    def listed(self, drafts: bool = False) -> builtins.list[EpisodeRow]:
        """:meth:`summaries` as light rows for the episode list (made by the C tuple code: no
        Episode, no dict per row). Load an episode with :meth:`get` to edit it."""
        with self.vault.read() as conn:
            rows = conn.execute(_summary_sql(drafts)).fetchall()
        return builtins.list(map(EpisodeRow._make, rows))

    def get(self, episode_id: int) -> Episode:
        with self.vault.read() as conn:
            return self._get_in(conn, episode_id)

    def count(self) -> int:
        with self.vault.read() as conn:
            return int(conn.execute("SELECT count(*) FROM episodes").fetchone()[0])

    def add(self, ep: Episode, source: str = "editor") -> Episode:
        with self.vault.transaction() as tx:
            return self.add_in(tx, ep, source)

    def add_in(self, tx: Any, ep: Episode, source: str = "editor") -> Episode:
        """Add inside the caller's transaction (the CSV import adds all rows or none)."""
        new = validate(ep)
        self._link_sender(tx, new)
        new.recorded_at = new.updated_at = now_utc()
        cols = [*EDITABLE, "recorded_at", "updated_at"]
        cur = tx.execute(
            f"INSERT INTO episodes ({_quoted(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [_to_db(c, getattr(new, c)) for c in cols],
        )
        new.id = int(cur.lastrowid)
        self._revise(tx, "create", None, new, source)
        return new

    def update(self, ep: Episode, source: str = "editor") -> Episode:
        with self.vault.transaction() as tx:
            return self.update_in(tx, ep, source)

    def update_in(self, tx: Any, ep: Episode, source: str = "editor") -> Episode:
        if ep.id is None:
            raise NotFound("episode without id")
        new = validate(ep)
        self._link_sender(tx, new)
        old = self._get_in(tx, ep.id)
        new.recorded_at = old.recorded_at
        if not _changes(old, new):
            return old
        new.updated_at = now_utc()
        sets = ", ".join(f'"{c}" = ?' for c in (*EDITABLE, "updated_at"))
        tx.execute(
            f"UPDATE episodes SET {sets} WHERE id = ?",
            [*(_to_db(c, getattr(new, c)) for c in EDITABLE), new.updated_at, ep.id],
        )
        self._revise(tx, "update", old, new, source)
        return new

    def delete(self, episode_id: int) -> None:
        """Delete the episode and purge its history's content; the deletion stays in the chain.

        Each purged revision and each removed evidence link gets its own entry, so the chain
        still covers every row that is left (and records the ones that are gone).
        """
        with self.vault.transaction() as tx:
            self._get_in(tx, episode_id)
            at = now_utc()
            links.unlink_episode(tx, episode_id, at)  # before the cascade removes the rows
            tx.execute("DELETE FROM episodes WHERE id = ?", (episode_id,))
            search.remove(tx, episode_id)
            purged = tx.execute(
                "SELECT id, at, action, source FROM revisions WHERE episode_id = ? ORDER BY id",
                (episode_id,),
            ).fetchall()
            tx.execute(
                "UPDATE revisions SET snapshot = '', changes = '[]' WHERE episode_id = ?",
                (episode_id,),
            )
            for rev_id, rev_at, action, source in purged:
                digest = revision_digest(episode_id, rev_at, action, source, "", "[]")
                chain.append(tx, "revision", int(rev_id), digest, at)
            snapshot = json.dumps({"id": episode_id, "deleted": True}, sort_keys=True)
            cur = tx.execute(
                "INSERT INTO revisions (episode_id, at, action, snapshot, source) "
                "VALUES (?, ?, 'delete', ?, 'editor')",
                (episode_id, at, snapshot),
            )
            digest = revision_digest(episode_id, at, "delete", "editor", snapshot, "[]")
            chain.append(tx, "revision", int(cur.lastrowid), digest, at)

    def revisions(self, episode_id: int) -> builtins.list[dict[str, Any]]:
        """The history, oldest first: id, at (UTC), action, source, changes [{field, old, new}]."""
        with self.vault.read() as conn:
            rows = conn.execute(
                "SELECT id, at, action, changes, source FROM revisions "
                "WHERE episode_id = ? ORDER BY id",
                (episode_id,),
            ).fetchall()
        return [
            {
                "id": r[0],
                "at": r[1],
                "action": r[2],
                "changes": json.loads(r[3] or "[]"),
                "source": r[4],
                "who": "user",
            }
            for r in rows
        ]

    # --- internals -------------------------------------------------------------------------
    def _get_in(self, tx: Any, episode_id: int) -> Episode:
        row = tx.execute(
            f"SELECT {self.COLUMNS} FROM episodes WHERE id = ?", (episode_id,)
        ).fetchone()
        if row is None:
            raise NotFound(str(episode_id))
        return _row_to_episode(row)

    @staticmethod
    def _link_sender(tx: Any, ep: Episode) -> None:
        """Follow merges to the surviving sender; show its name when no text was given."""
        seen: set[int] = set()
        while ep.sender_id is not None and ep.sender_id not in seen:
            seen.add(ep.sender_id)
            row = tx.execute(
                "SELECT name, merged_into FROM senders WHERE id = ?", (ep.sender_id,)
            ).fetchone()
            if row is None:
                raise ValidationError(
                    [translate("Validation", "That sender is not in the registry.")]
                )
            if row[1] is None:
                if not ep.sender.strip():
                    ep.sender = row[0]
                return
            ep.sender_id = int(row[1])

    def _revise(self, tx: Any, action: str, old: Episode | None, new: Episode, source: str) -> None:
        snapshot = _snapshot(new)
        changes = json.dumps(_changes(old, new), ensure_ascii=False)
        at = new.updated_at
        cur = tx.execute(
            "INSERT INTO revisions (episode_id, at, action, snapshot, changes, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (new.id, at, action, snapshot, changes, source),
        )
        digest = revision_digest(int(new.id or 0), at, action, source, snapshot, changes)
        chain.append(tx, "revision", int(cur.lastrowid), digest, at)
        search.index(tx, int(new.id or 0))


def revision_digest(
    episode_id: int, at: str, action: str, source: str, snapshot: str, changes: str
) -> str:
    """The chain payload of one revision row: everything the History view and a check use.

    The two long texts are hashed on their own, so the check does not re-escape them.
    """
    parts = [
        episode_id,
        at,
        action,
        source,
        chain.sha256_hex(snapshot.encode()),
        chain.sha256_hex(changes.encode()),
    ]
    return chain.sha256_hex(json.dumps(parts, ensure_ascii=False).encode())
