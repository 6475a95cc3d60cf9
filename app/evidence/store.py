"""Captures and imported evidence inside the vault, each one a link in the hash chain.

The original bytes are the evidence; their SHA-256 is computed from exactly what is stored and
is what a report or bundle quotes. The chain entry ("capture") covers that hash, the view and
the metadata that must not change (time, trigger, monitor, crop, origin), so ``vidne verify``
notices an altered image or altered metadata. The thumbnail (kind "thumb"), the note and the
links to episodes (:mod:`.links`) may change, and each change is chained too
(:mod:`.chained`). A capture not linked to an episode is in the Inbox.

What is stored arrives as a :class:`~vidne.app.evidence.new_capture.NewCapture` (re-exported
here), kept apart so that sealing a capture loads none of this.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from vidne.app.errors import NotFound
from vidne.app.evidence import kinds, links
from vidne.app.evidence.new_capture import NewCapture as NewCapture  # re-exported
from vidne.app.timeutil import now_utc
from vidne.app.vault import chain

if TYPE_CHECKING:  # typing only: importing this module loads no database layer
    from vidne.app.episodes.store import Episode
    from vidne.app.vault.store import Vault

# The columns the capture's entry covers; the note and the links may change (chained apart).
SEALED_FIELDS = (
    "source",
    "mime",
    "sha256",
    "size",
    "width",
    "height",
    "captured_at",
    "utc_offset",
    "trigger",
    "monitor",
    "crop",
    "window_title",
    "window_program",
    "original_name",
    "original_mtime",
    "sealed",
    "redacted_from",
    "created_at",
)


@dataclass(frozen=True)
class CaptureInfo:
    """One piece of evidence as stored: a capture or an imported file, without its bytes.

    The one model of a ``captures`` row: the Inbox, the editor, the report and the bundle all
    read evidence as this (through :class:`CaptureStore`).
    """

    id: int
    source: str  # a key of vocabulary.SOURCES
    mime: str  # a MIME type of evidence.kinds.KINDS
    sha256: str
    size: int
    width: int | None
    height: int | None
    captured_at: str
    utc_offset: str
    trigger: str  # a key of vocabulary.TRIGGERS
    monitor: str
    crop: str | None
    window_title: str
    window_program: str
    original_name: str
    original_mtime: str
    sealed: int
    redacted_from: int | None
    note: str
    created_at: str

    @property
    def is_image(self) -> bool:
        return kinds.is_image(self.mime)


INFO_COLUMNS = tuple(f.name for f in fields(CaptureInfo))
_COLUMNS = ", ".join(f"c.{name}" for name in INFO_COLUMNS)
_SELECT = f"SELECT {_COLUMNS} FROM captures c"


def read_info(row: Any) -> CaptureInfo:
    """A CaptureInfo from a row selected with the columns named in INFO_COLUMNS."""
    return CaptureInfo(**{name: row[name] for name in INFO_COLUMNS})


def payload(conn: Any, capture_id: int) -> str | None:
    """The chain payload recomputed from what is stored now (kind 'capture', see record_kinds)."""
    row = conn.execute(
        f"SELECT {', '.join(SEALED_FIELDS)} FROM captures WHERE id = ?", (capture_id,)
    ).fetchone()
    if row is None:
        return None
    blobs = {
        r[0]: bytes(r[1])
        for r in conn.execute(
            "SELECT role, data FROM blobs WHERE capture_id = ? AND role IN ('original', 'view')",
            (capture_id,),
        )
    }
    return digest(row, blobs.get("original"), blobs.get("view"))


def digest(row: Any, original: bytes | None, view: bytes | None) -> str:
    """The hash of a capture's sealed columns (*row*, by name) and its image bytes."""
    doc = {name: row[name] for name in SEALED_FIELDS}
    doc["blob_original"] = "" if original is None else chain.sha256_hex(original)
    doc["blob_view"] = "" if view is None else chain.sha256_hex(view)
    return chain.sha256_hex(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode())


def chained(conn: Any, capture_id: int) -> bool:
    """True if the capture is exactly what its latest chain entry covers (made by Vidne)."""
    row = conn.execute(
        "SELECT payload FROM chain WHERE kind = 'capture' AND ref = ? ORDER BY seq DESC LIMIT 1",
        (capture_id,),
    ).fetchone()
    return row is not None and row[0] == payload(conn, capture_id)


def insert(tx: Any, item: NewCapture) -> int:
    """Store one capture inside the caller's transaction; returns its id."""
    created = now_utc()
    cols = item.columns(created)
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    cur = tx.execute(f"INSERT INTO captures ({names}) VALUES ({marks})", tuple(cols.values()))
    capture_id = int(cur.lastrowid)
    for role, data in (("original", item.original), ("view", item.view), ("thumb", item.thumb)):
        if data is not None:
            tx.execute(
                "INSERT INTO blobs (capture_id, role, data) VALUES (?, ?, ?)",
                (capture_id, role, data),
            )
    chain.append(tx, "capture", capture_id, payload(tx, capture_id) or "", created)
    if item.thumb is not None:
        chain.append(tx, "thumb", capture_id, chain.sha256_hex(item.thumb), created)
    return capture_id


class CaptureStore:
    """Captures and imported files in one vault; the Inbox is what no episode links to yet."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, item: NewCapture) -> int:
        with self.vault.transaction() as tx:
            return insert(tx, item)

    def add_many(self, items: Iterable[NewCapture]) -> list[int]:
        """All or nothing: one transaction."""
        with self.vault.transaction() as tx:
            return [insert(tx, item) for item in items]

    def set_thumb(self, capture_id: int, data: bytes) -> None:
        """Add or replace the list thumbnail (derived, not evidence, but shown: chained by
        its hash, so a swapped thumbnail cannot show something the evidence does not)."""
        with self.vault.transaction() as tx:
            tx.execute(
                "INSERT INTO blobs (capture_id, role, data) VALUES (?, 'thumb', ?) "
                "ON CONFLICT (capture_id, role) DO UPDATE SET data = excluded.data",
                (capture_id, data),
            )
            chain.append(tx, "thumb", capture_id, chain.sha256_hex(data), now_utc())

    def get(self, capture_id: int) -> CaptureInfo:
        found = self._list("WHERE c.id = ?", (capture_id,))
        if not found:
            raise NotFound(str(capture_id))
        return found[0]

    def _list(self, where: str, params: Iterable[Any] = ()) -> list[CaptureInfo]:
        with self.vault.read() as conn:
            rows = conn.execute(f"{_SELECT} {where}", tuple(params)).fetchall()
        return [read_info(row) for row in rows]

    def inbox(self) -> list[CaptureInfo]:
        """Captures not yet linked to any episode, newest first."""
        return self._list(
            "WHERE NOT EXISTS (SELECT 1 FROM episode_captures ec "
            "WHERE ec.capture_id = c.id) ORDER BY c.captured_at DESC, c.id DESC"
        )

    def for_episode(self, episode_id: int) -> list[CaptureInfo]:
        return self.for_episodes([episode_id])[episode_id]

    def for_episodes(self, episode_ids: list[int]) -> dict[int, list[CaptureInfo]]:
        """Each episode's evidence in the order it was attached (one query for all of them)."""
        result: dict[int, list[CaptureInfo]] = {eid: [] for eid in episode_ids}
        if not episode_ids:
            return result
        with self.vault.read() as conn:
            rows = conn.execute(
                f"SELECT ec.episode_id AS episode_id, {_COLUMNS} FROM captures c "
                f"JOIN episode_captures ec ON ec.capture_id = c.id "
                f"WHERE ec.episode_id IN ({_marks(episode_ids)}) "
                f"ORDER BY ec.position, c.captured_at, c.id",
                tuple(episode_ids),
            ).fetchall()
        for row in rows:
            result[row["episode_id"]].append(read_info(row))
        return result

    def many(self, capture_ids: Iterable[int]) -> list[CaptureInfo]:
        """The given captures (those that exist), by id."""
        wanted = list(capture_ids)
        if not wanted:
            return []
        return self._list(f"WHERE c.id IN ({_marks(wanted)}) ORDER BY c.id", wanted)

    def redactions_of(self, capture_ids: Iterable[int]) -> list[CaptureInfo]:
        """Every redacted copy of the given captures that Vidne made, oldest first.

        A copy replaces its original in the report, so one written behind the app's back
        (no chain entry, or not what its entry covers) is left out: the report then shows
        the original, and ``vidne verify`` names the planted copy.
        """
        wanted = list(capture_ids)
        if not wanted:
            return []
        copies = self._list(f"WHERE c.redacted_from IN ({_marks(wanted)}) ORDER BY c.id", wanted)
        with self.vault.read() as conn:
            return [copy for copy in copies if chained(conn, copy.id)]

    def all(self) -> list[CaptureInfo]:
        return self._list("ORDER BY c.captured_at, c.id")

    def data(self, capture_id: int, role: str = "original") -> bytes:
        """The stored bytes of one role ('original', 'view', 'thumb')."""
        with self.vault.read() as conn:
            row = conn.execute(
                "SELECT data FROM blobs WHERE capture_id = ? AND role = ?", (capture_id, role)
            ).fetchone()
        if row is None:
            raise NotFound(f"{capture_id}/{role}")
        return bytes(row[0])

    def shown(self, capture_id: int) -> bytes:
        """What to show full size: the region crop if there is one, else the original."""
        try:
            return self.data(capture_id, "view")
        except NotFound:
            return self.data(capture_id, "original")

    def thumbs(self, ids: Iterable[int]) -> dict[int, bytes]:
        wanted = list(ids)
        if not wanted:
            return {}
        with self.vault.read() as conn:
            rows = conn.execute(
                f"SELECT capture_id, data FROM blobs WHERE role = 'thumb' "
                f"AND capture_id IN ({_marks(wanted)})",
                wanted,
            ).fetchall()
        return {int(r[0]): bytes(r[1]) for r in rows}

    def attach(self, capture_ids: Iterable[int], episode_id: int) -> None:
        """Link captures to an episode (kept in the order given, after any already linked)."""
        at = now_utc()
        with self.vault.transaction() as tx:
            if tx.execute("SELECT 1 FROM episodes WHERE id = ?", (episode_id,)).fetchone() is None:
                raise NotFound(str(episode_id))
            start = tx.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM episode_captures WHERE episode_id = ?",
                (episode_id,),
            ).fetchone()[0]
            for offset, cid in enumerate(capture_ids):
                if tx.execute("SELECT 1 FROM captures WHERE id = ?", (cid,)).fetchone() is None:
                    raise NotFound(str(cid))
                links.link(tx, episode_id, int(cid), start + offset, at)

    def detach(self, capture_id: int, episode_id: int) -> None:
        with self.vault.transaction() as tx:
            links.unlink(tx, episode_id, capture_id, now_utc())

    def new_episode(self, capture_ids: list[int], episode: Episode) -> Episode:
        """Make an episode from captures; its time defaults to the earliest capture's."""
        infos = [self.get(cid) for cid in capture_ids]
        if infos and not episode.occurred_at:
            episode.occurred_at = earliest_local(infos)
        from vidne.app.episodes.store import EpisodeStore

        saved = EpisodeStore(self.vault).add(episode)
        assert saved.id is not None
        self.attach(capture_ids, saved.id)
        return saved


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def earliest_local(infos: list[CaptureInfo]) -> str:
    """The earliest capture time as local time with the offset it was captured under."""
    from datetime import datetime, timedelta, timezone

    first = min(infos, key=lambda i: i.captured_at)
    sign = -1 if first.utc_offset.startswith("-") else 1
    hours, minutes = (int(x) for x in first.utc_offset[1:].split(":"))
    tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    when = datetime.fromisoformat(first.captured_at).astimezone(tz)
    return when.replace(microsecond=0).isoformat()
