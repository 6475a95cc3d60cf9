"""Hygiene (issue 12): what a Vidne process leaves behind outside the vault.

Each test does what an attacker or a careless machine would: it crashes a Vidne process that
holds the passphrase and looks for a core file, opens a vault whose files a wide umask left
readable by others, or types a weak passphrase into ``vidne init`` and ``vidne passwd``.
"""

from __future__ import annotations

import io
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vidne.app import platform
from vidne.app.paths import state_dir
from vidne.app.vault import backup
from vidne.app.vault.passphrase import problem
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env

# A process started as the ``vidne`` script starts (``vidne.ui.main.main()`` reading
# ``sys.argv``), except that the end of the command is seen instead of ``os._exit``.
CHILD = """
import ctypes, os, resource, sys
from vidne.app import platform
from vidne.app.cli import main as cli
{prepare}
def after(code):
    {after}
cli.leave = after
sys.argv = ["vidne", *sys.argv[1:]]
from vidne.ui.main import main
main()
"""
SHOW_STATE = (
    "print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0),"
    " [line.split()[-3:] for line in open('/proc/self/limits') if 'core' in line])"
)
UNHARDENED = "platform.harden_process = lambda: []"
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's prctl and cores")


def run_child(
    after: str, args: list[str], cwd: Path, prepare: str = "", unlimited: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD.format(prepare=prepare, after=after), *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=cwd,
        env=cli_env(cwd),
        timeout=120,
        preexec_fn=unlimited_core if unlimited else None,
    )


def unlimited_core() -> None:
    """``ulimit -c unlimited`` for the child, as a user or a distribution may have set; not
    possible without privilege once this test process ran Vidne's ``main`` itself (its hard
    limit is then 0), in which case the control below writes no core and the test says so."""
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except ValueError:  # hard limit 0 and no CAP_SYS_RESOURCE: the child keeps the lower limit
        return


def core_files(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p.name.startswith("core")]


@LINUX
def test_a_vidne_process_cannot_dump_core_and_is_not_dumpable(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.lock()
    args = ["verify", "--data-dir", str(vault_dir), "--passphrase-stdin"]
    done = run_child(SHOW_STATE, args, tmp_path, unlimited=True)
    assert done.returncode == 0, done.stderr
    # RLIMIT_CORE soft and hard 0 (so nothing can raise it again), PR_GET_DUMPABLE 0
    assert done.stdout.splitlines()[-1] == "(0, 0) 0 [['0', '0', 'bytes']]"


@LINUX
def test_a_report_process_killed_by_sigabrt_leaves_no_core_file(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.lock()
    args = ["report", "--data-dir", str(vault_dir), "--passphrase-stdin", "--out", "r.pdf"]
    control, crashed = tmp_path / "control", tmp_path / "crashed"
    control.mkdir()
    crashed.mkdir()
    # The same crash without the hardening shows whether this machine writes core files here
    # (core_pattern a plain file name and a core limit we may raise).
    unhardened = run_child("os.abort()", args, control, prepare=UNHARDENED, unlimited=True)
    assert unhardened.returncode == -signal.SIGABRT, unhardened.stderr
    done = run_child("os.abort()", args, crashed, unlimited=True)
    assert done.returncode == -signal.SIGABRT, done.stderr
    assert (crashed / "r.pdf").is_file()  # the report was written: the process held the key
    assert core_files(crashed) == []
    if not core_files(control):
        pytest.skip("this machine writes no core file even unhardened; the flags test stands")
    # What the hardening keeps off the disk: CPython holds this str as Latin-1 bytes.
    assert PASSPHRASE.encode("latin-1") in core_files(control)[0].read_bytes()


@pytest.mark.parametrize(
    ("system", "expected"),
    [("linux", "LinuxHardening"), ("win32", "WindowsHardening"), ("darwin", "MacHardening")],
)
def test_each_system_gets_its_own_hardening(
    system: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", system)
    assert platform.candidates("hardening")[0].__name__ == expected


@pytest.mark.skipif(sys.platform == "win32", reason="the calls are real there")
def test_the_windows_measures_do_nothing_elsewhere_rather_than_fail() -> None:
    from vidne.app.platform.hardening_windows import WindowsHardening

    assert WindowsHardening().apply() == []


# --- the passphrase floor -------------------------------------------------------------------
WEAK = ("aaaaaaaaaa", "1234567890", "password123", "qwertyuiop", "kodeord1234")
STRONG_DANISH = "Hestene løber stille over broen"


def vidne_cli(
    args: list[str], stdin: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str]:
    from vidne.ui.main import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("weak", WEAK)
def test_init_and_passwd_refuse_a_weak_passphrase_with_the_dialogs_message(
    weak: str,
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = problem(weak)  # what the setup and change dialogs show (tests/ui/security)
    assert said is not None and said.startswith("This passphrase is too easy to guess.")
    fresh = tmp_path / "fresh"
    code, err = vidne_cli(
        ["init", "--data-dir", str(fresh), "--passphrase-stdin"], weak + "\n", capsys, monkeypatch
    )
    assert (code, err) == (1, f"vidne: {said}\n")
    assert not (fresh / "vidne.key").exists()
    vault.lock()
    before = (vault.directory / "vidne.key").read_bytes()
    code, err = vidne_cli(
        ["passwd", "--data-dir", str(vault.directory)],
        f"{PASSPHRASE}\n{weak}\n",
        capsys,
        monkeypatch,
    )
    assert (code, err) == (1, f"vidne: {said}\n")
    assert (vault.directory / "vidne.key").read_bytes() == before


def test_init_accepts_a_strong_danish_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "fresh"
    code, err = vidne_cli(
        ["init", "--data-dir", str(fresh), "--passphrase-stdin"],
        STRONG_DANISH + "\n",
        capsys,
        monkeypatch,
    )
    assert (code, err) == (0, "")
    Vault.open(fresh, STRONG_DANISH).lock()


# --- file modes -----------------------------------------------------------------------------
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows uses ACLs)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask: files 0644 and folders 0755 unless the program says otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@POSIX_ONLY
def test_a_new_vault_is_readable_by_its_owner_only(vault_dir: Path, umask_022: None) -> None:
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as vault:
        vault.set_meta("probe", "x")  # a write, so the -wal and -shm files exist
        files = [vault_dir / n for n in ("vidne.db", "vidne.db-wal", "vidne.db-shm", "vidne.key")]
        assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
    assert oct(mode(vault_dir)) == oct(mode(vault_dir / "inbox")) == "0o700"


@POSIX_ONLY
def test_opening_a_vault_left_readable_by_others_makes_it_private(
    vault: Vault, vault_dir: Path, umask_022: None
) -> None:
    backup.create(vault, vault_dir / "backups" / "by-hand.vidnebackup")
    vault.lock()
    state = state_dir()
    wide = {
        vault_dir: 0o755, vault_dir / "inbox": 0o755, vault_dir / "backups": 0o755,
        vault_dir / "vidne.db": 0o644, vault_dir / "vidne.key": 0o644,
        vault_dir / "backups" / "by-hand.vidnebackup": 0o644, state: 0o755,
    }  # fmt: skip
    for path, wider in wide.items():
        path.chmod(wider)
    Vault.open(vault_dir, PASSPHRASE).lock()
    assert {p: oct(mode(p)) for p in wide} == {p: "0o700" if p.is_dir() else "0o600" for p in wide}
    assert [p for p in state.iterdir() if mode(p) & 0o077] == []


@POSIX_ONLY
def test_a_report_written_over_a_file_readable_by_others_is_private(
    vault: Vault,
    vault_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    umask_022: None,
) -> None:
    vault.lock()
    for command, name in (("report", "report-for-police.pdf"), ("bundle", "bundle.zip")):
        out = tmp_path / name
        out.write_bytes(b"an older file")
        out.chmod(0o644)
        args = [command, "--data-dir", str(vault_dir), "--passphrase-stdin", "--out", str(out)]
        code, err = vidne_cli(args, PASSPHRASE + "\n", capsys, monkeypatch)
        assert (code, err) == (0, "")
        assert oct(mode(out)) == "0o600", command


@POSIX_ONLY
def test_a_file_system_without_modes_does_not_stop_the_vault_opening(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT stick (or Windows) keeps no modes: chmod 'works' and changes nothing."""
    from vidne.app.vault import permissions

    vault.lock()
    vault_dir.chmod(0o755)
    monkeypatch.setattr(permissions.os, "chmod", lambda *_args: None)
    assert permissions.tighten(vault_dir) == []
    Vault.open(vault_dir, PASSPHRASE).lock()
