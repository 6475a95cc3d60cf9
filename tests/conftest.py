"""Shared fixtures: real vaults in tmp_path, isolated user dirs, a cheap KDF for speed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widgets render offscreen in this process; tests that need a real X server (capture, hotkeys)
# use the Xvfb display that pytest-xvfb provides ($DISPLAY), e.g. from a subprocess or Xlib.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Qt decides where QSettings lives once per process, before any per-test monkeypatching can
# act: point every user dir at a private folder for the whole session, so tests never touch
# the real ~/.config (and test runs in parallel never share a settings file).
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="vidne-tests-"))
for _var, _sub in (
    ("XDG_STATE_HOME", "state"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
):
    (_SESSION_HOME / _sub).mkdir()
    os.environ[_var] = str(_SESSION_HOME / _sub)

from vidne.app.vault.keyfile import KdfParams  # noqa: E402 - after the environment is set
from vidne.app.vault.store import Vault  # noqa: E402

PASSPHRASE = "korrekt hest batteri hæfteklamme"
FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every test away from the real home: state, config, data and temp dirs."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("VIDNE_DATA_DIR", raising=False)
    return home


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Qt caches where QSettings lives at first use, so clear Vidne's settings between tests."""
    from PySide6.QtCore import QSettings
    from vidne.app import APP_NAME

    QSettings(APP_NAME, APP_NAME).clear()
    yield
    QSettings(APP_NAME, APP_NAME).clear()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    v = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    yield v
    v.lock()


def file_hashes(directory: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def scan_for(needle: bytes, *directories: Path) -> list[Path]:
    """Every file under *directories* whose bytes contain *needle* (files that vanish while
    we walk, e.g. other programs' temp files, are skipped)."""
    hits = []
    for directory in directories:
        for root, _dirs, files in os.walk(directory):
            for name in files:
                p = Path(root) / name
                try:
                    if p.is_file() and not p.is_symlink() and needle in p.read_bytes():
                        hits.append(p)
                except OSError:
                    continue
    return hits


def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    return env
