"""Every episode as JSON or CSV, for a spreadsheet or another program (no images).

JSON keeps the stored codes (for programs). CSV is for people with a spreadsheet: headers and
values in the chosen language, as the report prints them (labels, "Ja"/"Nej", records one per
line), every field quoted, UTF-8 with a byte-order mark; Danish uses semicolons, which is what
Excel on a Danish system splits into columns (a comma is the Danish decimal sign), English uses
commas. :data:`DELIMITERS` lets the user choose.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from vidne.app import __version__
from vidne.app.episodes import vocabulary
from vidne.app.episodes.store import EpisodeStore
from vidne.app.episodes.vocabulary import is_internal
from vidne.app.evidence import origin
from vidne.app.output.report import fields, labels
from vidne.app.timeutil import now_utc
from vidne.app.vault.store import Vault

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = {"semicolon": ";", "comma": ",", "tab": "\t"}
# Columns the export adds to the episode's own fields: {name: (da, en)}.
EXTRA_HEADERS: dict[str, tuple[str, str]] = {
    "id": ("Nr.", "No."),
    "sender_id": ("Afsender-id", "Sender id"),
    "sender_name": ("Afsender i registret", "Sender in the register"),
    "sender_relation": ("Afsenderens relation", "Sender's relation"),
    "sender_internal": ("Intern afsender", "Internal sender"),
    "evidence_count": ("Antal bilag", "Evidence items"),
    origin.EXPORT_FIELD: (
        "Bilag optaget, mens Vidne var låst (SHA-256)",
        "Evidence taken while Vidne was locked (SHA-256)",
    ),
    origin.EXPORT_NOTE_FIELD: ("Bemærkning til disse bilag", "Note on that evidence"),
}
TIMES = frozenset({"occurred_at", "occurred_until", "recorded_at", "updated_at"})


def default_delimiter(lang: str) -> str:
    """What a spreadsheet in that language splits on: semicolons in Danish, else commas."""
    return ";" if lang == "da" else ","


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


def header(name: str, lang: str) -> str:
    pair = EXTRA_HEADERS.get(name)
    return (pair[0] if lang == "da" else pair[1]) if pair else labels.field(name, lang)


def cell(name: str, value: Any, lang: str) -> str:
    """One value as the report prints it: labels for codes, Ja/Nej, one record per line."""
    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, bool):
        return labels.text("yes" if value else "no", lang)
    if name == "sender_relation" and isinstance(value, str):
        return vocabulary.label("relation", value, lang)
    if isinstance(value, str) and name not in vocabulary.FIELD_TABLES and name not in TIMES:
        return value
    try:
        return "\n".join(fields.formatter(name, lang)(value))
    except (TypeError, ValueError):
        return (
            json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)
        )


def to_csv(rows: list[dict[str, Any]], lang: str = "en", delimiter: str | None = None) -> bytes:
    """The rows as CSV in *lang* (headers and values), split by *delimiter* (by default the
    language's, see :func:`default_delimiter`)."""
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    order = ["id", *labels.FIELDS]  # the number, then the fields in the report's order
    columns.sort(key=lambda c: order.index(c) if c in order else len(order))
    buffer = io.StringIO()
    # Every field quoted: LibreOffice's import dialog splits on both ; and , by default.
    writer = csv.writer(
        buffer,
        delimiter=delimiter or default_delimiter(lang),
        quoting=csv.QUOTE_ALL,
        lineterminator="\r\n",
    )
    writer.writerow([header(c, lang) for c in columns])
    for row in rows:
        writer.writerow([neutralise(cell(c, row.get(c), lang)) for c in columns])
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
