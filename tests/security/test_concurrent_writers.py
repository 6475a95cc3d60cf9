"""Two Vidne processes writing the same vault at once lose none of the log's anchor (issue 12).

The window may be open while ``vidne passwd``, ``vidne capture`` or another command commits in
a second process. Every commit that extends the hash chain rewrites the key file's anchor and
the state folder's record of the log (anchor.py). Without a lock between processes the slower
writer puts back an anchor older than the one the faster just wrote: the record then claims
fewer entries than the log has, and a rollback of the newest entries would pass unseen. The
test runs the race with real processes on a real vault and watches the records as they change.
"""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import UseNewPassphrase, WrongPassphrase
from vidne.app.vault import anchor, inbox_keys, unlock
from vidne.app.vault.keyfile import KeyFile
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env
from tests.security.test_keyfile_attacks import cli
from tests.security.test_passwd_revokes import NEW

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 2
EACH = 150


def recorded_entries(home: Path, vault_id: str) -> tuple[int, int]:
    """The entry counts the key file and the state folder claim now, read as an attacker or
    a second process can (no key needed to read them; -1 while a record is not there)."""
    counts = []
    for path, pick in (
        (Vault.key_path(home), lambda d: base64.b64decode(d["anchor"])),
        (anchor.state_path(home, vault_id), lambda d: d["anchor"].encode()),
    ):
        try:
            found = anchor.Anchor.from_bytes(pick(json.loads(path.read_bytes())))
        except (OSError, ValueError, KeyError):
            found = None
        counts.append(found.entries if found is not None else -1)
    return counts[0], counts[1]


def run_writers(home: Path, tmp_path: Path, vault_id: str) -> list[str]:
    """Start the writers together; while they run, note every record that went backwards."""
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.security.commit_race_child",
                str(home),
                str(EACH),
                str(go),
            ],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(tmp_path),
            cwd=ROOT,
        )
        for _ in range(WRITERS)
    ]
    for child in children:
        assert child.stdin is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.close()
    started = time.monotonic()
    while len(list(tmp_path.glob("ready-*"))) < WRITERS and time.monotonic() < started + 60:
        time.sleep(0.01)  # each writer unlocks (the cheap test KDF), then waits for the go
    go.touch()
    backwards, highest = [], [0, 0]
    deadline = time.monotonic() + 240
    while any(child.poll() is None for child in children) and time.monotonic() < deadline:
        for n, now in enumerate(recorded_entries(home, vault_id)):
            if 0 <= now < highest[n]:
                backwards.append(f"{('key file', 'state folder')[n]}: {highest[n]} -> {now}")
            highest[n] = max(highest[n], now)
        time.sleep(0.0005)
    for child in children:
        assert child.stderr is not None
        with child.stderr:
            err = child.stderr.read()
        assert child.wait(timeout=30) == 0, err  # a writer still running after 4 min fails
    return backwards + written_backwards(tmp_path)


def written_backwards(folder: Path) -> list[str]:
    """Every write, in the order the writers made them, that put back a smaller count."""
    writes = sorted(
        (int(at), kind, int(entries))
        for log in folder.glob("writes-*.txt")
        for at, kind, entries in (line.split() for line in log.read_text().splitlines())
    )
    highest: dict[str, int] = {}
    found = []
    for _, kind, entries in writes:
        if entries < highest.get(kind, 0):
            found.append(f"{kind} written: {highest[kind]} -> {entries}")
        highest[kind] = max(highest.get(kind, 0), entries)
    return found


def test_two_processes_committing_at_once_keep_the_newest_anchor(
    vault_dir: Path, tmp_path: Path
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        vault_id = str(vault.meta("vault_id"))
    backwards = run_writers(vault_dir, tmp_path, vault_id)

    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(EpisodeStore(vault).list()) == WRITERS * EACH
        with vault.read() as conn:
            entries = conn.execute("SELECT count(*) FROM chain").fetchone()[0]
        found = anchor.status(vault)
        assert (found.note(), found.loss) == (None, None)
    # Both records name the whole log, and neither ever went back while the writers ran.
    assert recorded_entries(vault_dir, vault_id) == (entries, entries)
    assert backwards == []
    code, out, err = cli(
        "verify", "--data-dir", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert code == 0, err
    assert f"OK: {entries} records" in out


def test_an_unlock_does_not_put_back_the_key_file_it_read(vault_dir: Path) -> None:
    """An unlock reads the key file, spends a while on the passphrase, then may rewrite the
    file (here: to publish the vault's current inbox key). Another process that committed
    meanwhile wrote a newer anchor: the unlock keeps it instead of writing its old copy."""
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        EpisodeStore(vault).add(Episode(description="first"))
        inbox_keys.rotate(vault)  # the key file's inbox key is now an older one
    read_at_unlock = KeyFile.read(Vault.key_path(vault_dir))
    with Vault.open(vault_dir, PASSPHRASE) as elsewhere:
        EpisodeStore(elsewhere).add(Episode(description="committed during the unlock"))
        with elsewhere.read() as conn:
            entries = conn.execute("SELECT count(*) FROM chain").fetchone()[0]
        settled, warning = unlock.settle(elsewhere, read_at_unlock, PASSPHRASE)
        current_inbox = inbox_keys.current_public_key(elsewhere)
    assert warning is None
    on_disk = KeyFile.read(Vault.key_path(vault_dir))
    assert on_disk == settled and on_disk.inbox_public_key == current_inbox
    assert recorded_entries(vault_dir, vault_id_of(vault_dir))[0] == entries
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        found = anchor.status(vault)
        assert found.recorded is not None and found.recorded.entries == entries


def vault_id_of(home: Path) -> str:
    with Vault.open(home, PASSPHRASE) as vault:
        return str(vault.meta("vault_id"))


def test_an_unlock_during_a_passphrase_change_elsewhere_keeps_its_new_key_file(
    vault_dir: Path, tmp_path: Path
) -> None:
    """The window unlocks while ``vidne passwd`` runs in a terminal, between staging the new key
    file and re-encrypting the database; then the change is killed right after the rekey. The
    unlock must not have withdrawn the staged key file: the new passphrase opens the vault."""
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        EpisodeStore(vault).add(Episode(description="before the change"))
    go = tmp_path / "go"
    change = subprocess.Popen(
        [sys.executable, "-m", "tests.security.passwd_kill_child", str(vault_dir)]
        + ["rekey committed", "state record staged", str(go)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=cli_env(tmp_path),
        cwd=ROOT,
    )
    assert change.stdin is not None
    with change.stdin:
        change.stdin.write(f"{PASSPHRASE}\n{NEW}\n")
    deadline = time.monotonic() + 60
    while not (tmp_path / "paused").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # the change has not taken effect yet
        assert [e.description for e in EpisodeStore(vault).list()] == ["before the change"]
    go.touch()
    assert change.wait(timeout=60) == -signal.SIGKILL
    with pytest.raises(WrongPassphrase) as refused:  # the old one no longer opens it
        Vault.open(vault_dir, PASSPHRASE)
    assert type(refused.value) is UseNewPassphrase
    with Vault.open(vault_dir, NEW) as vault:
        assert [e.description for e in EpisodeStore(vault).list()] == ["before the change"]
        assert anchor.status(vault).note() is None
