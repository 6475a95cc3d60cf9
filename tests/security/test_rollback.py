"""Rollback attacks on the log, with real files: an older database put back, the -wal file lost
after a crash, the state file deleted or forged. What the user sees: ``vidne verify`` says in one
sentence how many entries are missing and exits non-zero, unlock opens what is there and says
the same; a restore the user chose is accepted and says what it leaves out."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault import anchor, backup
from vidne.app.vault.keyfile import KeyFile
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
MISSING = "entries recorded up to"


def vidne(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args, "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def verify(data: Path) -> subprocess.CompletedProcess[str]:
    return vidne("verify", "--data-dir", str(data))


def add(data: Path, *texts: str) -> None:
    with Vault.open(data, PASSPHRASE) as v:
        for text in texts:
            EpisodeStore(v).add(Episode(description=text))


def descriptions(data: Path) -> list[str]:
    with Vault.open(data, PASSPHRASE) as v:
        return sorted(e.description for e in EpisodeStore(v).list())


def put_back(db_copy: Path, data: Path) -> None:
    """What an attacker with the files does: the old database in place, no WAL beside it."""
    for name in ("vidne.db-wal", "vidne.db-shm"):
        (data / name).unlink(missing_ok=True)
    shutil.copyfile(db_copy, data / "vidne.db")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    Vault.create(d, PASSPHRASE, FAST_KDF).lock()
    add(d, "first")
    return d


def test_an_older_database_put_back_is_named_by_verify_and_at_unlock(
    data: Path, tmp_path: Path
) -> None:
    shutil.copyfile(data / "vidne.db", tmp_path / "old.db")
    add(data, "second", "third")
    assert verify(data).returncode == 0

    put_back(tmp_path / "old.db", data)
    r = verify(data)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "2 entries recorded up to" in r.stdout and "are missing" in r.stdout
    assert len(r.stdout.strip().splitlines()) == 1
    with Vault.open(data, PASSPHRASE) as v:  # unlock opens what is there, and says so
        assert v.loss is not None and v.loss.entries == 2
        assert "2 entries recorded up to" in v.loss.sentence()
    assert descriptions(data) == ["first"]


def test_a_daily_backup_put_back_from_backups_is_named(data: Path) -> None:
    with Vault.open(data, PASSPHRASE) as v:
        daily = backup.auto_backup(v)
    assert daily is not None
    add(data, "after the backup")
    with zipfile.ZipFile(daily) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        old_db, old_key = zf.read("vidne.db"), zf.read("vidne.key")
    assert manifest["log"]["entries"] == 1  # every backup says how far its log goes

    (data / "vidne.db-wal").unlink(missing_ok=True)
    (data / "vidne.db").write_bytes(old_db)
    r = verify(data)
    assert r.returncode == 3 and "1 entry recorded up to" in r.stdout, r.stdout

    # Both files from the backup: the key file then agrees, the state folder does not.
    (data / "vidne.key").write_bytes(old_key)
    r = verify(data)
    assert r.returncode == 3 and "1 entry recorded up to" in r.stdout, r.stdout


def test_new_entries_after_a_rollback_do_not_hide_it(data: Path, tmp_path: Path) -> None:
    shutil.copyfile(data / "vidne.db", tmp_path / "old.db")
    add(data, "second", "third")
    put_back(tmp_path / "old.db", data)
    add(data, "written after the rollback")
    r = verify(data)
    assert r.returncode == 3 and "2 entries recorded up to" in r.stdout, r.stdout
    with Vault.open(data, PASSPHRASE) as v:
        assert v.loss is not None and v.loss.entries == 2


@pytest.mark.skipif(
    not hasattr(KeyFile, "resealed"), reason="until the key file carries the anchor (issue 12)"
)
def test_deleting_the_state_file_leaves_the_key_files_record(data: Path, tmp_path: Path) -> None:
    shutil.copyfile(data / "vidne.db", tmp_path / "old.db")
    add(data, "second")
    for state in anchor.state_path(data, "x").parent.glob("anchor-*.json"):
        state.unlink()
    put_back(tmp_path / "old.db", data)
    r = verify(data)
    assert r.returncode == 3 and "1 entry recorded up to" in r.stdout, r.stdout


def _state_file(data: Path) -> Path:
    (found,) = anchor.state_path(data, "x").parent.glob("anchor-*.json")
    return found


def test_a_forged_state_file_is_ignored_and_reported(data: Path, tmp_path: Path) -> None:
    add(data, "second")
    state = _state_file(data)
    doc = json.loads(state.read_text())
    body = json.loads(doc["anchor"])
    body["entries"], body["seq"], body["head"] = 50, 50, "f" * 64  # claim entries never made
    state.write_text(json.dumps({"anchor": json.dumps(body), "mac": "0" * 64}))
    r = verify(data)
    assert r.returncode == 0, r.stdout  # nothing is missing: the forgery is not believed
    assert "altered or not made with this vault's key; it was ignored" in r.stdout

    # A forged low record does not cover a rollback either: the key file still knows.
    shutil.copyfile(data / "vidne.db", tmp_path / "now.db")
    body.update(entries=0, seq=0, head="0" * 64)
    state.write_text(json.dumps({"anchor": json.dumps(body), "mac": "0" * 64}))
    add(data, "third")
    put_back(tmp_path / "now.db", data)
    r = verify(data)
    assert r.returncode == 3 and "1 entry recorded up to" in r.stdout, r.stdout


WRITER = """
import sys
from pathlib import Path
from typing import Any
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault import anchor
from vidne.app.vault.store import Vault
anchor.CHECKPOINT = sys.argv[3] == "checkpoint"
v = Vault.open(Path(sys.argv[1]), sys.argv[2])
store = EpisodeStore(v)
for n in range(1000):
    store.add(Episode(description=f"acknowledged {n}"))
    print(n, flush=True)
"""


def kill_writer(data: Path, acknowledged: int, discipline: str) -> int:
    """A writer that is SIGKILLed after *acknowledged* commits; returns the last one seen."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), PASSPHRASE, discipline],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    last = -1
    while last < acknowledged - 1:
        last = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    return last


@pytest.mark.parametrize("attack", ["delete", "truncate", "corrupt"])
def test_losing_the_wal_after_a_crash_loses_no_acknowledged_entry(data: Path, attack: str) -> None:
    last = kill_writer(data, 5, "checkpoint")
    wal = data / "vidne.db-wal"
    if attack == "delete":
        wal.unlink(missing_ok=True)
    elif attack == "truncate" and wal.exists():
        with wal.open("r+b") as fh:
            fh.truncate(wal.stat().st_size // 2)
    elif wal.exists():
        raw = bytearray(wal.read_bytes())
        for i in range(32, len(raw), 97):
            raw[i] ^= 0xFF
        wal.write_bytes(bytes(raw))
    (data / "vidne.db-shm").unlink(missing_ok=True)
    got = descriptions(data)
    assert {f"acknowledged {n}" for n in range(last + 1)} <= set(got)
    r = verify(data)
    assert r.returncode == 0, r.stdout + r.stderr


def test_a_wal_lost_before_its_checkpoint_is_named(data: Path) -> None:
    """Entries left only in the WAL (a checkpoint another reader held up) and then lost: the
    anchor written after their commit still names them."""
    kill_writer(data, 4, "no-checkpoint")
    (data / "vidne.db-wal").unlink()
    (data / "vidne.db-shm").unlink(missing_ok=True)
    r = verify(data)
    assert r.returncode == 3 and "4 entries recorded up to" in r.stdout, r.stdout


def test_an_honest_restore_is_accepted_and_says_what_it_leaves_out(
    data: Path, tmp_path: Path
) -> None:
    made = tmp_path / "then.vidnebackup"
    with Vault.open(data, PASSPHRASE) as v:
        backup.create(v, made)
    add(data, "second", "third")
    r = vidne("restore", str(made), "--data-dir", str(data), "--force")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "The backup is older than the vault's log: 2 entries recorded up to" in r.stdout
    r = verify(data)
    assert r.returncode == 0 and r.stdout.startswith("OK: 1 records"), r.stdout
    with Vault.open(data, PASSPHRASE) as v:
        assert v.loss is None
    add(data, "after the restore")
    assert verify(data).returncode == 0


def test_restoring_an_up_to_date_backup_says_nothing_about_loss(data: Path, tmp_path: Path) -> None:
    made = tmp_path / "now.vidnebackup"
    with Vault.open(data, PASSPHRASE) as v:
        backup.create(v, made)
    r = vidne("restore", str(made), "--data-dir", str(data), "--force")
    assert r.returncode == 0 and "older than" not in r.stdout, r.stdout


def test_the_report_says_how_far_the_log_went(data: Path, tmp_path: Path) -> None:
    from vidne.app.output.report import pdf
    from vidne.app.output.report.selection import Selection

    from tests.helpers.report import pdf_text

    add(data, "second")
    out = tmp_path / "report.pdf"
    with Vault.open(data, PASSPHRASE) as v:
        pdf.write(v, Selection(lang="en"), out)
        with v.read() as conn:
            head = conn.execute("SELECT hash FROM chain ORDER BY seq DESC").fetchone()[0]
    text = " ".join(pdf_text(out).split())
    assert "The log held 2 entries up to" in text and f"head {head[:12]}" in text


@pytest.mark.gui
def test_unlock_after_a_rollback_opens_what_is_there_and_the_window_says_what_is_missing(
    qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel
    from vidne.ui.tasks import wait_idle
    from vidne.ui.window.controller import VidneApp

    data = tmp_path / "gui"
    Vault.create(data, PASSPHRASE, FAST_KDF).lock()
    add(data, "first")
    shutil.copyfile(data / "vidne.db", tmp_path / "old.db")
    add(data, "second", "third")
    put_back(tmp_path / "old.db", data)

    ctl = VidneApp(data, kdf=FAST_KDF)
    try:
        ctl.start()
        dialog = ctl.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert ctl.window is not None
        shown = ctl.window.findChild(QLabel, "logLoss")
        assert shown is not None and shown.isVisible()
        assert "2 entries recorded up to" in shown.text() and "are missing" in shown.text()
    finally:
        if ctl.vault is not None:
            ctl.vault.lock()
        for w in (ctl.window, ctl.unlock_dialog):
            if w is not None:
                w.hide()
        wait_idle()
