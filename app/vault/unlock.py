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
    KeyFileCorrupt,
    KeyFileMissing,
    KeyFileTampered,
    UseNewPassphrase,
    UseOldPassphrase,
    WrongPassphrase,
)
from vidne.app.paths import DB_NAME, KEY_NAME
from vidne.app.vault import inbox_keys, local_trust
from vidne.app.vault.keyfile import KeyFile

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault

PENDING_NAME = KEY_NAME + ".new"
Connect = Callable[[Path, bytearray], Any]


def pending_path(directory: Path) -> Path:
    return directory / PENDING_NAME


def read_pending(directory: Path) -> KeyFile | None:
    """The key file of a passphrase change not yet confirmed by an unlock, if any."""
    try:
        return KeyFile.read(pending_path(directory))
    except (KeyFileMissing, KeyFileCorrupt):
        return None  # written atomically by Vidne only: a damaged one is not a change of ours


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
    # change; any other is from one that never took effect. Either way it has done its job.
    completed = pending is not None and pending.authentic(key)
    if pending is not None:
        with contextlib.suppress(OSError):
            pending_path(directory).unlink()
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
    try:
        pending.write(directory / KEY_NAME)  # publish the completed change
        pending_path(directory).unlink()
    except (OSError, DiskFull):
        pass  # the vault is open; the next unlock publishes it again
    return Unlocked(conn, key, pending, finished_change=True)


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
            fixed.write(vault.key_path(vault.directory))
        except (OSError, DiskFull):
            pass  # e.g. a read-only copy: it is checked and fixed again at the next unlock
    if remember:
        local_trust.trust_inbox_keys(vault.directory, [current])
    return fixed, warning


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
