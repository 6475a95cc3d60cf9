"""An episode's history in the hash chain, as the integrity check reads it.

Each ``revisions`` row is chained by everything it holds (:func:`.store.revision_digest`): the
time, action, source and changes the History view shows, and the snapshot. The live
``episodes`` row is not chained itself; it must equal the snapshot of its latest revision, and
an episode with no history, or present although its history ends in a deletion, was added
outside Vidne. Revisions written before v4 were chained by their snapshot only
(:func:`legacy_payload`); the v4 migration re-chains them whole.
"""

from __future__ import annotations

import json
from typing import Any

from vidne.app.episodes.store import Episode, EpisodeStore, _row_to_episode, revision_digest
from vidne.app.episodes.store import _snapshot as _snapshot_text
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault import chain
from vidne.app.vault.coverage import ADDED, CHANGED, REASONS, REMOVED, Finding, Latest

KIND = "revision"


def revisions_now(conn: Any) -> dict[int, str]:
    rows = conn.execute(
        "SELECT id, episode_id, at, action, source, snapshot, changes FROM revisions"
    )
    return {
        int(rid): revision_digest(int(eid), at, action, source, snapshot, changes)
        for rid, eid, at, action, source, snapshot, changes in rows
    }


def legacy_payload(conn: Any, ref: int) -> str | None:
    """What a pre-v4 entry of revision *ref* covered, recomputed now (None: purged by a
    recorded deletion, so only its link could be checked)."""
    row = conn.execute("SELECT snapshot, episode_id FROM revisions WHERE id = ?", (ref,)).fetchone()
    if row is None:
        return "missing"
    if row[0]:
        return chain.sha256_hex(row[0].encode())
    deleted = conn.execute(
        "SELECT 1 FROM revisions WHERE episode_id = ? AND action = 'delete'", (row[1],)
    ).fetchone()
    return None if deleted else "purged without a deletion"


_HISTORY = {
    ADDED: QT_TRANSLATE_NOOP(
        "Integrity", "An entry in the history of episode %1 was added outside Vidne"
    ),
    CHANGED: QT_TRANSLATE_NOOP("Integrity", "The history of episode %1 was changed outside Vidne"),
}


def describe_revision(conn: Any, ref: int, change: str) -> str:
    row = conn.execute("SELECT episode_id FROM revisions WHERE id = ?", (ref,)).fetchone()
    if change == REMOVED or row is None:
        return translate("Integrity", "An entry in an episode's history was deleted outside Vidne")
    return translate("Integrity", _HISTORY[change]).replace("%1", str(row[0]))


_EPISODE = {
    ADDED: QT_TRANSLATE_NOOP("Integrity", "Episode %1 was added outside Vidne"),
    CHANGED: QT_TRANSLATE_NOOP("Integrity", "Episode %1 was changed outside Vidne"),
    REMOVED: QT_TRANSLATE_NOOP("Integrity", "Episode %1 was deleted outside Vidne"),
}


def episodes_match(conn: Any, latest: Latest) -> list[Finding]:
    """Every live episode against its latest revision (and every history against its row)."""
    newest = {
        int(eid): (int(rid), action, snapshot)
        for rid, eid, action, snapshot in conn.execute(
            "SELECT id, episode_id, action, snapshot FROM revisions WHERE id IN "
            "(SELECT max(id) FROM revisions GROUP BY episode_id)"
        )
    }
    found: list[Finding] = []
    for row in conn.execute(f"SELECT {EpisodeStore.COLUMNS} FROM episodes"):
        episode = _row_to_episode(row)
        episode_id = int(episode.id or 0)
        rid, action, snapshot = newest.pop(episode_id, (None, "delete", ""))
        if rid is None or action == "delete":
            found.append(_finding(episode_id, ADDED, "episode", episode_id, None))
        elif not _same(episode, snapshot):
            found.append(_finding(episode_id, CHANGED, KIND, rid, _seq(latest, rid)))
    for episode_id, (rid, action, _snapshot) in newest.items():
        if action != "delete":  # its history says it exists
            found.append(_finding(episode_id, REMOVED, KIND, rid, _seq(latest, rid)))
    return found


def _same(episode: Episode, snapshot: str) -> bool:
    """Fields missing from an older snapshot (written before v3) take their default, which is
    exactly what the migration gave the new columns."""
    if not snapshot:
        return False
    if _snapshot_text(episode) == snapshot:  # the usual case, without parsing the snapshot
        return True
    stored = Episode(occurred_at="").to_dict()
    stored.update(json.loads(snapshot))
    return episode.to_dict() == stored


def _seq(latest: Latest, rid: int) -> int | None:
    entry = latest.get((KIND, rid))
    return entry.seq if entry else None


def _finding(episode_id: int, change: str, kind: str, ref: int, seq: int | None) -> Finding:
    sentence = translate("Integrity", _EPISODE[change]).replace("%1", str(episode_id))
    return Finding(sentence, kind, ref, translate("Integrity", REASONS[change]), seq)
