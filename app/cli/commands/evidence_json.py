"""The evidence and episodes as the command line prints them: stable JSON and one-line text.

The JSON is a contract (documented in the README, section "The command line"): keys are only
ever added, never renamed or removed. Codes (source, trigger, channel) are given as stored and,
beside them, as the label in the chosen language (``--lang``); times as stored (UTC for
evidence) and as the local time the item was taken in.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from vidne.app.episodes import vocabulary
from vidne.app.episodes.store import Episode
from vidne.app.evidence import kinds, origin
from vidne.app.evidence.store import CaptureInfo, CaptureStore, earliest_local
from vidne.app.i18n import translate
from vidne.app.vault.store import Vault

FORMAT_VERSION = 1


def print_json(doc: dict[str, Any]) -> None:
    """*doc* with its format's version, UTF-8, keys in a stable order."""
    sys.stdout.write(json.dumps({"version": FORMAT_VERSION, **doc}, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


def episodes_of(vault: Vault, capture_ids: Iterable[int]) -> dict[int, list[int]]:
    """capture id -> ids of the episodes it is filed under (one query)."""
    wanted = list(capture_ids)
    found: dict[int, list[int]] = {cid: [] for cid in wanted}
    if not wanted:
        return found
    marks = ", ".join("?" for _ in wanted)
    with vault.read() as conn:
        rows = conn.execute(
            f"SELECT capture_id, episode_id FROM episode_captures WHERE capture_id IN ({marks}) "
            "ORDER BY episode_id",
            wanted,
        ).fetchall()
    for capture_id, episode_id in rows:
        found[int(capture_id)].append(int(episode_id))
    return found


def copies_of(vault: Vault, capture_ids: Iterable[int]) -> dict[int, list[int]]:
    """capture id -> ids of the redacted copies Vidne made of it, oldest first."""
    found: dict[int, list[int]] = {}
    for copy in CaptureStore(vault).redactions_of(capture_ids):
        if copy.redacted_from is not None:
            found.setdefault(copy.redacted_from, []).append(copy.id)
    return found


def items_json(vault: Vault, infos: list[CaptureInfo]) -> list[dict[str, Any]]:
    ids = [i.id for i in infos]
    filed, copies = episodes_of(vault, ids), copies_of(vault, ids)
    return [item_json(i, filed.get(i.id, []), copies.get(i.id, [])) for i in infos]


def item_json(info: CaptureInfo, episodes: list[int], copies: list[int]) -> dict[str, Any]:
    """One evidence item: what it is, when, its SHA-256, and where it is filed."""
    return {
        "id": info.id,
        "kind": kinds.kind_of(info.mime).shown,
        "mime": info.mime,
        "source": info.source,
        "source_label": vocabulary.label("source", info.source),
        "trigger": info.trigger,
        "trigger_label": vocabulary.label("trigger", info.trigger) if info.trigger else "",
        "captured_at": info.captured_at,
        "captured_local": earliest_local([info]),
        "sha256": info.sha256,
        "size": info.size,
        "width": info.width,
        "height": info.height,
        "original_name": info.original_name,
        "window_title": info.window_title,
        "window_program": info.window_program,
        "note": info.note,
        "redacted": info.redacted_from is not None,
        "redacted_from": info.redacted_from,
        "redacted_copies": copies,
        "taken_while_locked": bool(info.sealed),
        "episodes": episodes,
    }


def episode_json(episode: Episode, items: list[dict[str, Any]]) -> dict[str, Any]:
    """An episode with every stored field, the channel's and severity's labels, its evidence."""
    doc = episode.to_dict()
    doc["channel_label"] = vocabulary.channel_label(episode.channel)
    doc["severity_label"] = vocabulary.severity_label(episode.severity)
    doc["evidence"] = items
    return doc


def item_line(info: CaptureInfo) -> str:
    """'12  2026-03-14 18:05:07  Screen capture  image/png  5552a7…  [REDACTED]  title'."""
    marks = []
    if info.redacted_from is not None:
        marks.append(
            translate("Cli", "[redacted copy of %1]").replace("%1", str(info.redacted_from))
        )
    if origin.unverifiable(info):
        marks.append(f"[{origin.short()}]")
    name = info.original_name or info.window_title
    parts = [
        str(info.id),
        earliest_local([info]).replace("T", " ")[:19],
        vocabulary.label("source", info.source),
        info.mime,
        info.sha256[:16],
        *marks,
        name,
    ]
    return "  ".join(p for p in parts if p)


def episode_line(episode: Episode, evidence: int) -> str:
    """'4  2026-03-14 18:05  Facebook  3  3 items  Kaldte mig løgner'."""
    first_line = episode.description.splitlines()[0] if episode.description else ""
    parts = [
        str(episode.id),
        episode.occurred_at.replace("T", " ")[:16],
        vocabulary.channel_label(episode.channel),
        str(episode.severity),
        translate("Cli", "%1 evidence").replace("%1", str(evidence)),
        first_line[:100],
    ]
    return "  ".join(p for p in parts if p)
