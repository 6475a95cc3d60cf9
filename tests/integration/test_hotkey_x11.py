"""The global hotkey on a real X server, pressed with xdotool, ends up in the vault; and
``vidne capture`` talks to a running (locked) instance, which seals the capture."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from vidne.app.errors import HotkeyUnavailable
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.capturer import CaptureService
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform import instance
from vidne.app.platform.base import DEFAULT_HOTKEY
from vidne.app.platform.x11 import MOD2, X11Hotkey
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.x11
ROOT = Path(__file__).resolve().parents[2]


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], env=dict(os.environ), check=True, timeout=10)


def wait_for(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.01)
    return False


def test_hotkey_with_numlock_off_and_on_captures_within_two_seconds(
    x_display: str, vault: Vault
) -> None:
    service = CaptureService(vault.directory)
    service.set_vault(vault)
    backend = X11Hotkey()
    try:
        backend.register(DEFAULT_HOTKEY, lambda: service.capture(None, "hotkey"))
        for numlock, expected in ((False, 1), (True, 2)):
            if numlock:
                xdotool("key", "Num_Lock")
            started = time.monotonic()
            xdotool("key", "ctrl+alt+shift+s")
            assert wait_for(lambda n=expected: len(CaptureStore(vault).inbox()) == n, 2.0)
            assert time.monotonic() - started < 2.0
            assert bool(backend.last_state & MOD2) is numlock
    finally:
        backend.close()
        service.shutdown()
    infos = CaptureStore(vault).inbox()
    assert {i.trigger for i in infos} == {"hotkey"} and all(i.sealed == 0 for i in infos)


def test_a_combination_owned_by_another_program_is_reported(x_display: str) -> None:
    first, second = X11Hotkey(), X11Hotkey()  # two X clients, like two programs
    try:
        first.register("Ctrl+Shift+F9", lambda: None)
        with pytest.raises(HotkeyUnavailable) as info:
            second.register("Ctrl+Shift+F9", lambda: None)
        assert "already taken" in info.value.message()
        second.register("Ctrl+Shift+F10", lambda: None)  # a free one still works
    finally:
        first.close()
        second.close()


def test_cli_asks_a_running_locked_instance_which_seals(
    qtbot: QtBot, x_display: str, vault_dir: Path, tmp_path: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    service = CaptureService(vault_dir)  # no vault set: locked
    server = instance.InstanceServer(vault_dir)
    assert server.listen()
    server.captureRequested.connect(
        lambda req: service.capture(instance.target_of(req), req["trigger"])
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    try:
        with qtbot.waitSignal(service.saved, timeout=10_000) as saved:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "vidne.app.cli.main",
                    "--data-dir",
                    str(vault_dir),
                    "capture",
                    "--all",
                ],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
        out, _ = proc.communicate()
        assert proc.returncode == 0 and "running" in out
        _, sealed, sha = saved.args
        assert sealed
    finally:
        server.close()
        service.shutdown()
    assert len(sealed_inbox.pending(vault_dir)) == 1
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        [cid] = sealed_inbox.import_pending(vault).imported
        assert CaptureStore(vault).get(cid).sha256 == sha


SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from vidne.app.platform import instance
app = QCoreApplication([])
second = instance.InstanceServer(Path(sys.argv[1]))
listening = second.listen()
print(listening, instance.ask(Path(sys.argv[1]), {"cmd": "raise"}))
"""


def test_a_second_vidne_raises_the_first(qtbot: QtBot, vault_dir: Path) -> None:
    """A second process finds the first (which keeps serving) and asks it to raise."""
    first = instance.InstanceServer(vault_dir)
    try:
        assert first.listen()
        with qtbot.waitSignal(first.raiseRequested, timeout=10_000):
            proc = subprocess.Popen(
                [sys.executable, "-c", SECOND, str(vault_dir)],
                env=dict(os.environ, PYTHONPATH=str(ROOT)),
                stdout=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
        out, _ = proc.communicate()
        assert out.strip() == "False {'ok': True}"
    finally:
        first.close()
