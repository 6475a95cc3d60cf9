"""The log's anchor: how far this installation has seen the hash chain, kept outside the database.

Putting an older ``vidne.db`` back (one of the daily copies in ``backups/``), or losing the
``-wal`` file after a crash, would otherwise remove the newest episodes and captures without a
trace: the shorter chain is still whole. So after every commit that extends the chain the vault
records its entry count, the head entry's position, hash and time (an :class:`Anchor`) in two
places the database does not control:

- the key file's ``anchor`` field, which the key file's own authentication covers (it goes
  wherever the key file goes, so a backup carries the anchor of its own moment);
- the user's state folder, one file per vault (keyed by the vault's id and folder), sealed with
  an HMAC whose key is derived from the data key, so that someone without the passphrase can
  delete it but not forge or edit it (a forged one is ignored and reported; see
  :mod:`vidne.app.vault.anchor_state`).

Several processes may commit to one vault at once (the window and a command): each records
the anchor under the key file lock (:func:`vidne.app.vault.keyfile.locked`) and reads the
chain again inside it, so the last writer always leaves the newest anchor and never puts an
older one back. A passphrase change seals the state record for the new key under a staging
name before it re-encrypts the database (:func:`stage_state`): a crash before the record is
sealed again leaves one that the next unlock accepts as honest.

At unlock the database is compared with both: if the entry at the anchored position is not the
anchored head, entries this installation had seen are missing (:class:`Loss`). The loss is then
carried forward in every later anchor until a backup is restored on purpose
(:func:`reset`), so writing one new entry cannot make it disappear.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from vidne.app.errors import DiskFull, KeyFileCorrupt, KeyFileMissing
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate, translate_to
from vidne.app.paths import KEY_NAME
from vidne.app.vault import anchor_state, chain
from vidne.app.vault.anchor_state import Forged, state_path
from vidne.app.vault.keyfile import KeyFile, locked

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault

FORMAT = "vidne-anchor"
HELD_ONE = QT_TRANSLATE_NOOP("Anchor", "The log held 1 entry up to %1, head %2.")
HELD = QT_TRANSLATE_NOOP("Anchor", "The log held %n entries up to %1, head %2.")
# The commit discipline, switchable for the cost figures in bench/commit_cost.py only.
ENABLED = True  # record the anchor after commits that extend the chain
CHECKPOINT = True  # checkpoint the WAL into the database after such commits


@dataclass(frozen=True)
class Anchor:
    """What the chain looked like after a commit, plus any loss found and not yet resolved."""

    vault: str  # the vault's id (meta.vault_id)
    entries: int  # chain entries
    seq: int  # position (chain.seq) of the head entry
    head: str  # its hash
    at: str  # its time (UTC, as stored in the chain)
    lost: int = 0  # entries found missing earlier, carried until a deliberate restore
    lost_up_to: str = ""  # the newest of them

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, **asdict(self)}, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes | None) -> Anchor | None:
        """The anchor in *raw*, or None when it is empty or not an anchor."""
        if not raw:
            return None
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.pop("format") != FORMAT:
                return None
            anchor = cls(**doc)
        except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
            return None
        typed = all(isinstance(getattr(anchor, f), int) for f in ("entries", "seq", "lost"))
        return anchor if typed and isinstance(anchor.head, str) else None

    def summary(self, lang: str | None = None) -> str:
        """The line for the report: entries, up to when, short head (in *lang*, else the
        user's language)."""
        text = HELD_ONE if self.entries == 1 else HELD
        return (
            (translate_to(lang, "Anchor", text) if lang else translate("Anchor", text))
            .replace("%n", str(self.entries))
            .replace("%1", local_time(self.at))
            .replace("%2", chain.short(self.head))
        )


@dataclass(frozen=True)
class Loss:
    """Entries this installation had seen that the database no longer holds."""

    entries: int
    up_to: str  # UTC time of the newest missing entry

    def sentence(self) -> str:
        text = (
            translate("Anchor", "1 entry recorded up to %1 is missing.")
            if self.entries == 1
            else translate("Anchor", "%n entries recorded up to %1 are missing.")
        )
        return text.replace("%n", str(self.entries)).replace("%1", local_time(self.up_to))

    def plus(self, other: Loss | None) -> Loss:
        if other is None:
            return self
        return Loss(self.entries + other.entries, max(self.up_to, other.up_to))


def local_time(utc_text: str) -> str:
    try:
        return datetime.fromisoformat(utc_text).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return utc_text


# --- where the anchor is kept (the state folder: anchor_state.py) ------------------------------
def read_state(home: Path, vault_id: str, data_key: bytes | bytearray) -> Anchor | None:
    """The state folder's anchor for this vault (None if absent); raises Forged."""
    return Anchor.from_bytes(anchor_state.read(home, vault_id, data_key))


def write_state(home: Path, anchor: Anchor, data_key: bytes | bytearray) -> None:
    """Seal *anchor* into the state folder (callers hold the key file lock of *home*)."""
    anchor_state.write(home, anchor.vault, anchor.to_bytes(), data_key)


def stage_state(vault: Vault, conn: Any, new_key: bytes | bytearray) -> None:
    """Before a passphrase change re-encrypts the database: the record of the log as it is
    now, sealed for *new_key* under the staging name (the live record stays for the old key,
    which other processes keep writing until the change). Best effort, like every write of
    the record: an unwritable state folder does not stop the change."""
    if not ENABLED:
        return
    with contextlib.suppress(OSError, DiskFull), locked(vault.directory):
        now = current(conn, str(vault.meta("vault_id")), vault.loss)
        if now is not None:
            anchor_state.stage(vault.directory, now.vault, now.to_bytes(), new_key)


# --- comparing ---------------------------------------------------------------------------------
def current(conn: Any, vault_id: str, loss: Loss | None = None) -> Anchor | None:
    """The chain's state now (None while it is empty), carrying *loss*."""
    row = conn.execute("SELECT seq, hash, at FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return None
    entries = conn.execute("SELECT count(*) FROM chain").fetchone()[0]
    lost, up_to = (loss.entries, loss.up_to) if loss else (0, "")
    return Anchor(vault_id, int(entries), int(row[0]), str(row[1]), str(row[2]), lost, up_to)


def missing(conn: Any, recorded: Anchor) -> Loss | None:
    """What of *recorded* the database lacks; its carried loss included."""
    carried = Loss(recorded.lost, recorded.lost_up_to) if recorded.lost else None
    row = conn.execute("SELECT hash FROM chain WHERE seq = ?", (recorded.seq,)).fetchone()
    if row is not None and row[0] == recorded.head:
        return carried  # the anchored head is there; the chain check covers what precedes it
    # Entries of the anchored history that are still here: those up to the anchored position
    # and time (entries written after a rollback are newer than the anchor).
    kept = conn.execute(
        "SELECT count(*) FROM chain WHERE seq <= ? AND at <= ?", (recorded.seq, recorded.at)
    ).fetchone()[0]
    return Loss(max(recorded.entries - int(kept), 1), recorded.at).plus(carried)


@dataclass(frozen=True)
class Status:
    """What the outside records say about the database."""

    recorded: Anchor | None  # the furthest valid record, if any
    loss: Loss | None
    forged: bool  # a state file that this vault did not seal

    def problem(self) -> str | None:
        """One sentence for verify when entries are missing, else None."""
        return self.loss.sentence() if self.loss is not None else None

    def note(self) -> str | None:
        """A forged or unreadable state file: ignored (it counts as absent, which anyone who
        can write the user's files could arrange anyway), but the user is told."""
        if not self.forged:
            return None
        return translate(
            "Anchor",
            "The record of the log in the user's state folder was altered or not made with "
            "this vault's key; it was ignored.",
        )


def status(vault: Vault, home: Path | None = None) -> Status:
    """Compare the open *vault* with the key file's and the state folder's anchors."""
    home = home or vault.directory
    vault_id = str(vault.meta("vault_id"))
    found: list[Anchor] = []
    keyed = Anchor.from_bytes(_vault_keyfile_anchor(vault))
    if keyed is not None and keyed.vault == vault_id:
        found.append(keyed)
    forged = False
    try:
        stated = read_state(home, vault_id, _data_key(vault))
    except Forged:
        stated, forged = None, True
    if stated is not None and stated.vault == vault_id:
        found.append(stated)
    worst: tuple[Anchor | None, Loss | None] = (None, None)
    with vault.read() as conn:
        for recorded in sorted(found, key=lambda a: (a.entries, a.at)):
            loss = missing(conn, recorded)
            if worst[1] is None or (loss is not None and loss.entries >= worst[1].entries):
                worst = (recorded, loss)
    return Status(worst[0], worst[1], forged)


def _data_key(vault: Vault) -> bytearray:
    return vault._key  # noqa: SLF001 - the state file's seal is keyed from the data key


# --- writing -----------------------------------------------------------------------------------
def keyfile_anchor(directory: Path, data_key: bytes | bytearray) -> bytes | None:
    """The anchor field of the key file in *directory*, if it authenticates with *data_key*
    (a key file from before the anchor, or from another data key, has none)."""
    try:
        found = KeyFile.read(directory / KEY_NAME)
    except (KeyFileMissing, KeyFileCorrupt):
        return None
    authentic = getattr(found, "authentic", None)  # version 1 key files authenticate nothing
    return getattr(found, "anchor", None) if callable(authentic) and authentic(data_key) else None


def _vault_keyfile_anchor(vault: Vault) -> bytes | None:
    """The anchor of the vault's key file as authenticated at unlock."""
    reader = getattr(vault, "keyfile_anchor", None)
    return reader() if callable(reader) else keyfile_anchor(vault.directory, _data_key(vault))


def write_keyfile_anchor(vault: Vault, blob: bytes) -> None:
    """Rewrite the open vault's key file with a new anchor field (no passphrase needed; the
    vault writes nothing to a key file it cannot vouch for)."""
    writer = getattr(vault, "write_keyfile_anchor", None)
    if callable(writer):
        writer(blob)


def record(vault: Vault, anchor: Anchor, home: Path | None = None) -> None:
    """Write *anchor* to the key file and the state folder (crash-safe, each atomically).
    Callers hold the key file locks of the vault and of *home* and read *anchor* inside."""
    write_keyfile_anchor(vault, anchor.to_bytes())
    write_state(home or vault.directory, anchor, _data_key(vault))


def record_now(vault: Vault, conn: Any, vault_id: str) -> Anchor | None:
    """Under the key file lock: read the chain again (another process may have committed since
    this one did) and record it; the anchor recorded, or None while the chain is empty."""
    with locked(vault.directory):
        now = current(conn, vault_id, vault.loss)
        if now is not None:
            record(vault, now)
    return now


def opened(vault: Vault) -> None:
    """At unlock: remember the furthest record and any loss (shown in the window)."""
    if not ENABLED:
        return
    try:
        found = status(vault)
    except sqlcipher3.DatabaseError:
        return  # a damaged database: the integrity check says so, in its own words
    vault.anchored, vault.loss = found.recorded, found.loss


def after_commit(vault: Vault, conn: Any, known: Anchor | None) -> Anchor | None:
    """Called with the vault's lock held right after a COMMIT: if the chain grew past *known*,
    record the new anchor (carrying any unresolved loss) and return it; else *known*."""
    row = conn.execute("SELECT seq FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None or (known is not None and int(row[0]) == known.seq):
        return known
    if CHECKPOINT:
        # The commit is in the WAL; copy it into the database file and empty the WAL, so that
        # losing the WAL (a crash, then a deleted or damaged -wal file) loses nothing
        # acknowledged. A reader in another process can make this incomplete (busy): the
        # anchor written next then still reveals such a loss.
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher3.OperationalError:
            pass  # e.g. disk full: the commit itself is durable in the WAL (synchronous=FULL)
    if not ENABLED:
        return known
    vault_id = known.vault if known else str(vault.meta("vault_id"))
    try:
        anchor = record_now(vault, conn, vault_id)
    except (OSError, DiskFull, KeyFileMissing, KeyFileCorrupt):
        return known  # the evidence is committed; the next commit tries the anchor again
    return anchor or known


def reset(vault: Vault, home: Path) -> Anchor | None:
    """A deliberate restore: the restored database becomes what this installation has seen."""
    vault_id = str(vault.meta("vault_id"))
    with vault.read() as conn, locked(vault.directory), locked(home):
        anchor = current(conn, vault_id)
        if anchor is not None:
            record(vault, anchor, home)
        else:
            state_path(home, vault_id).unlink(missing_ok=True)
    return anchor


def left_out(vault: Vault, home: Path) -> Loss | None:
    """What making the open (staged) *vault* the vault in *home* would leave out of the log
    *home* has recorded (None when it holds all of it, or *home* has no record of it)."""
    vault_id = str(vault.meta("vault_id"))
    found = [Anchor.from_bytes(keyfile_anchor(home, _data_key(vault)))]
    try:
        found.append(read_state(home, vault_id, _data_key(vault)))
    except Forged:
        pass  # not sealed with this backup's key (e.g. the passphrase changed since)
    worst: Loss | None = None
    with vault.read() as conn:
        for recorded in found:
            if recorded is None or recorded.vault != vault_id:
                continue
            loss = missing(conn, replace(recorded, lost=0))  # an old loss is not this one's
            if loss is not None and (worst is None or loss.entries > worst.entries):
                worst = loss
    return worst


def report_line(vault: Vault, lang: str) -> str:
    """ "The log held N entries up to <date>, head <short hash>." for the report's annex."""
    with vault.read() as conn:
        now = current(conn, str(vault.meta("vault_id")))
    return now.summary(lang) if now is not None else ""


def sealed_for_new_key(vault: Vault, conn: Any) -> Anchor | None:
    """After a passphrase change re-encrypted the database (the vault holds the new key; the
    caller holds the key file lock): the log as it is now, sealed in the state folder under
    the new key, so that it is not taken for a forgery at the next unlock. The anchor, for
    the new key file (None while disabled or the chain is empty)."""
    if not ENABLED:
        return None
    now = current(conn, str(vault.meta("vault_id")), vault.loss)
    if now is not None:
        with contextlib.suppress(OSError, DiskFull):  # the next commit writes it again
            write_state(vault.directory, now, _data_key(vault))
    return now
