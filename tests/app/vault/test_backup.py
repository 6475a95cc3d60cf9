"""Backups: one encrypted file, restorable with the passphrase alone; daily rolling copies."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import BackupInvalid, WrongPassphrase
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault import backup, integrity
from vidne.app.vault.store import Vault

from tests.conftest import PASSPHRASE, scan_for

MARKER = "BACKUPMARKER-7731"


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(buf, "PNG")
    return buf.getvalue()


def fill(vault: Vault) -> tuple[int, str]:
    EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-14T18:05:00+01:00",
            channel="sms",
            sender="x",
            severity=4,
            description=MARKER,
        )
    )
    data = png_bytes()
    cid = CaptureStore(vault).add(
        NewCapture(
            original=data,
            mime="image/png",
            captured_at="2026-03-14T17:05:00.000+00:00",
            utc_offset="+01:00",
            trigger="hotkey",
        )
    )
    return cid, CaptureStore(vault).get(cid).sha256


def test_backup_is_one_encrypted_file_that_restores_with_the_passphrase_alone(
    vault: Vault, tmp_path: Path
) -> None:
    cid, sha = fill(vault)
    out = backup.create(vault, tmp_path / "out" / "my.vidnebackup")
    assert zipfile.ZipFile(out).namelist() == ["manifest.json", "vidne.db", "vidne.key"]
    assert scan_for(MARKER.encode(), out.parent) == []
    assert scan_for(b"\x89PNG", out.parent) == []
    assert [p.name for p in out.parent.iterdir()] == ["my.vidnebackup"]  # no temp files left
    vault.lock()

    target = tmp_path / "elsewhere"
    info, aside = backup.restore(out, target, PASSPHRASE)
    assert aside is None and info.records == 2
    with Vault.open(target, PASSPHRASE) as restored:
        assert [e.description for e in EpisodeStore(restored).list()] == [MARKER]
        assert CaptureStore(restored).get(cid).sha256 == sha
        assert integrity.check(restored).problem is None


def test_backup_is_a_consistent_snapshot_of_committed_data_only(
    vault: Vault, tmp_path: Path
) -> None:
    fill(vault)
    out = backup.create(vault, tmp_path / "a.vidnebackup")
    EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-15T10:00:00+01:00",
            channel="email",
            sender="y",
            severity=2,
            description="after the backup",
        )
    )
    info = backup.verify(out, PASSPHRASE, tmp_path)
    assert info.records == 2  # the later episode is not in it
    assert not list(tmp_path.glob(".restore-staging*"))


def test_verify_rejects_a_wrong_passphrase_and_a_damaged_backup(
    vault: Vault, tmp_path: Path
) -> None:
    fill(vault)
    out = backup.create(vault, tmp_path / "a.vidnebackup")
    with pytest.raises(WrongPassphrase):
        backup.verify(out, "not the passphrase at all", tmp_path)
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        offset = zf.getinfo("vidne.db").header_offset + 2000
    raw[offset] ^= 0x40
    bad = tmp_path / "bad.vidnebackup"
    bad.write_bytes(bytes(raw))
    with pytest.raises(BackupInvalid):  # the ZIP CRC or the manifest hash catches it
        backup.verify(bad, PASSPHRASE, tmp_path)
    (tmp_path / "half.vidnebackup").write_bytes(bytes(raw[: len(raw) // 2]))
    with pytest.raises(BackupInvalid):
        backup.verify(tmp_path / "half.vidnebackup", PASSPHRASE, tmp_path)


def test_automatic_backups_are_daily_and_keep_the_last_seven(vault: Vault) -> None:
    fill(vault)
    start = datetime(2026, 3, 1, 9, 30)
    made = []
    for day in range(10):
        made.append(backup.auto_backup(vault, now=start + timedelta(days=day)))
        assert backup.auto_backup(vault, now=start + timedelta(days=day, hours=3)) is None
    kept = backup.rolling(vault.directory)
    assert [p.name for p in kept] == [p.name for p in made[-7:] if p is not None]
    assert kept[0].name == "vidne-20260304-093000.vidnebackup"
    info = backup.verify(kept[-1], PASSPHRASE, vault.directory)
    assert info.records == 2
