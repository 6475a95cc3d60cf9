"""A passphrase change that revokes: a new data key, a new inbox key pair, crash-safe.

People change a passphrase because someone may have learned it. Re-wrapping the same data key
would leave every older key file (in a backup, a copy, a ``replaced-…`` folder) able to open
the live vault with the old passphrase. So a change re-encrypts the database under a new random
data key (SQLCipher ``PRAGMA rekey``), in this order:

1. a new inbox key pair is made current in the database (the old private key is kept, so files
   sealed to it are still imported: :mod:`vidne.app.vault.inbox_keys`);
2. the new key file (new data key, new passphrase, new inbox key, the current anchor) is
   written beside the live one as ``vidne.key.new`` (temp file, fsync, rename), and the state
   folder's record of the log is sealed for the new key under a staging name
   (:func:`vidne.app.vault.anchor.stage_state`);
3. ``PRAGMA rekey``: every page is rewritten under the new key in one transaction, so the
   database is under the old key or the new one, never a mix; then the WAL is checkpointed;
4. under the key file lock, the new key file, carrying the log's anchor as it is now (another
   process may have committed since step 2), replaces ``vidne.key`` (atomically), and the
   state record is sealed again under the new key (the staged one goes);
5. the automatic backups in ``backups/`` are replaced by one made under the new key.

A crash between any two steps leaves the old passphrase working (before 3) or the new one
(from 3 on); the next unlock sorts out which and finishes or discards the change
(:mod:`vidne.app.vault.unlock`), and takes the staged state record, sealed for the key that
opened the database, as the honest one. ``vidne.key.new`` stays until then, so that another
process which rewrites the key file from an older copy in the meantime cannot lock the user
out; and while the change runs it holds :data:`CHANGE_LOCK` (only probed, never waited for),
so that an unlock elsewhere does not withdraw a ``vidne.key.new`` that is about to take effect.

What it cannot reach: copies the user made elsewhere (a backup file saved to a USB stick, a
copied data folder, a ``replaced-…`` folder left by a restore) still open with the old
passphrase; the dialog and ``vidne passwd`` say so.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from pathlib import Path

import sqlcipher3
from vidne.app.errors import KeyFileTampered, VidneError, WrongPassphrase
from vidne.app.platform import file_lock
from vidne.app.vault import anchor, backup, inbox_keys, local_trust
from vidne.app.vault.keyfile import KdfParams, KeyFile, locked
from vidne.app.vault.store import Connection, Vault, connect
from vidne.app.vault.unlock import CHANGE_LOCK, pending_path, wipe

CHECKPOINT_TRIES = 20


def change(
    vault: Vault, new_passphrase: str, kdf: KdfParams | None = None, old: str | None = None
) -> None:
    """Change the passphrase of the open *vault*; *old*, when given, is checked first
    (WrongPassphrase) against the key file read at unlock, not against the file on disk."""
    changing = file_lock.exclusive(vault.directory / CHANGE_LOCK)
    with vault._lock, changing:  # noqa: SLF001 - the change is part of the vault's own life cycle
        conn = vault._require()  # noqa: SLF001
        current = vault.keyfile or vault._keyfile_on_disk()  # noqa: SLF001
        if current is None:
            raise KeyFileTampered()
        if old is not None:
            check_old(vault, current, old)
        params = kdf or current.kdf.at_least_floor()
        new_public = inbox_keys.rotate(vault)
        new_key = bytearray(os.urandom(32))
        try:
            staged = KeyFile.wrap(new_key, new_passphrase, params, new_public, current.anchor)
            trusted = [current.inbox_public_key, new_public]
            local_trust.trust_inbox_keys(vault.directory, trusted)
            stage(vault.directory, staged)
            anchor.stage_state(vault, conn, new_key)
            rekey_database(vault, conn, new_key)
            vault._key[:] = new_key  # noqa: SLF001 - in place: the same bytearray is wiped at lock
        finally:
            wipe(new_key)
        vault.keyfile = publish(vault, conn, staged)
        local_trust.trust_inbox_keys(vault.directory, [new_public])
    backup.replace_rolling(vault)


def check_old(vault: Vault, keyfile: KeyFile, old: str) -> None:
    key = keyfile.unwrap(old)
    try:
        if not hmac.compare_digest(bytes(key), bytes(vault._key)):  # noqa: SLF001
            raise WrongPassphrase()
    finally:
        wipe(key)


def stage(directory: Path, staged: KeyFile) -> None:
    """Step 2: the new key file beside the live one."""
    staged.write(pending_path(directory))


def rekey_database(vault: Vault, conn: Connection, new_key: bytearray) -> None:
    """Step 3: re-encrypt every page (one transaction), then move the WAL into the file."""
    try:
        commit_rekey(conn, new_key)
    except sqlcipher3.Error:
        _discard_if_not_committed(vault)
        raise
    for _ in range(CHECKPOINT_TRIES):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
    # Another process reads the vault: its pages stay in the WAL (under the new key) until a
    # later checkpoint; the change itself is committed.


def commit_rekey(conn: Connection, new_key: bytearray) -> None:
    """The rekey itself: once it returns, only the new key opens the database."""
    conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")


def _discard_if_not_committed(vault: Vault) -> None:
    """A failed rekey normally rolled back: then the staged key file is withdrawn."""
    try:
        probe = connect(vault.db_path(vault.directory), vault._key)  # noqa: SLF001
    except (VidneError, sqlcipher3.Error, OSError):
        return  # not provably rolled back: the next unlock decides with the key files
    probe.close()
    with contextlib.suppress(OSError):
        pending_path(vault.directory).unlink()


def publish(vault: Vault, conn: Connection, staged: KeyFile) -> KeyFile:
    """Step 4, under the key file lock: the new key file becomes the live one, with the log's
    anchor as it is now, and the state record is sealed under the new key. Written from
    memory, not renamed, so a ``.new`` removed by another process's unlock does not matter."""
    try:
        with locked(vault.directory):
            return _publish(vault, conn, staged)
    except file_lock.LockTimeout:
        # A process stuck while holding the lock must not stop a change whose rekey is done.
        return _publish(vault, conn, staged)


def _publish(vault: Vault, conn: Connection, staged: KeyFile) -> KeyFile:
    now = anchor.sealed_for_new_key(vault, conn)
    data_key = vault._key  # noqa: SLF001 - the new data key, set in step 3
    live = staged.resealed(data_key, anchor=now.to_bytes()) if now is not None else staged
    live.write(Vault.key_path(vault.directory))
    return live
