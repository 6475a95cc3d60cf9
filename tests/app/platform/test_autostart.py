"""Start at login: the XDG autostart entry (Linux), the LaunchAgent (macOS, checked as a file
here) and the Run key (Windows, only on Windows). The autouse fixture in conftest points
XDG_CONFIG_HOME at a temporary folder."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from vidne.app import APP_ID, __version__
from vidne.app.platform import autostart, autostart_backend
from vidne.app.platform.base import LaunchCommand
from vidne.app.platform.freedesktop import XdgAutostart, parse_exec
from vidne.app.platform.macos import MacLaunchAgent
from vidne.app.platform.windows import WindowsRunKey

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")


def entry_path() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.desktop"


def keys(path: Path) -> dict[str, str]:
    return dict(ln.split("=", 1) for ln in path.read_text("utf-8").splitlines() if "=" in ln)


@linux_only
def test_off_by_default() -> None:
    assert autostart.is_enabled() is False
    assert not entry_path().exists()


@linux_only
def test_enable_writes_a_valid_autostart_entry_that_starts_vidne_minimized() -> None:
    autostart.enable()
    path = entry_path()
    assert autostart.is_enabled() is True
    validate = shutil.which("desktop-file-validate")
    assert validate, "desktop-file-utils is not installed"
    result = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    entry = keys(path)
    argv = parse_exec(entry["Exec"])
    assert argv[-1] == "--minimized"
    # The session would run exactly this; with --version it proves the command starts Vidne.
    started = subprocess.run(
        [*argv, "--version"],
        capture_output=True,
        text=True,
        cwd=entry.get("Path"),
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == f"Vidne {__version__}"


@linux_only
def test_disable_removes_the_entry_and_is_idempotent() -> None:
    autostart.enable()
    autostart.disable()
    assert autostart.is_enabled() is False
    assert not entry_path().exists()
    autostart.disable()
    assert autostart.is_enabled() is False


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_switched_off_in_the_desktop_settings_counts_as_off(tmp_path: Path, line: str) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(LaunchCommand(("/usr/bin/vidne", "--minimized")))
    text = backend.path.read_text("utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    backend.path.write_text(text + line + "\n", "utf-8")
    assert backend.is_enabled() is False
    backend.enable(LaunchCommand(("/usr/bin/vidne", "--minimized")))  # switching on again
    assert backend.is_enabled() is True


def test_enable_again_replaces_the_command(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(LaunchCommand(("/old/vidne", "--minimized")))
    backend.enable(LaunchCommand(("/new place/vidne", "--minimized")))
    assert parse_exec(keys(backend.path)["Exec"]) == ["/new place/vidne", "--minimized"]
    assert len(list(backend.path.parent.iterdir())) == 1


def test_macos_launch_agent_runs_vidne_minimized_at_load(tmp_path: Path) -> None:
    agent = MacLaunchAgent(home=tmp_path)
    assert agent.is_enabled() is False
    command = LaunchCommand(("/Applications/Vidne.app/Contents/MacOS/vidne", "--minimized"))
    agent.enable(command)
    plist = plistlib.loads((tmp_path / "Library/LaunchAgents" / f"{APP_ID}.plist").read_bytes())
    assert plist["Label"] == APP_ID
    assert plist["ProgramArguments"] == list(command.argv)
    assert plist["RunAtLoad"] is True
    assert agent.is_enabled() is True
    agent.disable()
    assert agent.is_enabled() is False


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("linux", XdgAutostart),
        ("freebsd14", XdgAutostart),
        ("win32", WindowsRunKey),
        ("darwin", MacLaunchAgent),
    ],
)
def test_backend_is_picked_by_platform(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: type
) -> None:
    monkeypatch.setattr(sys, "platform", system)
    assert type(autostart_backend()) is expected


@pytest.mark.skipif(sys.platform != "win32", reason="the Run key exists only on Windows")
def test_windows_run_key_round_trip() -> None:
    backend = WindowsRunKey()
    was_enabled = backend.is_enabled()
    try:
        backend.enable(LaunchCommand((r"C:\Program Files\Vidne\vidne.exe", "--minimized")))
        assert backend.is_enabled() is True
        backend.disable()
        assert backend.is_enabled() is False
    finally:
        if was_enabled:
            autostart.enable()
