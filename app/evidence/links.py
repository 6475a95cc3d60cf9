"""Which evidence belongs to which episode: the ``episode_captures`` rows, each one chained.

A link is what puts a capture in an episode's report and bundle, so adding, moving or removing
one behind the app's back must show. Every link written here gets a chain entry of kind
``link``; removing one (detach, or deleting its episode) appends an entry recording the
removal. The chain's ``ref`` is an integer, so a link's ref packs both ids:
``episode_id << 32 | capture_id`` (:func:`ref`).
"""

from __future__ import annotations

import json
from typing import Any

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault import chain
from vidne.app.vault.coverage import ADDED, CHANGED, REMOVED

KIND = "link"
_LOW = 1 << 32


def ref(episode_id: int, capture_id: int) -> int:
    if not 0 < capture_id < _LOW or episode_id <= 0:
        raise ValueError(f"link ids out of range: {episode_id}, {capture_id}")
    return episode_id << 32 | capture_id


def ids(link_ref: int) -> tuple[int, int]:
    """(episode id, capture id) of a link's ref."""
    return link_ref >> 32, link_ref & (_LOW - 1)


def digest(episode_id: int, capture_id: int, position: int) -> str:
    doc = [episode_id, capture_id, position]
    return chain.sha256_hex(json.dumps(doc).encode())


def link(tx: Any, episode_id: int, capture_id: int, position: int, at: str) -> bool:
    """Link a capture to an episode (no-op if already linked); True if a link was added."""
    cur = tx.execute(
        "INSERT OR IGNORE INTO episode_captures (episode_id, capture_id, position) "
        "VALUES (?, ?, ?)",
        (episode_id, capture_id, position),
    )
    if cur.rowcount != 1:
        return False
    chain.append(
        tx, KIND, ref(episode_id, capture_id), digest(episode_id, capture_id, position), at
    )
    return True


def unlink(tx: Any, episode_id: int, capture_id: int, at: str) -> bool:
    cur = tx.execute(
        "DELETE FROM episode_captures WHERE episode_id = ? AND capture_id = ?",
        (episode_id, capture_id),
    )
    if cur.rowcount != 1:
        return False
    chain.append(tx, KIND, ref(episode_id, capture_id), chain.DELETED, at)
    return True


def unlink_episode(tx: Any, episode_id: int, at: str) -> None:
    """Remove (and record the removal of) every link of an episode about to be deleted."""
    rows = tx.execute(
        "SELECT capture_id FROM episode_captures WHERE episode_id = ? ORDER BY capture_id",
        (episode_id,),
    ).fetchall()
    for (capture_id,) in rows:
        unlink(tx, episode_id, int(capture_id), at)


def now(conn: Any) -> dict[int, str]:
    """Every link stored now, hashed, by ref."""
    rows = conn.execute("SELECT episode_id, capture_id, position FROM episode_captures")
    return {ref(e, c): digest(e, c, p) for e, c, p in rows}


_SENTENCES = {
    ADDED: QT_TRANSLATE_NOOP(
        "Integrity", "The link between episode %1 and evidence item %2 was added outside Vidne"
    ),
    CHANGED: QT_TRANSLATE_NOOP(
        "Integrity", "The link between episode %1 and evidence item %2 was changed outside Vidne"
    ),
    REMOVED: QT_TRANSLATE_NOOP(
        "Integrity", "The link between episode %1 and evidence item %2 was removed outside Vidne"
    ),
}


def describe(conn: Any, link_ref: int, change: str) -> str:
    episode_id, capture_id = ids(link_ref)
    text = translate("Integrity", _SENTENCES[change])
    return text.replace("%1", str(episode_id)).replace("%2", str(capture_id))
