"""``vidne restore``: verifies first, refuses to overwrite without --force, keeps the old vault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault import backup
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, file_hashes

ROOT = Path(__file__).resolve().parents[3]


def vidne(*args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def make_vault(directory: Path, description: str) -> None:
    with Vault.create(directory, PASSPHRASE, FAST_KDF) as vault:
        EpisodeStore(vault).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="sms",
                sender="s",
                severity=3,
                description=description,
            )
        )


@pytest.fixture
def made_backup(tmp_path: Path) -> Path:
    make_vault(tmp_path / "source", "from the backup")
    r = vidne(
        "backup",
        "--data-dir",
        str(tmp_path / "source"),
        "--out",
        str(tmp_path / "b.vidnebackup"),
        "--passphrase-stdin",
    )
    assert r.returncode == 0, r.stderr
    return tmp_path / "b.vidnebackup"


def descriptions(directory: Path) -> list[str]:
    with Vault.open(directory, PASSPHRASE) as vault:
        return [e.description for e in EpisodeStore(vault).list()]


def test_restore_into_a_new_data_dir(made_backup: Path, tmp_path: Path) -> None:
    r = vidne(
        "restore", str(made_backup), "--data-dir", str(tmp_path / "new"), "--passphrase-stdin"
    )
    assert r.returncode == 0, r.stderr
    assert "Restored 1 records" in r.stdout
    assert descriptions(tmp_path / "new") == ["from the backup"]
    # the vault and the lock file that serialises writes of its key file; nothing staged
    found = sorted(p.name for p in (tmp_path / "new").iterdir())
    assert found == ["vidne.db", "vidne.key", "vidne.key.lock"]


def test_restore_refuses_to_overwrite_without_force(made_backup: Path, tmp_path: Path) -> None:
    make_vault(tmp_path / "current", "the current vault")
    before = file_hashes(tmp_path / "current")
    r = vidne(
        "restore", str(made_backup), "--data-dir", str(tmp_path / "current"), "--passphrase-stdin"
    )
    assert r.returncode == 1
    assert "--force" in r.stderr and "Traceback" not in r.stderr
    assert file_hashes(tmp_path / "current") == before


def test_restore_with_force_keeps_the_replaced_vault_aside(
    made_backup: Path, tmp_path: Path
) -> None:
    current = tmp_path / "current"
    make_vault(current, "the current vault")
    before = {k: v for k, v in file_hashes(current).items() if k in ("vidne.db", "vidne.key")}
    r = vidne(
        "restore", str(made_backup), "--data-dir", str(current), "--force", "--passphrase-stdin"
    )
    assert r.returncode == 0, r.stderr
    assert descriptions(current) == ["from the backup"]
    (aside,) = current.glob("replaced-*")
    assert str(aside) in r.stdout
    kept = {k: v for k, v in file_hashes(aside).items() if k in ("vidne.db", "vidne.key")}
    assert kept == before
    assert descriptions(aside) == ["the current vault"]


@pytest.mark.parametrize("damage", ["wrong passphrase", "truncated", "not a backup"])
def test_a_bad_backup_changes_nothing(made_backup: Path, tmp_path: Path, damage: str) -> None:
    current = tmp_path / "current"
    make_vault(current, "the current vault")
    before = file_hashes(current)
    source, stdin = made_backup, PASSPHRASE + "\n"
    if damage == "wrong passphrase":
        stdin = "helt forkert kodeord\n"
    elif damage == "truncated":
        source = tmp_path / "cut.vidnebackup"
        source.write_bytes(made_backup.read_bytes()[:5000])
    else:
        source = tmp_path / "photo.vidnebackup"
        source.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    r = vidne(
        "restore",
        str(source),
        "--data-dir",
        str(current),
        "--force",
        "--passphrase-stdin",
        stdin=stdin,
    )
    assert r.returncode == 1
    assert r.stderr.startswith("vidne: ") and "Traceback" not in r.stderr
    assert file_hashes(current) == before
    assert descriptions(current) == ["the current vault"]


def test_restore_of_a_damaged_database_is_refused_before_switching(tmp_path: Path) -> None:
    """A backup whose database was damaged before packing fails the integrity check."""
    make_vault(tmp_path / "source", "x")
    with Vault.open(tmp_path / "source", PASSPHRASE) as vault:
        out = backup.create(vault, tmp_path / "b.vidnebackup")
    import zipfile

    with zipfile.ZipFile(out) as zf:
        db = bytearray(zf.read("vidne.db"))
        key = zf.read("vidne.key")
        manifest = zf.read("manifest.json").decode()
    db[8192 + 100] ^= 0xFF  # a page in the middle: the HMAC no longer matches
    import hashlib
    import json

    doc = json.loads(manifest)
    doc["files"]["vidne.db"] = hashlib.sha256(db).hexdigest()  # re-signed by an attacker
    forged = tmp_path / "forged.vidnebackup"
    with zipfile.ZipFile(forged, "w") as zf:
        zf.writestr("manifest.json", json.dumps(doc))
        zf.writestr("vidne.db", bytes(db))
        zf.writestr("vidne.key", key)
    r = vidne("restore", str(forged), "--data-dir", str(tmp_path / "new"), "--passphrase-stdin")
    assert r.returncode == 1, r.stdout
    assert not (tmp_path / "new" / "vidne.db").exists()


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
def test_an_interrupted_restore_loses_nothing_and_can_be_run_again(
    made_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    """Die at the n-th rename of the switch (old db, old key, new db, new key): every file of
    the old vault is still under the data dir, and running the restore again finishes it with
    the old vault complete in one replaced-… folder."""
    current = tmp_path / "current"
    make_vault(current, "the current vault")
    old = {h for name, h in file_hashes(current).items() if name in ("vidne.db", "vidne.key")}
    real_replace = os.replace
    calls = {"n": 0}

    def dying_replace(src: object, dst: object) -> None:
        # The switch's renames only (not staging, nor state files written on the way).
        if str(dst).startswith(str(current)) and ".restore-staging" not in str(dst):
            calls["n"] += 1
            if calls["n"] == fail_at:
                raise KeyboardInterrupt  # stands in for a kill: nothing after it runs
        real_replace(src, dst)  # type: ignore[arg-type]

    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        # (a context, not monkeypatch.undo(): that would also undo the isolated user dirs)
        patch.setattr(backup.os, "replace", dying_replace)
        backup.restore(made_backup, current, PASSPHRASE, force=True)
    assert old <= set(file_hashes(current).values())  # nothing of the old vault is gone
    backup.restore(made_backup, current, PASSPHRASE, force=True)  # simply run it again
    assert descriptions(current) == ["from the backup"]
    whole = [
        d
        for d in current.glob("replaced-*")
        if (d / "vidne.key").exists() and (d / "vidne.db").exists()
    ]
    assert any(descriptions(d) == ["the current vault"] for d in whole)
    assert not list(current.glob("replaced-*/.moving"))
