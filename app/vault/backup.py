"""Backups: one file that holds a consistent encrypted snapshot of the vault and its key file.

A backup is a ZIP (stored, not compressed: the content is ciphertext) with three members::

    manifest.json   {"format": "vidne-backup", "version": 1, "created_at": …,
                     "files": {"vidne.db": sha256, "vidne.key": sha256},
                     "log": {"entries": …, "head": …, "at": …}}  (the chain it holds)
    vidne.db        a SQLCipher copy made with SQLite's online backup API, keyed with the
                    same raw data key, so it is encrypted exactly like the vault
    vidne.key       the key file as it was (the data key wrapped by the passphrase)

Nothing in it is plaintext user data, and the passphrase alone restores it. A restore verifies
the backup completely (hashes, unwrap with the passphrase, open, integrity checks, hash chain)
in a staging folder inside the data directory *before* touching the vault; the replaced vault
is moved aside to ``replaced-YYYYmmdd-HHMMSS/``, never deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from vidne.app.atomic import fsync_dir
from vidne.app.errors import BackupInvalid, DiskFull, VaultExists, VaultMissing, VidneError
from vidne.app.paths import DB_NAME, KEY_NAME
from vidne.app.vault import anchor, integrity, local_trust
from vidne.app.vault.keyfile import KeyFile
from vidne.app.vault.store import Vault, connect, disk_error
from vidne.app.vault.unlock import PENDING_NAME

FORMAT = "vidne-backup"
VERSION = 1
SUFFIX = ".vidnebackup"
BACKUPS_DIR = "backups"
KEEP = 7
STAGING = ".restore-staging"
MAX_MANIFEST = 64 * 1024
# The staged key file of a passphrase change belongs with the vault it was made for.
_VAULT_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, PENDING_NAME)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _snapshot_db(vault: Vault, target: Path) -> None:
    """Copy the live database page by page (online backup API) into *target*, same key.

    The copy is switched to rollback journal mode so that it is one self-contained file.
    """
    dest = connect(target, vault._key)  # noqa: SLF001 - the backup needs the raw data key
    try:
        with vault.read() as conn:
            conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _remove_stale_temps(out: Path) -> None:
    """Temp files left by a backup that was killed (its process is gone) are removed."""
    for stale in out.parent.glob(f".{out.name}.*tmp-*"):
        found = re.search(r"tmp-(\d+)", stale.name)
        pid = found.group(1) if found else ""
        if not pid or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                stale.unlink()
        except OSError:
            continue


def create(vault: Vault, out: Path) -> Path:
    """Write a backup of *vault* to *out* atomically (temp file, fsync, rename); returns *out*."""
    out = out.expanduser().resolve()
    with contextlib.suppress(OSError):
        _remove_stale_temps(out)
    tmp_db = out.with_name(f".{out.name}.db-tmp-{os.getpid()}")
    tmp_zip = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with vault.read() as conn:  # the key file's anchor is updated under the same lock
            _snapshot_db(vault, tmp_db)
            key_bytes = Vault.key_path(vault.directory).read_bytes()
            log = anchor.current(conn, str(vault.meta("vault_id")))
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "files": {
                DB_NAME: _sha256_file(tmp_db),
                KEY_NAME: hashlib.sha256(key_bytes).hexdigest(),
            },
            "log": {"entries": log.entries, "head": log.head, "at": log.at} if log else {},
        }
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            zf.write(tmp_db, DB_NAME)
            zf.writestr(KEY_NAME, key_bytes)
        os.chmod(tmp_zip, 0o600)
        _fsync_file(tmp_zip)
        os.replace(tmp_zip, out)
        fsync_dir(out.parent)
    except (OSError, sqlcipher3.Error) as exc:
        if disk_error(exc):
            raise DiskFull(str(out)) from None
        raise
    finally:
        for leftover in (
            tmp_zip,
            *(tmp_db.with_name(tmp_db.name + s) for s in ("", "-journal", "-wal", "-shm")),
        ):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return out


# --- reading and verifying ---------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds (shown before a restore is confirmed)."""

    path: Path
    created_at: str
    records: int
    chain_head: str
    discards: anchor.Loss | None = None  # what making it the vault in its folder leaves out


def _read_manifest(zf: zipfile.ZipFile) -> dict[str, object]:
    try:
        info = zf.getinfo("manifest.json")
        if info.file_size > MAX_MANIFEST:
            raise ValueError("manifest too large")
        doc = json.loads(zf.read(info).decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise ValueError("not a Vidne backup")
        files = doc["files"]
        if set(files) != {DB_NAME, KEY_NAME}:
            raise ValueError("unexpected members")
        return dict(doc)
    except (KeyError, ValueError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise BackupInvalid(str(exc)) from None


def unpack(backup: Path, staging: Path) -> dict[str, object]:
    """Extract the db and key file into *staging* and check their SHA-256 against the manifest."""
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest = _read_manifest(zf)
            files = manifest["files"]
            assert isinstance(files, dict)
            staging.mkdir(mode=0o700, parents=True, exist_ok=True)
            for name in (DB_NAME, KEY_NAME):
                target = staging / name
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with zf.open(name) as src, os.fdopen(fd, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                    dst.flush()
                    os.fsync(dst.fileno())
                if _sha256_file(target) != files[name]:
                    raise BackupInvalid(f"{name}: SHA-256 does not match the manifest")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupInvalid(str(exc) or "not a ZIP file") from None
    except KeyError as exc:
        raise BackupInvalid(f"missing member {exc}") from None
    except OSError as exc:
        if disk_error(exc):
            raise DiskFull(str(staging)) from None
        if isinstance(exc, FileNotFoundError) and exc.filename == str(backup):
            raise BackupInvalid(str(backup)) from None
        raise
    return manifest


def verify_staged(staging: Path, passphrase: str) -> tuple[int, str]:
    """Unwrap with the passphrase, open, run every integrity check; (records, chain head)."""
    records, head, _ = _check_staged(staging, passphrase)
    return records, head


def _check_staged(
    staging: Path, passphrase: str, home: Path | None = None, reset: bool = False
) -> tuple[int, str, anchor.Loss | None]:
    """verify_staged, plus what the backup lacks of *home*'s log; *reset* (a restore the user
    chose) makes the backup's log what *home* has seen."""
    with Vault.open(staging, passphrase, remember=False) as vault:
        report = integrity.check(vault)
        if report.problem:
            raise BackupInvalid(report.problem)
        discards = anchor.left_out(vault, home) if home is not None else None
        if reset and home is not None:
            anchor.reset(vault, home)
    return report.entries, report.head, discards


def verify(backup: Path, passphrase: str, work_dir: Path) -> BackupInfo:
    """Check a backup completely without touching any vault (staging under *work_dir*)."""
    staging = work_dir / f"{STAGING}-verify-{os.getpid()}"
    _remove_staging(staging)
    try:
        manifest = unpack(backup, staging)
        records, head, discards = _check_staged(staging, passphrase, work_dir)
    finally:
        _remove_staging(staging)
    return BackupInfo(backup, str(manifest.get("created_at", "")), records, head, discards)


def _remove_staging(staging: Path) -> None:
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)


# --- restoring ---------------------------------------------------------------------------------
MOVING = ".moving"  # inside a replaced-… folder while the old vault is being moved into it


def _aside_folder(data_dir: Path, stamp: str) -> Path:
    """The folder for the replaced vault: one left half-filled by an interrupted restore (so
    the old vault's files end up together), else a new ``replaced-<stamp>``."""
    for folder in sorted(data_dir.glob("replaced-*")):
        if (folder / MOVING).exists():
            return folder
    aside, n = data_dir / f"replaced-{stamp}", 1
    while aside.exists():
        n += 1
        aside = data_dir / f"replaced-{stamp}-{n}"
    aside.mkdir(mode=0o700)
    (aside / MOVING).touch()
    fsync_dir(data_dir)
    return aside


def _move_aside(data_dir: Path, stamp: str) -> Path | None:
    """Move the current vault files into replaced-<stamp>/; None if there was no vault."""
    present = [data_dir / n for n in _VAULT_FILES if (data_dir / n).exists()]
    if not present:
        return None
    aside = _aside_folder(data_dir, stamp)
    for path in present:
        os.replace(path, aside / path.name)
    fsync_dir(aside)
    (aside / MOVING).unlink()
    return aside


def restore(
    backup: Path, data_dir: Path, passphrase: str, force: bool = False, now: datetime | None = None
) -> tuple[BackupInfo, Path | None]:
    """Verify *backup* fully, then make it the vault in *data_dir*.

    Refuses (VaultExists) if a vault is there and *force* is not given. Returns the backup's
    info and the folder the replaced vault was moved to (None if there was none). The key file
    goes in last, so an interruption leaves the replaced vault intact in its folder.
    """
    if Vault.exists(data_dir) and not force:
        raise VaultExists(str(data_dir))
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = data_dir / STAGING
    _remove_staging(staging)
    try:
        manifest = unpack(backup, staging)
        records, head, discards = _check_staged(staging, passphrase, data_dir, reset=True)
        for leftover in (DB_NAME + "-wal", DB_NAME + "-shm"):  # closed cleanly: none needed
            with contextlib.suppress(OSError):
                (staging / leftover).unlink()
        # The staged key file as the check above left it (authenticated, then rewritten).
        inbox_key = KeyFile.read(staging / KEY_NAME).inbox_public_key
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        aside = _move_aside(data_dir, stamp)
        os.replace(staging / DB_NAME, data_dir / DB_NAME)
        os.replace(staging / KEY_NAME, data_dir / KEY_NAME)
        fsync_dir(data_dir)
        local_trust.trust_inbox_keys(data_dir, [inbox_key])  # captures while locked seal to it
    except OSError as exc:
        if disk_error(exc):
            raise DiskFull(str(data_dir)) from None
        raise
    finally:
        _remove_staging(staging)
    info = BackupInfo(backup, str(manifest.get("created_at", "")), records, head, discards)
    return info, aside


# --- automatic rolling backups -----------------------------------------------------------------
def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIR


def rolling(data_dir: Path) -> list[Path]:
    """The automatic backups, oldest first (names sort by time)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.name.startswith("vidne-") and p.name.endswith(SUFFIX)
    )


def auto_backup(vault: Vault, now: datetime | None = None, keep: int = KEEP) -> Path | None:
    """Once a day: write ``backups/vidne-YYYYmmdd-HHMMSS.vidnebackup``, keep the newest *keep*.

    Returns the new backup, or None when today's already exists. Old ones are removed only
    after the new one is safely on disk.
    """
    if not vault.is_open:
        raise VaultMissing(str(vault.directory))
    moment = now or datetime.now()
    today = moment.strftime("vidne-%Y%m%d-")
    existing = rolling(vault.directory)
    if any(p.name.startswith(today) for p in existing):
        return None
    folder = backups_dir(vault.directory)
    folder.mkdir(mode=0o700, exist_ok=True)
    made = create(vault, folder / f"{moment.strftime('vidne-%Y%m%d-%H%M%S')}{SUFFIX}")
    for old in rolling(vault.directory)[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def made_under_current_key(vault: Vault, path: Path) -> bool:
    """Whether the backup at *path* holds a key file this vault's data key authenticates."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(KEY_NAME)
            if info.file_size > MAX_MANIFEST:
                return False
            keyfile = KeyFile.from_bytes(zf.read(info))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, VidneError):
        return False
    return keyfile.authentic(vault._key)  # noqa: SLF001 - the MAC is keyed from the data key


def replace_rolling(vault: Vault, now: datetime | None = None) -> Path | None:
    """After a passphrase change: one automatic backup under the new key replaces those made
    under an older one (which would still open with the old passphrase). Nothing is made
    when there are none of those. The new one is on disk before any is removed."""
    existing = rolling(vault.directory)
    stale = [p for p in existing if not made_under_current_key(vault, p)]
    if not stale:
        return None  # none, or all made under this key already (a change finished earlier)
    moment = now or datetime.now()
    made = create(
        vault, backups_dir(vault.directory) / f"{moment.strftime('vidne-%Y%m%d-%H%M%S')}{SUFFIX}"
    )
    for old in stale:
        if old != made:
            with contextlib.suppress(OSError):
                old.unlink()
    fsync_dir(made.parent)
    return made
