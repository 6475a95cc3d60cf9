"""The sender registry: who sent what, so repeated senders are recognised, counted and merged.

A sender has a name, a relation to the user (colleague, leader, student, parent, citizen,
unknown) and identifiers (handles, profile names, e-mail addresses, phone numbers). Every change
is a snapshot in ``sender_revisions`` linked into the hash chain (kind ``sender``), and the live
row must equal its latest snapshot (:func:`senders_match`); merging re-points the episodes
through the episode store, so each moved episode gets its own revision too.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from vidne.app.episodes import search
from vidne.app.episodes.store import EpisodeStore
from vidne.app.episodes.validation import clean_line, clean_text
from vidne.app.episodes.vocabulary import RELATIONS, is_internal
from vidne.app.errors import NotFound, ValidationError
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.timeutil import now_utc
from vidne.app.vault import chain
from vidne.app.vault.coverage import ADDED, CHANGED, REASONS, REMOVED, Finding, Latest
from vidne.app.vault.store import Vault

__all__ = ["Sender", "SenderStore", "is_internal", "normalise_identifier"]


@dataclass
class Sender:
    name: str = ""
    relation: str = "unknown"
    identifiers: list[str] = field(default_factory=list)
    notes: str = ""
    merged_into: int | None = None
    id: int | None = None
    episode_count: int = 0  # filled by list(); not stored

    @property
    def internal(self) -> bool:
        return is_internal(self.relation)

    def stored(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("episode_count")
        return data


def normalise_identifier(text: str) -> str:
    """Compare identifiers loosely: case, spaces, a leading @ and phone punctuation ignored."""
    value = text.strip().casefold().lstrip("@")
    if re.fullmatch(r"[+\d][\d\s().-]{5,}", value):
        value = re.sub(r"[\s().-]", "", value)
        if value.startswith("0045"):
            value = "+45" + value[4:]
        elif value.startswith("45") and len(value) == 10:
            value = "+" + value
        elif not value.startswith("+") and len(value) == 8:
            value = "+45" + value  # a Danish number written without the country code
    return " ".join(value.split())


def _validate(sender: Sender) -> Sender:
    problems: list[str] = []
    out = Sender(**sender.stored())
    out.name = clean_line(sender.name)
    out.notes = clean_text(sender.notes)
    ids: list[str] = []
    for item in sender.identifiers:
        value = clean_line(item)
        if value and normalise_identifier(value) not in map(normalise_identifier, ids):
            ids.append(value)
    out.identifiers = ids
    if not out.name and not ids:
        problems.append(
            translate("Validation", "Give the sender a name or at least one identifier.")
        )
    if sender.relation not in RELATIONS:
        problems.append(
            translate("Validation", "Choose the sender's relation to you from the list.")
        )
    if problems:
        raise ValidationError(problems)
    return out


def _row(row: Any) -> Sender:
    return Sender(
        name=row["name"],
        relation=row["relation"],
        identifiers=json.loads(row["identifiers"] or "[]"),
        notes=row["notes"],
        merged_into=row["merged_into"],
        id=row["id"],
    )


class SenderStore:
    """CRUD, recognition and merging over ``senders``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, sender: Sender) -> Sender:
        new = _validate(sender)
        new.merged_into = None
        at = now_utc()
        with self.vault.transaction() as tx:
            cur = tx.execute(
                "INSERT INTO senders (name, relation, identifiers, notes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    new.name,
                    new.relation,
                    json.dumps(new.identifiers, ensure_ascii=False),
                    new.notes,
                    at,
                    at,
                ),
            )
            new.id = int(cur.lastrowid)
            _revise(tx, new, "create", at)
        return new

    def update(self, sender: Sender) -> Sender:
        if sender.id is None:
            raise NotFound("sender without id")
        new = _validate(sender)
        with self.vault.transaction() as tx:
            old = self._get_in(tx, sender.id)
            new.merged_into = old.merged_into
            if new.stored() == old.stored():
                return old
            self._write(tx, new, "update")
        return new

    def get(self, sender_id: int) -> Sender:
        with self.vault.read() as conn:
            return self._get_in(conn, sender_id)

    def list(self, include_merged: bool = False) -> list[Sender]:
        """Senders with their episode counts, most episodes first."""
        with self.vault.read() as conn:
            rows = conn.execute(
                "SELECT s.*, (SELECT count(*) FROM episodes e WHERE e.sender_id = s.id) AS n "
                "FROM senders s ORDER BY n DESC, s.name COLLATE NOCASE"
            ).fetchall()
        out = []
        for row in rows:
            sender = _row(row)
            sender.episode_count = int(row["n"])
            if include_merged or sender.merged_into is None:
                out.append(sender)
        return out

    def recognise(self, identifier: str) -> Sender | None:
        """The (surviving) sender whose name or identifier matches *identifier*, if any."""
        wanted = normalise_identifier(identifier)
        if not wanted:
            return None
        for sender in self.list():
            if wanted in {normalise_identifier(x) for x in [sender.name, *sender.identifiers]}:
                return sender
        return None

    def merge(self, source_id: int, target_id: int) -> Sender:
        """Merge *source* into *target*: episodes move (each revised), identifiers join."""
        if source_id == target_id:
            raise ValidationError(
                [translate("Validation", "A sender cannot be merged into itself.")]
            )
        episodes = EpisodeStore(self.vault)
        with self.vault.transaction() as tx:
            source, target = self._get_in(tx, source_id), self._get_in(tx, target_id)
            if source.merged_into is not None or target.merged_into is not None:
                raise ValidationError([translate("Validation", "That sender was already merged.")])
            for (episode_id,) in tx.execute(
                "SELECT id FROM episodes WHERE sender_id = ?", (source_id,)
            ).fetchall():
                ep = episodes._get_in(tx, int(episode_id))
                ep.sender_id = target_id
                episodes.update_in(tx, ep, source="merge")
            target.identifiers = _validate(
                Sender(
                    name=target.name,
                    relation=target.relation,
                    identifiers=[*target.identifiers, source.name, *source.identifiers],
                )
            ).identifiers
            target.identifiers = [i for i in target.identifiers if i != target.name]
            if source.notes:
                target.notes = "\n".join(x for x in (target.notes, source.notes) if x)
            self._write(tx, target, "merge")
            source.merged_into = target_id
            self._write(tx, source, "merged")
        return target

    # --- internals -------------------------------------------------------------------------
    @staticmethod
    def _get_in(conn: Any, sender_id: int) -> Sender:
        row = conn.execute("SELECT * FROM senders WHERE id = ?", (sender_id,)).fetchone()
        if row is None:
            raise NotFound(str(sender_id))
        return _row(row)

    @staticmethod
    def _write(tx: Any, sender: Sender, action: str) -> None:
        at = now_utc()
        tx.execute(
            "UPDATE senders SET name = ?, relation = ?, identifiers = ?, notes = ?, "
            "merged_into = ?, updated_at = ? WHERE id = ?",
            (
                sender.name,
                sender.relation,
                json.dumps(sender.identifiers, ensure_ascii=False),
                sender.notes,
                sender.merged_into,
                at,
                sender.id,
            ),
        )
        _revise(tx, sender, action, at)
        search.reindex_sender(tx, int(sender.id or 0))


def _snapshot(sender: Sender) -> str:
    return json.dumps(sender.stored(), sort_keys=True, ensure_ascii=False)


def _revise(tx: Any, sender: Sender, action: str, at: str) -> None:
    snapshot = _snapshot(sender)
    cur = tx.execute(
        "INSERT INTO sender_revisions (sender_id, at, action, snapshot) VALUES (?, ?, ?, ?)",
        (sender.id, at, action, snapshot),
    )
    chain.append(tx, "sender", int(cur.lastrowid), chain.sha256_hex(snapshot.encode()), at)


def sender_revisions_now(conn: Any) -> dict[int, str]:
    """Every sender revision's chain payload (the hash of its snapshot) as stored now."""
    rows = conn.execute("SELECT id, snapshot FROM sender_revisions")
    return {int(rid): chain.sha256_hex(snapshot.encode()) for rid, snapshot in rows}


_SENDER = {
    ADDED: QT_TRANSLATE_NOOP("Integrity", "Sender %1 was added outside Vidne"),
    CHANGED: QT_TRANSLATE_NOOP("Integrity", "Sender %1 was changed outside Vidne"),
    REMOVED: QT_TRANSLATE_NOOP("Integrity", "Sender %1 was deleted outside Vidne"),
}


def describe_sender_revision(conn: Any, ref: int, change: str) -> str:
    row = conn.execute("SELECT sender_id FROM sender_revisions WHERE id = ?", (ref,)).fetchone()
    if row is None:
        return translate("Integrity", "An entry in a sender's history was deleted outside Vidne")
    text = translate("Integrity", "The history of sender %1 was changed outside Vidne")
    return text.replace("%1", str(row[0]))


def senders_match(conn: Any, latest: Latest) -> list[Finding]:
    """Every sender row against the snapshot of its latest revision."""
    newest = {
        int(sid): (int(rid), snapshot)
        for rid, sid, snapshot in conn.execute(
            "SELECT id, sender_id, snapshot FROM sender_revisions WHERE id IN "
            "(SELECT max(id) FROM sender_revisions GROUP BY sender_id)"
        )
    }
    found: list[Finding] = []
    for row in conn.execute("SELECT * FROM senders"):
        sender_id = int(row["id"])
        rid, snapshot = newest.pop(sender_id, (None, ""))
        if rid is None:
            found.append(_finding(sender_id, ADDED, "sender", sender_id, None))
        elif _snapshot(_row(row)) != snapshot:
            entry = latest.get(("sender", rid))
            found.append(_finding(sender_id, CHANGED, "sender", rid, entry.seq if entry else None))
    for sender_id, (rid, _snap) in newest.items():
        entry = latest.get(("sender", rid))
        found.append(_finding(sender_id, REMOVED, "sender", rid, entry.seq if entry else None))
    return found


def _finding(sender_id: int, change: str, kind: str, ref: int, seq: int | None) -> Finding:
    sentence = translate("Integrity", _SENDER[change]).replace("%1", str(sender_id))
    return Finding(sentence, kind, ref, translate("Integrity", REASONS[change]), seq)
