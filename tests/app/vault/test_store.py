"""The vault: create, unlock, wrong passphrase, damaged files, lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from vidne.app.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    KeyFileCorrupt,
    KeyFileMissing,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from vidne.app.vault import throttle
from vidne.app.vault.keyfile import KeyFile
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, file_hashes


def test_create_then_unlock_sees_the_same_data(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        v.set_meta("profile_name", "Hanne Sørensen")
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert v.meta("profile_name") == "Hanne Sørensen"
        with v.read() as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
            assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


def test_database_is_not_readable_without_the_key(vault: Vault, vault_dir: Path) -> None:
    vault.set_meta("marker", "HEMMELIG-MARKØR")
    vault.lock()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault_dir / "vidne.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_changes_no_file(vault: Vault, vault_dir: Path) -> None:
    vault.set_meta("x", "y")
    vault.lock()
    before = file_hashes(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not the passphrase")
    assert file_hashes(vault_dir) == before


def test_repeated_failures_slow_down_and_success_resets(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    for _ in range(throttle.FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "guess")
    assert throttle.failures(vault_dir) == throttle.FREE_ATTEMPTS
    assert throttle.delay_for(throttle.failures(vault_dir)) == 1.0
    assert throttle.delay_for(throttle.FREE_ATTEMPTS + 10) == throttle.MAX_DELAY
    Vault.open(vault_dir, PASSPHRASE).lock()
    assert throttle.failures(vault_dir) == 0
    assert (vault_dir / "vidne.db").exists()


def test_create_refuses_to_overwrite(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    before = file_hashes(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another passphrase", FAST_KDF)
    assert file_hashes(vault_dir) == before


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_missing_key_file_and_missing_database_are_distinct(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    key = (vault_dir / "vidne.key").read_bytes()
    (vault_dir / "vidne.key").unlink()
    with pytest.raises(KeyFileMissing):
        Vault.open(vault_dir, PASSPHRASE)
    (vault_dir / "vidne.key").write_bytes(key)
    (vault_dir / "vidne.db").rename(vault_dir / "elsewhere.db")
    with pytest.raises(DatabaseMissing):
        Vault.open(vault_dir, PASSPHRASE)
    assert not (vault_dir / "vidne.db").exists()  # nothing created in its place


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b'{"format": "something-else"}',
        b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
        b"x" * 100_000,
    ],
)
def test_corrupt_or_foreign_key_file(vault: Vault, vault_dir: Path, content: bytes) -> None:
    vault.lock()
    (vault_dir / "vidne.key").write_bytes(content)
    before = file_hashes(vault_dir)
    with pytest.raises(KeyFileCorrupt):
        Vault.open(vault_dir, PASSPHRASE)
    assert file_hashes(vault_dir) == before


def test_truncated_key_file(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    raw = (vault_dir / "vidne.key").read_bytes()
    (vault_dir / "vidne.key").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(KeyFileCorrupt):
        Vault.open(vault_dir, PASSPHRASE)


def test_database_from_another_vault_is_refused(tmp_path: Path) -> None:
    Vault.create(tmp_path / "a", PASSPHRASE, FAST_KDF).lock()
    Vault.create(tmp_path / "b", PASSPHRASE, FAST_KDF).lock()
    (tmp_path / "b" / "vidne.db").write_bytes((tmp_path / "a" / "vidne.db").read_bytes())
    before = file_hashes(tmp_path / "b")
    with pytest.raises(DatabaseCorrupt):
        Vault.open(tmp_path / "b", PASSPHRASE)
    assert file_hashes(tmp_path / "b") == before


def test_plain_sqlite_file_is_refused(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    db = vault_dir / "vidne.db"
    db.unlink()
    sqlite3.connect(db).execute("CREATE TABLE t (x)")
    with pytest.raises(DatabaseCorrupt):
        Vault.open(vault_dir, PASSPHRASE)


def test_flipped_byte_in_database_is_reported(vault: Vault, vault_dir: Path) -> None:
    vault.set_meta("note", "x" * 5000)
    with vault.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    db = vault_dir / "vidne.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF  # inside the first page: HMAC check fails
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        Vault.open(vault_dir, PASSPHRASE)


def test_lock_drops_the_key_and_closes(vault: Vault) -> None:
    key_ref = vault._key
    vault.lock()
    assert not vault.is_open
    assert bytes(key_ref) == bytes(32)
    with pytest.raises(VaultLocked):
        vault.meta("x")


def test_change_passphrase_gives_a_new_data_key_and_inbox_key(
    vault: Vault, vault_dir: Path
) -> None:
    vault.set_meta("x", "kept")
    with vault.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = (vault_dir / "vidne.db").read_bytes()
    old_key = KeyFile.read(vault_dir / "vidne.key")
    old_data_key = bytes(vault._key)
    vault.change_passphrase("en helt ny passphrase", FAST_KDF.fresh())
    assert bytes(vault._key) != old_data_key
    assert vault.meta("x") == "kept"  # the open vault goes on working
    vault.lock()
    assert (vault_dir / "vidne.db").read_bytes() != db_before
    assert KeyFile.read(vault_dir / "vidne.key").inbox_public_key != old_key.inbox_public_key
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, "en helt ny passphrase") as v:
        assert v.meta("x") == "kept"


def test_kdf_parameters_are_stored_beside_the_salt(vault: Vault, vault_dir: Path) -> None:
    kf = KeyFile.read(vault_dir / "vidne.key")
    assert (kf.kdf.time_cost, kf.kdf.memory_cost, kf.kdf.parallelism) == (1, 8192, 1)
    assert len(kf.kdf.salt) == 16
