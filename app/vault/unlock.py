"""Unlocking: which key file opens the database, finishing an interrupted passphrase change,
and putting the key file back in order once the vault is open.

A passphrase change (:mod:`vidne.app.vault.rekey`) writes the new key file beside the live one
as ``vidne.key.new`` before it re-encrypts the database, and leaves it there until the next
unlock. So at an unlock:

- the live key file unwraps and its key opens the database: any ``vidne.key.new`` is from a
  change that never took effect, or one that completed; it is removed (after a completed one,
  automatic backups still under the old key, if the change was stopped before replacing them,
  are replaced now);
- the live key file unwraps but its key no longer opens the database, and a ``.new`` is there:
  the change was completed; this is the old passphrase (:class:`UseNewPassphrase`);
- the passphrase opens only ``vidne.key.new`` and its key opens the database: the change was
  completed but not yet published; the live key file is replaced by it and the vault opens;
- the passphrase opens only ``vidne.key.new`` and the database does not open with its key:
  the change never took effect (:class:`UseOldPassphrase`).

Neither of the last two counts as a wrong passphrase for the unlock delay.

Every rewrite of the key file here, and the removal of ``vidne.key.new``, runs under the key
file lock (:func:`vidne.app.vault.keyfile.locked`) and re-reads the file first: the file read
at the start of the unlock may have been replaced by another process meanwhile (a commit's
new anchor, a passphrase change), and writing the old copy back would undo that. A
``vidne.key.new`` from a change that has not taken effect is left alone while a passphrase
change holds :data:`CHANGE_LOCK`: it may be about to.
"""

from __future__ import annotations

import contextlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vidne.app.errors import (
    DatabaseCorrupt,
    DiskFull,
    InboxKeySwapped,
    KeyFileTampered,
    UseNewPassphrase,
    UseOldPassphrase,
    WrongPassphrase,
)
from vidne.app.paths import DB_NAME, KEY_NAME
from vidne.app.platform import file_lock
from vidne.app.vault import inbox_keys, local_trust
from vidne.app.vault.keyfile import KeyFile, locked

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault

PENDING_NAME = KEY_NAME + ".new"
CHANGE_LOCK = PENDING_NAME + ".lock"  # held by a passphrase change from staging to publishing
Connect = Callable[[Path, bytearray], Any]


def pending_path(directory: Path) -> Path:
    return directory / PENDING_NAME


def read_pending(directory: Path) -> KeyFile | None:
    """The key file of a passphrase change not yet confirmed by an unlock, if any (written
    atomically by Vidne only: a damaged one is not a change of ours)."""
    return KeyFile.read_if_valid(pending_path(directory))


def change_under_way(directory: Path) -> bool:
    """True while a passphrase change (in any process) holds :data:`CHANGE_LOCK`."""
    try:
        with file_lock.exclusive(directory / CHANGE_LOCK, timeout=0):
            return False
    except file_lock.LockTimeout:
        return True
    except OSError:
        return False  # no lock file can be made here (read-only): nobody can change it either


def wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


@dataclass
class Unlocked:
    conn: Any
    data_key: bytearray
    keyfile: KeyFile  # the key file that opened it (not yet checked beyond the wrapped key)
    # A passphrase change was found completed but maybe not finished (it was stopped before
    # the automatic backups were replaced): the vault finishes it.
    finished_change: bool = False


def unlock(directory: Path, live: KeyFile, passphrase: str, connect: Connect) -> Unlocked:
    """Unwrap and open the database; see the module docstring. WrongPassphrase if neither."""
    pending = read_pending(directory)
    try:
        key = live.unwrap(passphrase)
    except WrongPassphrase:
        if pending is None:
            raise
        return _through_pending(directory, pending, passphrase, connect)
    try:
        conn = connect(directory / DB_NAME, key)
    except DatabaseCorrupt:
        wipe(key)
        if pending is not None:
            raise UseNewPassphrase() from None
        raise
    # A staged key file MAC'd with the key that opens the database is from a completed
    # change; any other is from one that never took effect, or one under way elsewhere.
    completed = pending is not None and pending.authentic(key)
    if pending is not None and (completed or not change_under_way(directory)):
        with contextlib.suppress(OSError), locked(directory):
            pending_path(directory).unlink(missing_ok=True)
    return Unlocked(conn, key, live, completed)


def _through_pending(
    directory: Path, pending: KeyFile, passphrase: str, connect: Connect
) -> Unlocked:
    key = pending.unwrap(passphrase)
    try:
        conn = connect(directory / DB_NAME, key)
    except DatabaseCorrupt:
        wipe(key)
        raise UseOldPassphrase() from None
    published = pending
    try:
        with locked(directory):
            # Publish the completed change, unless another process has done so meanwhile
            # (its copy may carry a newer anchor).
            live = KeyFile.read_if_valid(directory / KEY_NAME)
            if live is not None and live.authentic(key):
                published = live
            else:
                pending.write(directory / KEY_NAME)
            pending_path(directory).unlink(missing_ok=True)
    except (OSError, DiskFull):
        pass  # the vault is open; the next unlock publishes it again
    return Unlocked(conn, key, published, finished_change=True)


# --- once open -----------------------------------------------------------------------------------
def settle(
    vault: Vault, keyfile: KeyFile, passphrase: str, remember: bool = True
) -> tuple[KeyFile, KeyFileTampered | None]:
    """Check the key file against the open vault, rewrite it if needed, trust its inbox key.

    A version 1 file is rewritten as version 2. A version 2 file whose MAC fails was changed
    outside Vidne: it is rewritten with the vault's own inbox key (and without the anchor,
    unless the inbox key was the only change) and the returned warning says so.
    """
    data_key = vault._key  # noqa: SLF001 - the MAC is keyed from the data key
    current = inbox_keys.current_public_key(vault)
    warning: KeyFileTampered | None = None
    if keyfile.version == 1:
        if keyfile.inbox_public_key != current:
            warning = InboxKeySwapped()
        fixed = KeyFile.wrap(data_key, passphrase, keyfile.kdf, current)
    elif keyfile.authentic(data_key):
        # An authentic file with an older inbox key: a passphrase change stopped between
        # making the new pair and publishing it. Publish the current one.
        fixed = keyfile.resealed(data_key, inbox_public_key=current)
    else:
        warning, anchor = _diagnose(vault, keyfile, data_key)
        fixed = keyfile.resealed(data_key, inbox_public_key=current, anchor=anchor)
    if fixed != keyfile:
        try:
            fixed = _rewrite(vault, keyfile, fixed, current)
        except (OSError, DiskFull):
            pass  # e.g. a read-only copy: it is checked and fixed again at the next unlock
    if remember:
        local_trust.trust_inbox_keys(vault.directory, [current])
    return fixed, warning


def _rewrite(vault: Vault, read: KeyFile, fixed: KeyFile, inbox_key: bytes) -> KeyFile:
    """Under the key file lock: write *fixed* if the file is still the one *read* at unlock.
    Changed meanwhile and authentic (another process wrote a newer anchor), it is kept, with
    *inbox_key* put in if needed; changed into one this vault cannot vouch for (a passphrase
    change elsewhere, a restore), it is left alone. The key file the vault goes on with."""
    data_key = vault._key  # noqa: SLF001 - the MAC is keyed from the data key
    path = vault.key_path(vault.directory)
    with locked(vault.directory):
        on_disk = KeyFile.read_if_valid(path)
        if on_disk != read:
            if on_disk is None or not on_disk.authentic(data_key):
                return fixed
            if on_disk.inbox_public_key == inbox_key:
                return on_disk
            fixed = on_disk.resealed(data_key, inbox_public_key=inbox_key)
        fixed.write(path)
    return fixed


def _diagnose(vault: Vault, keyfile: KeyFile, data_key: bytearray) -> tuple[KeyFileTampered, bytes]:
    """What was changed in an unauthentic version 2 file, and the anchor that can be kept."""
    own = [inbox_keys.public_key(k) for k in inbox_keys.inbox_secret_keys(vault)]
    for public in own:
        candidate = keyfile.resealed(data_key, inbox_public_key=public)
        if hmac.compare_digest(candidate.mac, keyfile.mac):
            return InboxKeySwapped(), keyfile.anchor  # only the inbox key was replaced
    if keyfile.inbox_public_key not in own:
        return InboxKeySwapped(), b""
    return KeyFileTampered(), b""  # the anchor (or the MAC) was changed: drop the anchor
