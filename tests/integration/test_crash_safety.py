"""The short form of bench/stress.py: SIGKILL at random moments, then verify and count."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import stress  # noqa: E402


def test_eight_sigkills_lose_nothing_committed(tmp_path: Path) -> None:
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "stress.py"),
            "--kills",
            "8",
            "--seed",
            "2026",
            "--dir",
            str(tmp_path / "vault"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    summary = r.stdout.strip().splitlines()[-1]
    assert "8 SIGKILLs" in summary and "problems found: 0" in summary
    assert "acknowledged commits (" in summary
    print(summary)


def test_the_checker_notices_a_lost_commit(tmp_path: Path) -> None:
    """Negative control: an acknowledged episode that is gone is reported."""
    directory = tmp_path / "vault"
    with Vault.create(directory, stress.PASSPHRASES[0], stress.FAST_KDF) as vault:
        kept = EpisodeStore(vault).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00",
                channel="sms",
                severity=2,
                description="kept",
            )
        )
    expected = stress.Expected()
    expected.apply(["T", "episode", "x"], ["A", str(kept.id), "kept"])
    assert stress.check(directory, expected) == []
    expected.apply(["T", "episode", "y"], ["A", "999", "acknowledged but missing"])
    expected.apply(["T", "capture", "z"], ["A", "5", "0" * 64])
    problems = stress.check(directory, expected)
    assert any("episode 999" in p for p in problems)
    assert any("capture 5" in p for p in problems)
    expected.passphrase = {1}
    assert any("opened with passphrase 0" in p for p in stress.check(directory, expected))
