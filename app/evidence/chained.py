"""What the chain covers of each evidence item, read in bulk for the integrity check.

Three kinds, each keyed by the capture's id:

- ``capture``: the sealed columns and the original and view bytes (:func:`.store.digest`);
  written once, when the item is stored. A redacted copy is a capture too.
- ``thumb``: the list thumbnail's bytes, by hash; a new entry each time it is replaced.
- ``note``: the capture's note when it is not empty.

The links between evidence and episodes are :mod:`.links`.
"""

from __future__ import annotations

from typing import Any

from vidne.app.evidence.store import SEALED_FIELDS, digest
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault import chain
from vidne.app.vault.coverage import ADDED, CHANGED, REMOVED

_SELECT_CAPTURES = (
    f"SELECT c.id, {', '.join(f'c.{n}' for n in SEALED_FIELDS)}, "
    "(SELECT data FROM blobs WHERE capture_id = c.id AND role = 'original') AS blob_original, "
    "(SELECT data FROM blobs WHERE capture_id = c.id AND role = 'view') AS blob_view "
    "FROM captures c"
)


def captures_now(conn: Any) -> dict[int, str]:
    """Every capture's payload as stored now (one pass; image bytes are read one at a time)."""
    out: dict[int, str] = {}
    for row in conn.execute(_SELECT_CAPTURES):
        original, view = row["blob_original"], row["blob_view"]
        out[int(row["id"])] = digest(
            row,
            None if original is None else bytes(original),
            None if view is None else bytes(view),
        )
    return out


def thumbs_now(conn: Any) -> dict[int, str]:
    rows = conn.execute("SELECT capture_id, data FROM blobs WHERE role = 'thumb'")
    return {int(cid): chain.sha256_hex(bytes(data)) for cid, data in rows}


def notes_now(conn: Any) -> dict[int, str]:
    rows = conn.execute("SELECT id, note FROM captures WHERE note != ''")
    return {int(cid): note_digest(note) for cid, note in rows}


def note_digest(note: str) -> str:
    return chain.sha256_hex(note.encode())


_CAPTURE = {
    ADDED: QT_TRANSLATE_NOOP("Integrity", "Evidence item %1 was added outside Vidne"),
    CHANGED: QT_TRANSLATE_NOOP("Integrity", "Evidence item %1 was changed outside Vidne"),
    REMOVED: QT_TRANSLATE_NOOP("Integrity", "Evidence item %1 was deleted outside Vidne"),
}


def describe_capture(conn: Any, ref: int, change: str) -> str:
    if change == ADDED:
        row = conn.execute(
            "SELECT redacted_from FROM captures WHERE id = ? AND source = 'redaction'", (ref,)
        ).fetchone()
        if row is not None and row[0] is not None:
            text = translate(
                "Integrity", "A redacted copy of evidence item %1 was added outside Vidne"
            )
            return text.replace("%1", str(row[0]))
    return translate("Integrity", _CAPTURE[change]).replace("%1", str(ref))


def describe_thumb(conn: Any, ref: int, change: str) -> str:
    text = translate("Integrity", "The thumbnail of evidence item %1 was changed outside Vidne")
    return text.replace("%1", str(ref))


def describe_note(conn: Any, ref: int, change: str) -> str:
    text = translate("Integrity", "The note on evidence item %1 was changed outside Vidne")
    return text.replace("%1", str(ref))
