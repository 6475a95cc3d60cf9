"""Every episode as JSON or CSV, for a spreadsheet or another program (no images)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from vidne.app import __version__
from vidne.app.episodes.store import EpisodeStore
from vidne.app.episodes.vocabulary import is_internal
from vidne.app.evidence import origin
from vidne.app.timeutil import now_utc
from vidne.app.vault.store import Vault

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    """Stop spreadsheets from running a cell as a formula (OWASP CSV injection advice)."""
    text = (
        ""
        if value is None
        else value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False)
        if isinstance(value, list | dict)
        else str(value)
    )
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def to_json(rows: list[dict[str, Any]]) -> bytes:
    doc = {
        "format": "vidne-episodes",
        "vidne_version": __version__,
        "exported_at": now_utc(),
        "episodes": rows,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(row.get(c)) for c in columns])
    # UTF-8 with BOM so that Excel on a Danish Windows reads æ, ø, å correctly.
    return buffer.getvalue().encode("utf-8-sig")


def locked_fields(shas: list[str], lang: str | None = None) -> dict[str, Any]:
    """The SHA-256 of each of an episode's items taken while Vidne was locked, and the note
    that their time and origin are not verifiable (see :mod:`vidne.app.evidence.origin`)."""
    return {origin.EXPORT_FIELD: shas, origin.EXPORT_NOTE_FIELD: origin.note(lang) if shas else ""}


def episode_rows(vault: Vault) -> list[dict[str, Any]]:
    """Every episode with every field, oldest first, plus what the registry and links add:
    the sender's registry name and relation, internal or external, the evidence count, and
    which evidence came in while Vidne was locked (:func:`locked_fields`)."""
    rows = [ep.to_dict() for ep in EpisodeStore(vault).list()]
    with vault.read() as conn:
        senders = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT id, name, relation FROM senders").fetchall()
        }
        evidence = dict(
            conn.execute(
                "SELECT episode_id, count(*) FROM episode_captures GROUP BY episode_id"
            ).fetchall()
        )
        locked: dict[int, list[str]] = {}
        for episode_id, sha in conn.execute(
            "SELECT ec.episode_id, c.sha256 FROM episode_captures ec "
            "JOIN captures c ON c.id = ec.capture_id WHERE c.sealed = 1 "
            "ORDER BY ec.episode_id, ec.position, c.id"
        ).fetchall():
            locked.setdefault(episode_id, []).append(sha)
    for row in rows:
        name, relation = senders.get(row["sender_id"], ("", ""))
        row["sender_name"] = name
        row["sender_relation"] = relation
        row["sender_internal"] = is_internal(relation) if relation else None
        row["evidence_count"] = int(evidence.get(row["id"], 0))
        row.update(locked_fields(locked.get(row["id"], [])))
    rows.sort(key=lambda r: (r["occurred_at"], r["id"]))
    return rows
