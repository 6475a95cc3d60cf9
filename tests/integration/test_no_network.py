"""Vidne never opens a network socket: only its local single-instance socket (AF_UNIX).

Proof by the kernel's view: a whole GUI session (tests/integration/session_script.py: setup,
editor, capture, sealed capture, imports, CSV, report, backups, lock) and every CLI command run
under ``strace -f -e trace=socket,connect,bind``, and every socket created must be AF_UNIX.
A second, in-process proof uses a Python audit hook (``sys.addaudithook``) on socket creation,
connect and name look-ups; it runs even where strace is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.xserver import xvfb
from tests.integration.session_support import ROOT, prepare, run

SOCKET_CALL = re.compile(r"\bsocket\((AF_[A-Z0-9]+|\d+)")
CONNECT_CALL = re.compile(r"\bconnect\(\d+, \{sa_family=(AF_[A-Z0-9]+)")


def families(trace_dir: Path) -> tuple[set[str], set[str], int]:
    """Address families of socket() and connect() calls in every strace output file."""
    created: set[str] = set()
    connected: set[str] = set()
    calls = 0
    for path in trace_dir.iterdir():
        for line in path.read_text(errors="replace").splitlines():
            if m := SOCKET_CALL.search(line):
                created.add(m.group(1))
                calls += 1
            if m := CONNECT_CALL.search(line):
                connected.add(m.group(1))
    return created, connected, calls


def strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.skip(
            "strace is not installed (apt-get install strace); the audit-hook test still runs"
        )
    return path


def test_a_gui_session_opens_only_local_sockets(tmp_path: Path) -> None:
    tool = strace()
    session = prepare(tmp_path / "s")
    traces = tmp_path / "traces"
    traces.mkdir()
    with xvfb() as display:
        r = run(
            session,
            prefix=[
                tool,
                "-f",
                "-ff",
                "-qq",
                "-e",
                "trace=socket,connect,bind",
                "-o",
                str(traces / "t"),
            ],
            extra_env={"DISPLAY": display},
        )
    assert r.returncode == 0 and "SESSION OK" in r.stdout, r.stderr[-3000:]
    created, connected, calls = families(traces)
    assert calls > 0 and "AF_UNIX" in created  # X11 and the single-instance socket were seen
    assert created <= {"AF_UNIX"}, created
    assert connected <= {"AF_UNIX"}, connected


def test_every_cli_command_opens_no_socket_at_all(tmp_path: Path) -> None:
    tool = strace()
    data = tmp_path / "data"
    with Vault.create(data, PASSPHRASE, FAST_KDF) as vault:
        EpisodeStore(vault).add(
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00", channel="sms", severity=2, description="x"
            )
        )
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("when,channel,description\n2026-03-10 10:00,sms,hello\n")
    new = "et andet langt kodeord 99"
    commands = [
        (["add", "--channel", "sms", "--severity", "2", "--description", "y"], PASSPHRASE),
        (["import-csv", str(csv_file)], PASSPHRASE),
        (["export", "--format", "csv", "--out", str(tmp_path / "e.csv")], PASSPHRASE),
        (["verify"], PASSPHRASE),
        (["backup", "--out", str(tmp_path / "b.vidnebackup")], PASSPHRASE),
        (["passwd"], f"{PASSPHRASE}\n{new}"),
        (["restore", str(tmp_path / "b.vidnebackup"), "--force"], PASSPHRASE),
    ]
    traces = tmp_path / "traces"
    traces.mkdir()
    for n, (args, stdin) in enumerate(commands):
        r = subprocess.run(
            [
                tool,
                "-f",
                "-qq",
                "-e",
                "trace=socket,connect",
                "-o",
                str(traces / f"cli{n}"),
                sys.executable,
                "-m",
                "vidne.ui.main",
                *args,
                "--data-dir",
                str(data),
                "--passphrase-stdin",
            ],
            input=stdin + "\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            env={**_env(), "PYTHONPATH": str(ROOT)},
        )
        assert r.returncode == 0, (args, r.stderr)
    created, connected, _ = families(traces)
    assert created <= {"AF_UNIX"} and connected <= {"AF_UNIX"}, (created, connected)


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.pop("DISPLAY", None)
    return env


def test_the_audit_hook_sees_no_internet_socket(tmp_path: Path) -> None:
    session = prepare(tmp_path / "s")
    log = tmp_path / "net.log"
    with xvfb() as display:
        r = run(session, extra_env={"VIDNE_AUDIT_NET": str(log), "DISPLAY": display})
    assert r.returncode == 0 and "SESSION OK" in r.stdout, r.stderr[-3000:]
    assert not log.exists() or log.read_text() == ""


def test_the_checks_would_notice_a_network_socket(tmp_path: Path) -> None:
    """Negative control: a process that opens an Internet socket is caught by both methods."""
    code = (
        f"import socket, sys; sys.path.insert(0, {str(ROOT)!r}); "
        "import tests.integration.session_script as s; "
        "socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()"
    )
    log = tmp_path / "net.log"
    env = {**_env(), "VIDNE_AUDIT_NET": str(log), "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-c", code]
    if shutil.which("strace"):
        traces = tmp_path / "traces"
        traces.mkdir()
        args = ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(traces / "t"), *args]
    subprocess.run(args, check=True, env=env, cwd=ROOT, timeout=60, capture_output=True)
    assert "family=" in log.read_text()
    if shutil.which("strace"):
        assert "AF_INET" in families(tmp_path / "traces")[0]


# --- trusted time (opt-in): off, nothing; on, only the service the user configured ------------
INET_CONNECT = re.compile(
    r'connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\), [^}]*?"([0-9a-f.:]+)"'
)


def _traced_cli(tool: str, trace: Path, data: Path, *args: str, passphrase: bool = True) -> int:
    extra = ["--data-dir", str(data), "--passphrase-stdin"] if passphrase else []
    r = subprocess.run(
        [tool, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), sys.executable,
         "-m", "vidne.ui.main", *args, *extra],
        input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, timeout=180,
        env={**_env(), "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return r.returncode


def _filed_capture(data: Path) -> None:
    from vidne.app.evidence.store import CaptureStore

    from tests.app.evidence.test_store import item

    with Vault.create(data, PASSPHRASE, FAST_KDF) as vault:
        store = CaptureStore(vault)
        store.new_episode(
            [store.add(item())],
            Episode(
                occurred_at="2026-03-14T18:05:00+01:00", channel="sms", severity=2, description="x"
            ),
        )


def test_with_trusted_time_off_bundle_timestamp_and_verify_bundle_open_no_socket(
    tmp_path: Path,
) -> None:
    tool = strace()
    data = tmp_path / "data"
    _filed_capture(data)
    traces = tmp_path / "traces"
    traces.mkdir()
    out = tmp_path / "b.zip"
    assert _traced_cli(tool, traces / "bundle", data, "bundle", "--out", str(out)) == 0
    assert _traced_cli(tool, traces / "stamp", data, "timestamp") == 1  # refused: it is off
    assert (
        _traced_cli(tool, traces / "check", data, "verify-bundle", str(out), passphrase=False) == 0
    )
    created, connected, _ = families(traces)
    assert created <= {"AF_UNIX"} and connected <= {"AF_UNIX"}, (created, connected)


def test_with_trusted_time_on_only_the_configured_service_is_contacted(tmp_path: Path) -> None:
    from vidne.app.evidence.trusted_time import settings

    from tests.helpers.local_tsa import LocalTsa, make_tsa

    tool = strace()
    data = tmp_path / "data"
    _filed_capture(data)
    files = make_tsa(tmp_path / "tsa")
    traces = tmp_path / "traces"
    traces.mkdir()
    with LocalTsa(files) as tsa:
        with Vault.open(data, PASSPHRASE) as vault:
            settings.save(vault, settings.TrustedTime(True, (tsa.url,), str(files.ca)))
        assert _traced_cli(tool, traces / "stamp", data, "timestamp") == 0
        assert (
            _traced_cli(tool, traces / "bundle", data, "bundle", "--out", str(tmp_path / "b.zip"))
            == 0
        )
    assert len(tsa.requests) == 3  # the capture, the log head, the bundle's SHA256SUMS
    peers = {
        (m.group(2), int(m.group(1)))
        for path in traces.iterdir()
        for m in INET_CONNECT.finditer(path.read_text(errors="replace"))
    }
    assert peers == {("127.0.0.1", tsa.port)}, peers
    created, _connected, _ = families(traces)
    assert created <= {"AF_UNIX", "AF_INET"}, created
