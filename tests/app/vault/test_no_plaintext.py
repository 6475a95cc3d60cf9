"""The database and key file hold no plaintext: a marker written in episodes appears nowhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, scan_for

ROOT = Path(__file__).resolve().parents[3]
MARKER = "VIDNE-MARKØR-7f3a9c"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("latin-1", "ignore")]


def test_store_writes_no_plaintext(tmp_path: Path) -> None:
    data, temp = tmp_path / "data", tmp_path / "tmp"
    temp.mkdir()
    with Vault.create(data, PASSPHRASE, FAST_KDF) as vault:
        store = EpisodeStore(vault)
        for i in range(50):
            ep = store.add(
                Episode(
                    description=f"{MARKER} {i} " + "lang tekst " * 200,
                    sender=f"{MARKER}-afsender",
                    severity=3,
                )
            )
        ep.description = f"{MARKER} rettet"
        store.update(ep)
        store.delete(ep.id or 0)
    assert (data / "vidne.db").stat().st_size > 100_000
    for needle in encodings(MARKER) + [b"SQLite format 3"]:
        assert scan_for(needle, data, temp) == []


def test_cli_session_leaves_no_plaintext_in_data_or_temp(tmp_path: Path) -> None:
    data, temp = tmp_path / "data", tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "VIDNE_DATA_DIR": str(data)}
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "vidne.ui.main", *a],
        input=PASSPHRASE + "\n",
        text=True,
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
    )
    run("init", "--passphrase-stdin")
    for i in range(3):
        run(
            "add",
            "--channel",
            "sms",
            "--severity",
            "2",
            "--sender",
            MARKER,
            "--description",
            f"{MARKER} {i}",
            "--passphrase-stdin",
        )
    for needle in encodings(MARKER):
        assert scan_for(needle, data, temp) == []
