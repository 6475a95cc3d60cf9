"""Tokens in the vault, each a link in the hash chain, and the queue of what waits for one.

A token belongs to an item (``kind`` 'capture', ``ref`` its id) or to the log (``kind`` 'log',
``ref`` the chain entry whose hash was stamped). Its chain entry (kind 'timestamp', by the
token's row id) covers the reply's bytes and what is shown of it, so a token removed or
swapped outside Vidne is named by ``vidne verify``. The queue is bookkeeping: what to ask
for, how often it failed and when to try again (doubling from 30 seconds up to six hours).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from vidne.app.evidence.trusted_time.stamp import Stamp
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate, translate_to
from vidne.app.timeutil import now_utc
from vidne.app.vault import chain
from vidne.app.vault.coverage import ADDED, CHANGED, REMOVED

if TYPE_CHECKING:  # the chain check imports this module; the vault's module imports the chain
    from vidne.app.vault.store import Vault

KIND = "timestamp"  # the chain's record kind
CAPTURE, LOG = "capture", "log"
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=6)

_COLUMNS = "kind, ref, sha256, token, gen_time, tsa_name, tsa_url, certs, chain_ok"


@dataclass(frozen=True)
class Token:
    id: int
    kind: str
    ref: int
    stamp: Stamp


def _token(row: Any) -> Token:
    stamp = Stamp(
        token=bytes(row["token"]),
        sha256=row["sha256"],
        gen_time=row["gen_time"],
        tsa_name=row["tsa_name"],
        tsa_url=row["tsa_url"],
        certs=row["certs"],
        chain_ok=bool(row["chain_ok"]),
    )
    return Token(int(row["id"]), row["kind"], int(row["ref"]), stamp)


def digest(row: Any) -> str:
    """What the chain entry covers: the reply's bytes and every shown field."""
    shown = {k: row[k] for k in ("kind", "ref", "sha256", "gen_time", "tsa_name", "tsa_url")}
    text = json.dumps(shown, sort_keys=True) + "|" + chain.sha256_hex(bytes(row["token"]))
    return chain.sha256_hex(text.encode())


def store(tx: Any, kind: str, ref: int, stamp: Stamp) -> int:
    """Keep *stamp* for the item (inside the caller's transaction); the first token stays."""
    existing = tx.execute(
        "SELECT id FROM trusted_timestamps WHERE kind = ? AND ref = ?", (kind, ref)
    ).fetchone()
    tx.execute("DELETE FROM trusted_time_queue WHERE kind = ? AND ref = ?", (kind, ref))
    if existing is not None:
        return int(existing[0])
    at = now_utc()
    cur = tx.execute(
        f"INSERT INTO trusted_timestamps ({_COLUMNS}, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (kind, ref, stamp.sha256, stamp.token, stamp.gen_time, stamp.tsa_name, stamp.tsa_url,
         stamp.certs, int(stamp.chain_ok), at),
    )  # fmt: skip
    token_id = int(cur.lastrowid)
    row = tx.execute("SELECT * FROM trusted_timestamps WHERE id = ?", (token_id,)).fetchone()
    chain.append(tx, KIND, token_id, digest(row), at)
    return token_id


def for_captures(conn: Any, capture_ids: Iterable[int]) -> dict[int, Token]:
    ids = [int(i) for i in capture_ids]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT * FROM trusted_timestamps WHERE kind = 'capture' AND ref IN ({marks})", ids
    )
    return {int(row["ref"]): _token(row) for row in rows}


def by_sha256(conn: Any, digests: Iterable[str]) -> dict[str, Token]:
    """The items' tokens by the SHA-256 they cover (a bundle's members by their content)."""
    wanted = list(dict.fromkeys(digests))
    found: dict[str, Token] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        rows = conn.execute(
            "SELECT * FROM trusted_timestamps WHERE kind = 'capture' "
            f"AND sha256 IN ({','.join('?' * len(part))}) ORDER BY id",
            part,
        )
        for row in rows:
            found.setdefault(row["sha256"], _token(row))
    return found


def for_log(conn: Any) -> Token | None:
    row = conn.execute(
        "SELECT * FROM trusted_timestamps WHERE kind = 'log' ORDER BY ref DESC LIMIT 1"
    ).fetchone()
    return _token(row) if row is not None else None


# --- the queue ---------------------------------------------------------------------------------
def enqueue(tx: Any, kind: str, ref: int, at: str) -> None:
    tx.execute(
        "INSERT INTO trusted_time_queue (kind, ref, queued_at, next_try) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (kind, ref) DO NOTHING",
        (kind, ref, at, at),
    )


def enqueue_new_captures(tx: Any, since: int, at: str) -> int:
    """Queue every capture after *since* that has neither a token nor a place in the queue."""
    cur = tx.execute(
        "INSERT INTO trusted_time_queue (kind, ref, queued_at, next_try) "
        "SELECT 'capture', c.id, ?, ? FROM captures c WHERE c.id > ? "
        "AND NOT EXISTS (SELECT 1 FROM trusted_timestamps t "
        "                WHERE t.kind = 'capture' AND t.ref = c.id) "
        "ON CONFLICT (kind, ref) DO NOTHING",
        (at, at, since),
    )
    return int(cur.rowcount or 0)


def due(conn: Any, now: str, everything: bool = False) -> list[tuple[str, int]]:
    """What to ask for now (*everything*: ignore the back-off), oldest first."""
    where = "" if everything else "WHERE next_try <= ?"
    params = () if everything else (now,)
    rows = conn.execute(
        f"SELECT kind, ref FROM trusted_time_queue {where} ORDER BY queued_at, ref", params
    )
    return [(str(kind), int(ref)) for kind, ref in rows]


def waiting(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM trusted_time_queue").fetchone()[0])


def failed(tx: Any, kind: str, ref: int, reason: str, now: datetime) -> None:
    """Note a failed attempt and when to try again (the wait doubles, at most six hours)."""
    row = tx.execute(
        "SELECT attempts FROM trusted_time_queue WHERE kind = ? AND ref = ?", (kind, ref)
    ).fetchone()
    attempts = (int(row[0]) if row else 0) + 1
    wait = min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY)
    tx.execute(
        "UPDATE trusted_time_queue SET attempts = ?, next_try = ?, last_error = ? "
        "WHERE kind = ? AND ref = ?",
        (attempts, (now + wait).isoformat(timespec="seconds"), reason[:300], kind, ref),
    )


def drop(tx: Any, kind: str, ref: int) -> None:
    tx.execute("DELETE FROM trusted_time_queue WHERE kind = ? AND ref = ?", (kind, ref))


# --- the chain's view (vidne.app.vault.record_kinds) -------------------------------------------
def tokens_now(conn: Any) -> dict[int, str]:
    return {int(row["id"]): digest(row) for row in conn.execute("SELECT * FROM trusted_timestamps")}


_DESCRIBE = {
    ADDED: QT_TRANSLATE_NOOP("Integrity", "A trusted timestamp (%1) was added outside Vidne"),
    CHANGED: QT_TRANSLATE_NOOP("Integrity", "A trusted timestamp (%1) was changed outside Vidne"),
    REMOVED: QT_TRANSLATE_NOOP("Integrity", "A trusted timestamp (%1) was deleted outside Vidne"),
}


def describe(conn: Any, ref: int, change: str) -> str:
    return translate("Integrity", _DESCRIBE[change]).replace("%1", str(ref))


# --- how a token is named to the user (viewer, report annex) -----------------------------------
SHOWN = QT_TRANSLATE_NOOP("TrustedTime", "Trusted time: %1 UTC, by %2")


def shown(stamp: Stamp, translated: str) -> str:
    """*translated*: :data:`SHOWN` in the reader's language; the time to the second in UTC."""
    when = stamp.gen_time.replace("T", " ")[:19]
    return translated.replace("%1", when).replace("%2", stamp.tsa_name)


def shown_for(conn: Any, capture_id: int) -> str:
    """The capture's line in the window's language, or '' if it has no token."""
    token = for_captures(conn, [capture_id]).get(capture_id)
    return shown(token.stamp, translate("TrustedTime", SHOWN)) if token else ""


def report_lines(vault: Vault, capture_ids: Iterable[int], lang: str) -> dict[int, str]:
    """Each item's line for the report's annex, in the report's language."""
    text = translate_to(lang, "TrustedTime", SHOWN)
    with vault.read() as conn:
        found = for_captures(conn, capture_ids)
    return {capture_id: shown(token.stamp, text) for capture_id, token in found.items()}
