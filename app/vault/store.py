"""The vault: one SQLCipher database plus its key file in one data directory.

Open with :meth:`Vault.create` or :meth:`Vault.open`; :meth:`Vault.lock` closes the database and
overwrites the data key in memory. All access goes through :meth:`Vault.transaction` (writes) and
:meth:`Vault.read` (reads), serialised by one lock so a worker thread can own the I/O.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nacl.public
import sqlcipher3
from vidne.app.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    DiskFull,
    KeyFileCorrupt,
    KeyFileMissing,
    KeyFileTampered,
    UseNewPassphrase,
    UseOldPassphrase,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from vidne.app.paths import DB_NAME, INBOX_DIR, KEY_NAME
from vidne.app.vault import anchor, local_trust, migrations, permissions, throttle
from vidne.app.vault.keyfile import KdfParams, KeyFile
from vidne.app.vault.unlock import pending_path, settle, unlock

Connection = Any  # sqlcipher3.Connection has no usable stub


def connect(db_path: Path, data_key: bytes | bytearray) -> Connection:
    """Open *db_path* with the raw 256-bit key and Vidne's pragmas; raises DatabaseCorrupt."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlcipher3.Row
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # every COMMIT is fsynced (see anchor.py)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if disk_error(exc):  # e.g. no room for the WAL file: not a damaged database
            raise DiskFull(str(db_path)) from None
        raise DatabaseCorrupt(str(exc)) from None
    return conn


def disk_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC)


class Vault:
    """An unlocked vault. Use as a context manager or call :meth:`lock` when done."""

    def __init__(
        self,
        directory: Path,
        conn: Connection,
        data_key: bytearray,
        keyfile: KeyFile | None = None,
    ) -> None:
        self.directory = directory
        self._conn: Connection | None = conn
        self._key = data_key
        self._lock = threading.RLock()
        # The key file as authenticated at unlock (or as last written by this vault), and
        # what was found changed in it outside Vidne, if anything (shown at unlock, verify).
        self.keyfile = keyfile
        self.keyfile_warning: KeyFileTampered | None = None
        # How far the log was recorded outside the database, and what it lacks (anchor.py).
        self.anchored: anchor.Anchor | None = None
        self.loss: anchor.Loss | None = None

    # --- paths -----------------------------------------------------------------------------
    @staticmethod
    def db_path(directory: Path) -> Path:
        return directory / DB_NAME

    @staticmethod
    def key_path(directory: Path) -> Path:
        return directory / KEY_NAME

    @staticmethod
    def exists(directory: Path) -> bool:
        return (directory / DB_NAME).exists() or (directory / KEY_NAME).exists()

    # --- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path, passphrase: str, kdf: KdfParams | None = None) -> Vault:
        """Make a new vault; refuses (VaultExists) if either file is already there."""
        if cls.exists(directory):
            raise VaultExists(str(directory))
        try:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            (directory / INBOX_DIR).mkdir(exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DiskFull(str(exc)) if disk_error(exc) else exc from None
        data_key = bytearray(os.urandom(32))
        inbox_key = nacl.public.PrivateKey.generate()
        public_key = bytes(inbox_key.public_key)
        keyfile = KeyFile.wrap(data_key, passphrase, kdf or KdfParams(), public_key)
        conn = connect(cls.db_path(directory), data_key)
        permissions.tighten(directory)  # SQLite made the files with the umask; still empty
        vault = cls(directory, conn, data_key, keyfile)
        try:
            migrations.upgrade(conn)
            with vault.transaction() as tx:
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (os.urandom(16).hex(),)
                )
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('inbox_private_key', ?)",
                    (bytes(inbox_key),),
                )
            keyfile.write(cls.key_path(directory))
            local_trust.trust_inbox_keys(directory, [public_key])
        except BaseException:
            vault.lock()
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                with contextlib.suppress(OSError):
                    (directory / name).unlink()
            raise
        return vault

    @classmethod
    def open(cls, directory: Path, passphrase: str, remember: bool = True) -> Vault:
        """Unlock: WrongPassphrase leaves every file untouched and slows the next try.

        A damaged key file (KeyFileCorrupt) is refused before the passphrase is tried and does
        not count as an attempt. A key file changed outside Vidne is put right once open, and
        ``keyfile_warning`` says what was found. *remember* (False for a backup being checked
        in a staging folder) records the authenticated inbox key for ``vidne capture``.
        """
        key_path, db_path = cls.key_path(directory), cls.db_path(directory)
        if not key_path.exists() and not db_path.exists():
            raise VaultMissing(str(directory))
        permissions.tighten_vault(directory)  # 0600/0700 before anything is read
        if not key_path.exists():
            raise KeyFileMissing()
        keyfile = KeyFile.read(key_path)  # read once; everything below uses this copy
        if not db_path.exists():
            raise DatabaseMissing()
        _check_header(db_path)
        throttle.wait_before_attempt(directory)
        try:
            opened = unlock(directory, keyfile, passphrase, connect)
        except (UseNewPassphrase, UseOldPassphrase):
            raise  # the passphrase was one of the user's: not a guess
        except WrongPassphrase:
            throttle.record_failure(directory)
            raise
        throttle.record_success(directory)
        conn = opened.conn
        vault = cls(directory, conn, opened.data_key)
        try:
            migrations.upgrade(conn)
            try:
                vault.keyfile, vault.keyfile_warning = settle(
                    vault, opened.keyfile, passphrase, remember
                )
            except sqlcipher3.DatabaseError as exc:  # e.g. the page holding meta is damaged
                raise DatabaseCorrupt(str(exc)) from None
            if opened.finished_change and remember:
                vault._finish_change()
            anchor.opened(vault)
        except BaseException:
            vault.lock()
            raise
        return vault

    def lock(self) -> None:
        """Close the database and overwrite the data key in memory."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._conn.close()
                self._conn = None
            for i in range(len(self._key)):
                self._key[i] = 0

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # --- access ----------------------------------------------------------------------------
    def _require(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error)."""
        with self._lock:
            conn = self._require()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.Error) and disk_error(exc):
                    raise DiskFull(str(exc)) from None
                raise
            self.anchored = anchor.after_commit(self, conn, self.anchored)

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock:
            yield self._require()

    def meta(self, key: str) -> Any:
        with self.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def change_passphrase(
        self, new_passphrase: str, kdf: KdfParams | None = None, old_passphrase: str | None = None
    ) -> None:
        """A new data key and inbox key pair under *new_passphrase* (see :mod:`.rekey`): old
        key files no longer open the vault. *old_passphrase*, if given, is checked first."""
        from vidne.app.vault import rekey  # it uses backups, which use this module

        rekey.change(self, new_passphrase, kdf, old_passphrase)

    def _finish_change(self) -> None:
        """A passphrase change stopped before its last step: replace the automatic backups."""
        from vidne.app.vault import backup  # it uses this module

        with contextlib.suppress(OSError, DiskFull):  # the unlock itself has succeeded
            backup.replace_rolling(self)

    # --- the key file's anchor (see anchor.py) ---------------------------------------------
    def keyfile_anchor(self) -> bytes:
        """The anchor bytes of the key file, as authenticated by this vault."""
        return self.keyfile.anchor if self.keyfile is not None else b""

    def write_keyfile_anchor(self, anchor_bytes: bytes) -> bool:
        """Rewrite the key file with *anchor_bytes*; needs no passphrase (the key file's MAC is
        keyed from the data key). False, writing nothing, when the key file on disk is not one
        this vault can vouch for (changed outside Vidne, or by a passphrase change elsewhere).
        """
        with self._lock:
            self._require()
            current = self._keyfile_on_disk()
            if current is None:
                return False
            updated = current.resealed(self._key, anchor=anchor_bytes)
            updated.write(self.key_path(self.directory))
            self.keyfile = updated
            return True

    def _keyfile_on_disk(self) -> KeyFile | None:
        """The live key file, or the staged one of a passphrase change, if authentic."""
        for path in (self.key_path(self.directory), pending_path(self.directory)):
            try:
                candidate = KeyFile.read(path)
            except (KeyFileMissing, KeyFileCorrupt):
                continue
            if candidate.authentic(self._key):
                return candidate
        return None


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_header(db_path: Path) -> None:
    """A plaintext SQLite file or an empty file is not a Vidne vault: refuse before opening."""
    try:
        with db_path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseCorrupt(exc.strerror or str(exc)) from None
    if len(head) < 16 or head == SQLITE_HEADER:
        raise DatabaseCorrupt("not an encrypted Vidne database")
