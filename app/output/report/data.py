"""Read what a report needs from the vault: episodes, their evidence items, sender relations.

Reads the capture tables directly (schema v2, ``app/vault/migrations/m002_evidence.py``) so that the
report does not depend on the capture module's API; image bytes are read one at a time, when
they are drawn, so a large report never holds every image in memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vidne.app.episodes.store import EpisodeStore
from vidne.app.vault import chain
from vidne.app.vault.store import Vault

_COLUMNS = (
    "id, source, mime, sha256, size, width, height, captured_at, utc_offset, trigger, "
    "window_title, window_program, original_name, redacted_from, note, created_at, crop"
)


@dataclass
class Item:
    """One evidence item (a capture or an imported file) as it appears in a report."""

    id: int
    source: str
    mime: str
    sha256: str
    size: int
    width: int | None
    height: int | None
    captured_at: str
    utc_offset: str
    trigger: str
    window_title: str
    window_program: str
    original_name: str
    redacted_from: int | None
    note: str
    created_at: str
    crop: str | None = None
    annex: int = 0
    original_sha256: str = ""  # for a redacted copy: the original's hash

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


def _item(row: Any) -> Item:
    return Item(*(row[i] for i in range(17)))


def episodes(vault: Vault) -> list[dict[str, Any]]:
    return [ep.to_dict() for ep in EpisodeStore(vault).list()]


def relations(vault: Vault) -> dict[Any, str]:
    """sender_id -> relation from the sender registry, when the record work has added it."""
    with vault.read() as conn:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'senders'"
        ).fetchone()
        if not has:
            return {}
        cols = {r[1] for r in conn.execute("PRAGMA table_info(senders)").fetchall()}
        if not {"id", "relation"} <= cols:
            return {}
        rows = conn.execute("SELECT id, relation FROM senders").fetchall()
    return {r[0]: r[1] for r in rows}


def items_for(
    vault: Vault, episode_ids: list[Any], prefer_redacted: bool = True
) -> dict[Any, list[Item]]:
    """Evidence per episode in the episode's order; a redacted copy replaces its original."""
    result: dict[Any, list[Item]] = {eid: [] for eid in episode_ids}
    if not episode_ids:
        return result
    with vault.read() as conn:
        marks = ", ".join("?" * len(episode_ids))
        rows = conn.execute(
            f"SELECT ec.episode_id, {', '.join('c.' + c.strip() for c in _COLUMNS.split(','))} "
            f"FROM episode_captures ec JOIN captures c ON c.id = ec.capture_id "
            f"WHERE ec.episode_id IN ({marks}) ORDER BY ec.position, c.captured_at, c.id",
            list(episode_ids),
        ).fetchall()
        latest = _latest_redactions(conn) if prefer_redacted else {}
    for row in rows:
        item = _item(row[1:])
        copy = latest.get(item.id)
        if copy is not None:
            copy.original_sha256 = item.sha256
            item = copy
        result[row[0]].append(item)
    return result


def _latest_redactions(conn: Any) -> dict[int, Item]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM captures WHERE source = 'redaction' ORDER BY id"
    ).fetchall()
    return {row["redacted_from"]: _item(row) for row in rows}


def redactions_of(vault: Vault, capture_ids: list[int]) -> list[Item]:
    """Every redacted copy of the given captures (for the bundle)."""
    if not capture_ids:
        return []
    with vault.read() as conn:
        marks = ", ".join("?" * len(capture_ids))
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE redacted_from IN ({marks}) ORDER BY id",
            list(capture_ids),
        ).fetchall()
    return [_item(r) for r in rows]


def originals_of(vault: Vault, capture_ids: list[int]) -> list[Item]:
    if not capture_ids:
        return []
    with vault.read() as conn:
        marks = ", ".join("?" * len(capture_ids))
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE id IN ({marks}) ORDER BY id", list(capture_ids)
        ).fetchall()
    return [_item(r) for r in rows]


def blob(vault: Vault, capture_id: int, role: str = "original") -> bytes | None:
    with vault.read() as conn:
        row = conn.execute(
            "SELECT data FROM blobs WHERE capture_id = ? AND role = ?", (capture_id, role)
        ).fetchone()
    return bytes(row[0]) if row else None


def display_bytes(
    vault: Vault, capture_id: int, crop: str | None = None
) -> tuple[bytes | None, tuple[int, int, int, int] | None]:
    """What a person should see: the region ('view') if stored, else the original (to crop)."""
    view = blob(vault, capture_id, "view")
    if view is not None:
        return view, None
    box = None
    if crop:
        parsed = json.loads(crop)
        box = (int(parsed["x"]), int(parsed["y"]), int(parsed["w"]), int(parsed["h"]))
    return blob(vault, capture_id, "original"), box


def chain_head(vault: Vault) -> str:
    with vault.read() as conn:
        return str(chain.head(conn))
