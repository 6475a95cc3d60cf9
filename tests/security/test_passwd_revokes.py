"""A passphrase change revokes the old passphrase (issue 12).

The attacker here learned the old passphrase and has, or can get, any old key file: a copy, the
one inside a backup, the one in a ``replaced-…`` folder. After ``vidne passwd`` none of them
opens the live vault; captures sealed before the change still arrive; the automatic backups
are replaced; and a SIGKILL at any step leaves exactly one passphrase working with nothing
lost. Each test asserts what the user sees.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import (
    DatabaseCorrupt,
    InboxKeyUntrusted,
    UseNewPassphrase,
    UseOldPassphrase,
    WrongPassphrase,
)
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault import anchor, backup, integrity, throttle
from vidne.app.vault.keyfile import KeyFile
from vidne.app.vault.store import Vault
from vidne.app.vault.unlock import PENDING_NAME

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env
from tests.security.passwd_kill_child import POINTS
from tests.security.test_keyfile_attacks import cli, locked_capture

NEW = "et helt nyt og langt kodeord til boksen"
ROOT = Path(__file__).resolve().parents[2]


def add_episode(vault: Vault, text: str) -> None:
    EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-14T18:05:00+01:00", channel="sms", severity=2, description=text
        )
    )


def episodes(directory: Path, passphrase: str) -> list[str]:
    with Vault.open(directory, passphrase) as vault:
        return sorted(e.description for e in EpisodeStore(vault).list())


def opens_with(directory: Path) -> list[str]:
    works = []
    for secret in (PASSPHRASE, NEW):
        try:
            Vault.open(directory, secret).lock()
            works.append(secret)
        except (WrongPassphrase, DatabaseCorrupt):
            pass
    return works


def passwd(directory: Path) -> str:
    code, out, err = cli("passwd", "--data-dir", str(directory), stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert code == 0, err
    return out


@pytest.fixture
def home(vault_dir: Path) -> Path:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        add_episode(vault, "before the change")
    return vault_dir


def test_no_old_key_file_opens_the_live_vault_after_passwd(home: Path, tmp_path: Path) -> None:
    copies = tmp_path / "old key files"
    copies.mkdir()
    shutil.copy(Vault.key_path(home), copies / "copied.key")
    with Vault.open(home, PASSPHRASE) as vault:
        made = backup.create(vault, tmp_path / "mine.vidnebackup")
    with zipfile.ZipFile(made) as zf:
        (copies / "from-backup.key").write_bytes(zf.read("vidne.key"))
    _, aside = backup.restore(made, home, PASSPHRASE, force=True)  # leaves a replaced-… folder
    assert aside is not None
    shutil.copy(aside / "vidne.key", copies / "from-replaced.key")

    passwd(home)
    with Vault.open(home, NEW) as vault:
        add_episode(vault, "after the change")
    live = Vault.key_path(home).read_bytes()
    for old in sorted(copies.iterdir()):
        Vault.key_path(home).write_bytes(old.read_bytes())
        with pytest.raises(DatabaseCorrupt) as refused:
            Vault.open(home, PASSPHRASE)  # the old passphrase with an old key file
        assert "does not belong to this key file" in refused.value.message(), old.name
    Vault.key_path(home).write_bytes(live)
    assert episodes(home, NEW) == ["after the change", "before the change"]
    # What the change cannot reach, as the message says: the user's own backup file.
    assert backup.verify(made, PASSPHRASE, tmp_path).records > 0


def test_passwd_says_what_it_cannot_reach(home: Path) -> None:
    out = passwd(home)
    assert "older key files and the automatic backups no longer open it" in out
    assert "replaced-… folders from a restore) still open with the old passphrase" in out


def test_a_new_inbox_key_and_captures_sealed_before_the_change_still_arrive(home: Path) -> None:
    old_public = KeyFile.read(Vault.key_path(home)).inbox_public_key
    before = sealed_inbox.seal(home, locked_capture())
    passwd(home)
    new_public = KeyFile.read(Vault.key_path(home)).inbox_public_key
    assert new_public != old_public
    after = sealed_inbox.seal(home, locked_capture())
    with Vault.open(home, NEW) as vault:
        result = sealed_inbox.import_pending(vault)
        assert not result.rejected and len(result.imported) == 2
        assert len(CaptureStore(vault).all()) == 2
    assert not before.exists() and not after.exists()


def test_an_old_key_file_put_back_gets_no_locked_capture(home: Path, tmp_path: Path) -> None:
    """Someone who knows the old passphrase puts an old key file back to read what is
    captured while the vault is locked: the capture is refused instead."""
    old = Vault.key_path(home).read_bytes()
    passwd(home)
    Vault.key_path(home).write_bytes(old)
    with pytest.raises(InboxKeyUntrusted):
        sealed_inbox.seal(home, locked_capture())
    assert sealed_inbox.pending(home) == []


def test_the_automatic_backups_are_replaced_by_one_under_the_new_key(home: Path) -> None:
    with Vault.open(home, PASSPHRASE) as vault:
        for day in (1, 2, 3):
            backup.auto_backup(vault, now=datetime(2026, 3, day, 12, 0, 0))
    assert len(backup.rolling(home)) == 3
    passwd(home)
    rolling = backup.rolling(home)
    assert len(rolling) == 1
    assert backup.verify(rolling[0], NEW, home).records > 0
    with pytest.raises(WrongPassphrase):
        backup.verify(rolling[0], PASSPHRASE, home)


def test_without_automatic_backups_none_is_made(home: Path) -> None:
    passwd(home)
    assert backup.rolling(home) == []


def test_the_dialog_says_that_copies_still_open_with_the_old_passphrase(
    qtbot: object, home: Path
) -> None:
    from PySide6.QtWidgets import QLabel
    from vidne.ui.security.change_passphrase_dialog import ChangePassphraseDialog

    with Vault.open(home, PASSPHRASE) as vault:
        dialog = ChangePassphraseDialog(vault)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        note = dialog.findChild(QLabel, "changeNote")
        assert note is not None
        assert "still open with the old passphrase" in note.text()
        assert "automatic backups will no longer open it" in note.text()


# --- crashes ------------------------------------------------------------------------------------
BEFORE_REKEY = {"inbox key made", "new key file staged", "state record staged"}
TOLD = {
    "new key file staged": UseOldPassphrase,
    "state record staged": UseOldPassphrase,
    "rekey committed": UseNewPassphrase,
    "database rekeyed": UseNewPassphrase,
}


@pytest.mark.parametrize("point", list(POINTS))
def test_a_sigkill_at_each_step_leaves_one_passphrase_and_loses_nothing(
    home: Path, tmp_path: Path, point: str
) -> None:
    with Vault.open(home, PASSPHRASE) as vault:
        backup.auto_backup(vault, now=datetime(2026, 3, 1, 12, 0, 0))
    waiting = sealed_inbox.seal(home, locked_capture())
    done = subprocess.run(
        [sys.executable, "-m", "tests.security.passwd_kill_child", str(home), point],
        input=f"{PASSPHRASE}\n{NEW}\n",
        capture_output=True,
        text=True,
        env=cli_env(tmp_path),
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    expected = PASSPHRASE if point in BEFORE_REKEY else NEW
    other = NEW if expected == PASSPHRASE else PASSPHRASE
    # Where the other passphrase still opens a key file, the user is told which one to use,
    # and it does not count as a guess; elsewhere it is simply wrong.
    with pytest.raises(WrongPassphrase) as refused:
        Vault.open(home, other)
    told = TOLD.get(point)
    if told is not None:
        assert type(refused.value) is told, point
        assert throttle.failures(home) == 0
    else:
        assert type(refused.value) is WrongPassphrase, point
    assert opens_with(home) == [expected], point
    assert not (home / PENDING_NAME).exists()  # the unlock finished or withdrew the change
    with Vault.open(home, expected) as vault:
        assert vault.keyfile_warning is None
        # A kill after the rekey's commit leaves its pages in the WAL: the vault is whole and
        # the integrity check (vidne verify) must say so, not report every page as damaged.
        assert integrity.check(vault).problem is None, point
        # The record of the log in the state folder is accepted as honest: no forgery note,
        # nothing missing (a kill between the rekey and re-sealing it must not look forged).
        found = anchor.status(vault)
        assert (found.note(), found.loss) == (None, None), point
        assert found.recorded is not None and found.recorded.entries > 0, point
        assert [e.description for e in EpisodeStore(vault).list()] == ["before the change"]
        result = sealed_inbox.import_pending(vault)
        assert len(result.imported) == 1 and not result.rejected  # the locked capture arrives
    assert not waiting.exists()
    # The automatic backups: still there, and (once the change took effect) all under the
    # new key, the unlock having finished what the kill interrupted.
    assert backup.rolling(home)
    for made in backup.rolling(home):
        assert backup.verify(made, expected, tmp_path).records > 0, (point, made.name)
    # and the change can simply be made (again)
    code, _, err = cli("passwd", "--data-dir", str(home), stdin=f"{expected}\n{other}\n")
    assert code == 0, err
    assert opens_with(home) == [other]
