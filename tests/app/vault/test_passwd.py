"""Changing the passphrase: a new data key, atomically; old or new always opens, never both."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vidne.app import atomic
from vidne.app.errors import DatabaseCorrupt, WrongPassphrase
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, file_hashes

ROOT = Path(__file__).resolve().parents[3]
NEW = "et helt nyt og langt kodeord"


def env() -> dict[str, str]:
    e = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    e.pop("DISPLAY", None)
    return e


def vidne(*args: str, stdin: str) -> subprocess.Popen[bytes]:
    """Started in the background (to be killed); output discarded."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "vidne.ui.main", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env(),
        cwd=ROOT,
    )
    assert proc.stdin is not None
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    return proc


def run(*args: str, stdin: str) -> tuple[int, str, str]:
    r = subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=120,
    )
    return r.returncode, r.stdout, r.stderr


def opens_with(directory: Path) -> list[str]:
    works = []
    for secret in (PASSPHRASE, NEW):
        try:
            Vault.open(directory, secret).lock()
            works.append(secret)
        except (WrongPassphrase, DatabaseCorrupt):  # an old key file: "does not belong"
            pass
    return works


def test_passwd_gives_the_vault_a_new_key_and_says_what_it_cannot_reach(vault: Vault) -> None:
    directory = vault.directory
    vault.set_meta("marker", "kept")
    vault.lock()
    before = file_hashes(directory)
    old_keyfile = (directory / "vidne.key").read_bytes()
    code, out, err = run("passwd", "--data-dir", str(directory), stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert code == 0, err
    assert "Passphrase changed" in out
    assert "still open with the old passphrase" in out  # the user's own copies
    after = file_hashes(directory)
    assert after["vidne.key"] != before["vidne.key"]
    assert after["vidne.db"] != before["vidne.db"]  # re-encrypted under a new data key
    assert opens_with(directory) == [NEW]
    with Vault.open(directory, NEW) as v:
        assert v.meta("marker") == "kept"
    (directory / "vidne.key").write_bytes(old_keyfile)  # an old key file put back
    assert opens_with(directory) == []


@pytest.mark.parametrize(
    "stdin, expected",
    [
        ("wrong old passphrase\n" + NEW + "\n", "passphrase is wrong"),
        (PASSPHRASE + "\nshort\n", "at least"),
        (PASSPHRASE + "\n" + PASSPHRASE + "\n", "same as the old"),
        (PASSPHRASE + "\n", "standard input"),
    ],
)
def test_passwd_refusals_leave_every_file_unchanged(
    vault: Vault, stdin: str, expected: str
) -> None:
    directory = vault.directory
    vault.lock()
    before = file_hashes(directory)
    code, _, err = run("passwd", "--data-dir", str(directory), stdin=stdin)
    assert code == 1 and expected in err and "Traceback" not in err
    assert file_hashes(directory) == before
    assert opens_with(directory) == [PASSPHRASE]


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_a_crash_at_each_step_of_the_key_file_write_leaves_the_old_passphrase(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """Deterministic: die inside write_atomic before/at each system call."""

    class Killed(BaseException):
        pass

    def die(*_a: object, **_k: object) -> None:
        raise Killed()

    target = {"write": "write", "fsync": "fsync", "replace": "replace"}[step]
    with monkeypatch.context() as patch, pytest.raises(Killed):
        # (a context, not monkeypatch.undo(): that would also undo the isolated user dirs)
        patch.setattr(atomic.os, target, die)
        vault.change_passphrase(NEW, FAST_KDF)
    vault.lock()
    assert opens_with(vault.directory) == [PASSPHRASE]


def test_sigkill_at_random_instants_never_locks_the_user_out(vault: Vault) -> None:
    """Kill ``vidne passwd`` at random moments across its whole run; old or new always opens."""
    directory = vault.directory
    vault.lock()
    t0 = time.monotonic()
    code, _, err = run("passwd", "--data-dir", str(directory), stdin=f"{PASSPHRASE}\n{NEW}\n")
    duration = time.monotonic() - t0
    assert code == 0, err
    current, other = NEW, PASSPHRASE
    rng = random.Random(6)
    outcomes = {"old": 0, "new": 0}
    for _ in range(12):
        proc = vidne("passwd", "--data-dir", str(directory), stdin=f"{current}\n{other}\n")
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        works = opens_with(directory)
        assert len(works) == 1, works  # exactly one: never neither
        if works[0] == current:
            outcomes["old"] += 1
        else:
            outcomes["new"] += 1
            current, other = other, current
    print(f"passwd kills: {outcomes}")
