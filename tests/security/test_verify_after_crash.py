"""A crash after a passphrase change, while another connection was reading, must not make a
whole vault look damaged.

The change re-encrypts every page in one transaction; the checkpoint that moves those pages
from the write-ahead log into the database file cannot run while another connection reads
(the GUI open beside ``vidne passwd``), and a crash before a later checkpoint leaves them in
the log. The data is whole and readable; SQLCipher's page check reads only the file, where
the pages are still under the old key, and reported every one as "HMAC verification failed".
The integrity check (``vidne verify``) now folds the log into the file first.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vidne.app.episodes.store import EpisodeStore
from vidne.app.vault import integrity
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env
from tests.security.test_passwd_revokes import add_episode

NEW = "a new and rather long passphrase"
ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os, signal, sys
from pathlib import Path
from vidne.app.vault import rekey
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault
rekey.CHECKPOINT_TRIES = 1  # the reader below holds it off: one busy wait is enough
FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # as tests/conftest.py
home, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault, reader = Vault.open(home, old), Vault.open(home, old)
with reader.read() as conn:  # another connection holds a read snapshot meanwhile
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM episodes").fetchone()
    vault.change_passphrase(new, FAST_KDF)
    assert Path(str(home / "vidne.db") + "-wal").stat().st_size > 0  # the pages wait there
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_verify_after_a_crash_with_the_rekeyed_pages_still_in_the_log(
    vault_dir: Path, tmp_path: Path
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        for text in ("first", "second", "third"):
            add_episode(vault, text)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_dir), PASSPHRASE, NEW],
        capture_output=True,
        text=True,
        env=cli_env(tmp_path),
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    with Vault.open(vault_dir, NEW) as vault:
        report = integrity.check(vault)
        assert report.problem is None, report.problem
        assert sorted(e.description for e in EpisodeStore(vault).list()) == [
            "first",
            "second",
            "third",
        ]
