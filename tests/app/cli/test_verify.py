"""`vidne verify` names the first broken link when a new-style row is altered behind its back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def verify(data: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "vidne.app.cli.main",
            "verify",
            "--data-dir",
            str(data),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def test_verify_detects_an_altered_witness_list(tmp_path: Path) -> None:
    data = tmp_path / "v"
    with Vault.create(data, PASSPHRASE, FAST_KDF) as v:
        sender = SenderStore(v).add(Sender(name="Jens", relation="student"))
        EpisodeStore(v).add(
            Episode(
                description="første",
                sender_id=sender.id,
                witnesses=[{"name": "Åse", "role": "", "contact": ""}],
            )
        )
        EpisodeStore(v).add(Episode(description="anden"))
    r = verify(data)
    assert r.returncode == 0 and r.stdout.startswith("OK: 3 records"), r.stdout + r.stderr
    with Vault.open(data, PASSPHRASE) as v, v.transaction() as tx:
        tx.execute("UPDATE episodes SET witnesses = '[]' WHERE id = 1")
    r = verify(data)
    assert r.returncode == 3
    assert "chain entry 2 (revision 1)" in r.stdout and "altered" in r.stdout
