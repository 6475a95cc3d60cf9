"""Read what a report needs from the vault: episodes, their evidence items, sender relations.

Evidence is read through :class:`~vidne.app.evidence.store.CaptureStore`, as the same
:class:`~vidne.app.evidence.store.CaptureInfo` the rest of the app uses; image bytes are read
one at a time, when they are drawn, so a large report never holds every image in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from vidne.app.episodes.store import EpisodeStore
from vidne.app.errors import NotFound
from vidne.app.evidence.store import CaptureInfo, CaptureStore
from vidne.app.vault import chain
from vidne.app.vault.store import Vault

Item = CaptureInfo  # what the report calls an evidence item


def episodes(vault: Vault) -> list[dict[str, Any]]:
    return EpisodeStore(vault).dicts()


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


def items_for(vault: Vault, episode_ids: list[int]) -> dict[int, list[CaptureInfo]]:
    """Evidence per episode in the episode's order; the newest redacted copy of an item
    replaces it (the report is what others read)."""
    store = CaptureStore(vault)
    found = store.for_episodes(episode_ids)
    ids = [item.id for items in found.values() for item in items]
    newest = {copy.redacted_from: copy for copy in store.redactions_of(ids)}  # oldest first
    return {eid: [newest.get(item.id, item) for item in items] for eid, items in found.items()}


def originals(vault: Vault, items: Iterable[CaptureInfo]) -> dict[int, CaptureInfo]:
    """For each redacted copy among *items*: the copy's id -> the original it was made from."""
    made_from = {item.id: item.redacted_from for item in items if item.redacted_from is not None}
    found = {o.id: o for o in CaptureStore(vault).many(set(made_from.values()))}
    return {copy: found[orig] for copy, orig in made_from.items() if orig in found}


def blob(vault: Vault, capture_id: int, role: str = "original") -> bytes | None:
    try:
        return CaptureStore(vault).data(capture_id, role)
    except NotFound:
        return None


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
