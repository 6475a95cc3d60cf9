"""A full disk: every write fails with a clear message and nothing already saved is damaged.

The test makes a 3 MB tmpfs (needs root, as in CI); elsewhere it is skipped with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import DiskFull
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault import backup, integrity
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NEW = "et andet langt kodeord 2026"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a size-limited tmpfs")
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def blob(n: int, size: int = 256 * 1024) -> NewCapture:
    return NewCapture(
        original=os.urandom(size),
        mime="image/png",
        captured_at=f"2026-03-14T17:{n % 60:02d}:00.000+00:00",
        utc_offset="+01:00",
        trigger="test",
    )


def fill_until_full(vault: Vault) -> tuple[list[int], DiskFull]:
    """Add captures until one fails, then smaller ones, so that almost no room is left."""
    stored: list[int] = []
    first: DiskFull | None = None
    for size in (256 * 1024, 32 * 1024, 4 * 1024):
        for n in range(100):
            try:
                stored.append(CaptureStore(vault).add(blob(n, size)))
            except DiskFull as exc:
                first = first or exc
                break
    assert first is not None, "the disk never filled up"
    return stored, first


def test_writes_fail_clearly_and_nothing_is_corrupted(small_disk: Path) -> None:
    directory = small_disk / "vault"
    vault = Vault.create(directory, PASSPHRASE, FAST_KDF)
    episode = EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-14T18:05:00+01:00", channel="sms", severity=4, description="saved"
        )
    )
    stored, exc = fill_until_full(vault)
    assert stored, "at least one capture fits before the disk is full"
    assert "disk is full" in exc.message()
    with pytest.raises(DiskFull):
        EpisodeStore(vault).add(
            Episode(
                occurred_at="2026-03-14T19:00:00+01:00",
                channel="sms",
                severity=1,
                description="x" * 400_000,
            )
        )
    with pytest.raises(DiskFull):
        backup.create(vault, small_disk / "b.vidnebackup")
    assert not [p for p in small_disk.iterdir() if p.name != "vault"]  # no half backup left
    with pytest.raises(DiskFull):  # the key file cannot be rewritten either…
        vault.change_passphrase(NEW, FAST_KDF)
    vault.lock()

    with Vault.open(directory, PASSPHRASE) as reopened:  # …so the old passphrase still works
        assert integrity.check(reopened).problem is None
        assert EpisodeStore(reopened).get(episode.id or 0).description == "saved"
        assert sorted(c.id for c in CaptureStore(reopened).all()) == stored


def test_the_cli_says_the_disk_is_full(small_disk: Path) -> None:
    directory = small_disk / "vault"
    with Vault.create(directory, PASSPHRASE, FAST_KDF) as vault:
        fill_until_full(vault)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "vidne.ui.main",
            "add",
            "--data-dir",
            str(directory),
            "--channel",
            "sms",
            "--severity",
            "2",
            "--description",
            "y" * 60_000,
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 1
    assert "disk is full" in r.stderr and "Traceback" not in r.stderr
    with Vault.open(directory, PASSPHRASE) as reopened:
        assert integrity.check(reopened).problem is None
