"""v5: the hash chain covers everything shown; what an older Vidne left outside it is adopted.

Before v5 the chain did not cover a revision's time, changes, action and source, the links
between evidence and episodes, thumbnails, capture notes or the cover's name and workplace.
From v5 on every write of those appends a chain entry (see record_kinds). This step adopts the
rows already there, as they are now, so an old vault keeps verifying:

- one explicit entry of kind ``migration`` (ref 5) whose payload is the hash of a record kept in
  ``meta`` (``chain_migration_5``, JSON): what was adopted, and which older entries have
  times out of order (written before Vidne kept them in order, so not a sign of tampering);
- then one entry per adopted row. Only rows an older Vidne could have written are adopted:
  a revision whose old entry still matches it, and thumbnails, notes and links of captures
  that are in the chain. A row that the old chain should have covered and does not (a
  revision or capture with no entry, a revision changed since) is left out, so ``verify``
  still names it.
"""

from __future__ import annotations

import json
from typing import Any

VERSION = 5


def upgrade(conn: Any) -> None:
    from vidne.app.timeutil import now_utc
    from vidne.app.vault import chain

    adopted = _adoptable(conn)
    backwards = chain.backwards_steps(conn)
    if not backwards and not any(adopted.values()):
        return  # a new vault, or nothing shown yet: nothing to adopt
    counts = {kind: len(rows) for kind, rows in adopted.items()}
    record = json.dumps(
        {"version": VERSION, "adopted": counts, "backwards": backwards}, sort_keys=True
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)", (f"chain_migration_{VERSION}", record)
    )
    at = now_utc()
    chain.append(conn, "migration", VERSION, chain.sha256_hex(record.encode()), at)
    for kind, rows in adopted.items():
        for ref, payload in sorted(rows.items()):
            chain.append(conn, kind, ref, payload, at)


def _adoptable(conn: Any) -> dict[str, dict[int, str]]:
    """kind -> {ref: payload now} of every row to adopt."""
    from vidne.app.episodes import history
    from vidne.app.evidence import chained, links
    from vidne.app.vault import profile

    latest = {
        (kind, int(ref)): payload
        for kind, ref, payload, _seq in conn.execute(
            "SELECT kind, ref, payload, max(seq) FROM chain GROUP BY kind, ref"
        )
    }
    captures = {ref for kind, ref in latest if kind == "capture"}

    def new(kind: str, rows: dict[int, str], chained_capture: bool = False) -> dict[int, str]:
        return {
            ref: payload
            for ref, payload in rows.items()
            if (kind, ref) not in latest
            and (not chained_capture or _capture_of(kind, ref) in captures)
        }

    revisions = {
        ref: payload
        for ref, payload in history.revisions_now(conn).items()
        if ("revision", ref) in latest
        and history.legacy_payload(conn, ref) in (None, latest[("revision", ref)])
    }
    return {
        "revision": revisions,
        "thumb": new("thumb", chained.thumbs_now(conn), chained_capture=True),
        "note": new("note", chained.notes_now(conn), chained_capture=True),
        "link": new("link", links.now(conn), chained_capture=True),
        "profile": new("profile", profile.now(conn)),
    }


def _capture_of(kind: str, ref: int) -> int:
    from vidne.app.evidence import links

    return links.ids(ref)[1] if kind == "link" else ref
