"""Every kind of record in the hash chain, and the check of the whole vault against it.

One explicit table (:data:`KINDS`), so that checking the chain never depends on which modules
happen to have been imported. Every table whose content the app, the History view, the report
or the bundle shows is covered:

===============  ============================  =============================================
kind             rows (ref)                    covers
===============  ============================  =============================================
revision         revisions (id)                snapshot, changes, time, action, source
sender           sender_revisions (id)         the sender's snapshot
capture          captures (id)                 sealed columns, original and view bytes
thumb            blobs role 'thumb' (capture)  the thumbnail's bytes
note             captures.note (capture id)    the note, when not empty
link             episode_captures (packed)     episode, capture, position
profile          meta profile_* (1)            the name and workplace on the cover
migration        meta chain_migration_N (N)    what an upgrade adopted into the chain
timestamp        trusted_timestamps (id)       a trusted timestamp's token and shown fields
===============  ============================  =============================================

Checked against their history rather than chained themselves: ``episodes`` (must equal the
latest revision) and ``senders`` (the latest sender revision). Not chained: ``episodes_fts``
(derived from the episodes, rebuilt from them), ``chain`` itself, and in ``meta`` the vault id,
the inbox's private key and the rollback anchor's records (none is shown; each is checked
where it is used); ``trusted_time_queue`` and the ``trusted_time_*`` settings (bookkeeping).
"""

from __future__ import annotations

import json
from typing import Any

from vidne.app.episodes import history, senders
from vidne.app.evidence import chained, links
from vidne.app.evidence.trusted_time import tokens as trusted_time
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault import chain, profile
from vidne.app.vault.coverage import Finding, RecordKind, compare, first

MIGRATION_KEY = "chain_migration_"  # + version: the upgrade's record (JSON), in meta


def migrations_now(conn: Any) -> dict[int, str]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE 'chain_migration_%'")
    return {
        int(key[len(MIGRATION_KEY) :]): chain.sha256_hex(_text(value).encode())
        for key, value in rows
        if key[len(MIGRATION_KEY) :].isdigit()
    }


def _describe_migration(conn: Any, ref: int, change: str) -> str:
    return translate("Integrity", "The record of this vault's upgrade was changed outside Vidne")


KINDS: tuple[RecordKind, ...] = (
    RecordKind("revision", history.revisions_now, history.describe_revision),
    RecordKind("sender", senders.sender_revisions_now, senders.describe_sender_revision),
    RecordKind("capture", chained.captures_now, chained.describe_capture),
    RecordKind("thumb", chained.thumbs_now, chained.describe_thumb),
    RecordKind("note", chained.notes_now, chained.describe_note),
    RecordKind(links.KIND, links.now, links.describe),
    RecordKind(profile.KIND, profile.now, profile.describe),
    RecordKind("migration", migrations_now, _describe_migration),
    RecordKind(trusted_time.KIND, trusted_time.tokens_now, trusted_time.describe),
)
NAMES = frozenset(kind.name for kind in KINDS)
CROSS_CHECKS = (history.episodes_match, senders.senders_match)

_BROKEN = {
    chain.ALTERED_LINK: QT_TRANSLATE_NOOP(
        "Integrity", "The log was changed outside Vidne at entry %1"
    ),
    chain.ALTERED_ENTRY: QT_TRANSLATE_NOOP(
        "Integrity", "The log was changed outside Vidne at entry %1"
    ),
    chain.TIME_BACKWARDS: QT_TRANSLATE_NOOP(
        "Integrity", "The times in the log run backwards at entry %1"
    ),
    chain.TIME_UNREADABLE: QT_TRANSLATE_NOOP(
        "Integrity", "The time of entry %1 in the log cannot be read"
    ),
}
_REASONS = {
    chain.ALTERED_LINK: QT_TRANSLATE_NOOP("Integrity", "link to the previous entry does not match"),
    chain.ALTERED_ENTRY: QT_TRANSLATE_NOOP("Integrity", "entry was altered"),
    chain.TIME_BACKWARDS: QT_TRANSLATE_NOOP("Integrity", "%1 is earlier than %2 before it"),
    chain.TIME_UNREADABLE: QT_TRANSLATE_NOOP("Integrity", "its time cannot be read"),
}


def verify(conn: Any) -> Finding | None:
    """The first problem with the chain or with any row it covers; None if all is whole."""
    walk = chain.walk(conn, backwards_allowed(conn))
    if walk.broken is not None:
        return _broken(walk)
    unknown = [e for (kind, _ref), e in walk.latest.items() if kind not in NAMES]
    if unknown:
        entry = min(unknown, key=lambda e: e.seq)
        sentence = translate(
            "Integrity", "Entry %1 in the log is of a kind this Vidne does not know"
        )
        reason = translate("Integrity", "unknown record kind")
        return Finding(
            sentence.replace("%1", str(entry.seq)), entry.kind, entry.ref, reason, entry.seq
        )
    found = [f for kind in KINDS for f in compare(kind, conn, walk.latest, chain.DELETED)]
    found += [f for check in CROSS_CHECKS for f in check(conn, walk.latest)]
    return first(found)


def _broken(walk: chain.Walk) -> Finding:
    broken = walk.broken
    assert broken is not None
    sentence = translate("Integrity", _BROKEN[broken.reason]).replace("%1", str(broken.seq))
    reason = translate("Integrity", _REASONS[broken.reason])
    if broken.reason == chain.TIME_BACKWARDS:
        reason = reason.replace("%1", walk.broken_at).replace("%2", walk.previous_at)
    return Finding(sentence, broken.kind, broken.ref, reason, broken.seq)


def backwards_allowed(conn: Any) -> set[int]:
    """Entries an upgrade found out of time order (written before Vidne kept them in order)."""
    allowed: set[int] = set()
    for (value,) in conn.execute("SELECT value FROM meta WHERE key LIKE 'chain_migration_%'"):
        try:
            steps = json.loads(_text(value)).get("backwards", [])
        except (ValueError, AttributeError):
            continue  # unreadable: the record's own chain entry reports it as changed
        allowed.update(int(seq) for seq in steps if isinstance(seq, int))
    return allowed


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")
