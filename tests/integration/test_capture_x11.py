"""Capturing a real X screen (a private 24-bit Xvfb): pixels, metadata, the CLI, no plaintext."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PIL import Image
from vidne.app import platform
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.capturer import store
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, scan_for
from tests.helpers.xserver import TitledWindow, pattern, show_on_root

pytestmark = pytest.mark.x11
ROOT = Path(__file__).resolve().parents[2]
MARKER = "Opslag-MARKØR-51c9"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_known_pattern_is_stored_pixel_for_pixel(x_display: str, vault: Vault) -> None:
    expected = pattern(1280, 800)
    show_on_root(x_display, expected)
    grab = capture.grab(1, "window")
    assert (grab.width, grab.height) == (1280, 800)
    assert grab.monitor.as_dict()["width"] == 1280
    capture_id, sealed, sha = store(grab, vault, vault.directory)
    stored = CaptureStore(vault).data(capture_id)
    assert not sealed and hashlib.sha256(stored).hexdigest() == sha
    assert Image.open(io.BytesIO(stored)).convert("RGB").tobytes() == expected.tobytes()


def test_active_window_title_and_pointer_are_recorded(x_display: str, vault: Vault) -> None:
    window = TitledWindow(MARKER)
    try:
        subprocess.run(["xdotool", "mousemove", "300", "200"], env=dict(os.environ), check=True)
        assert platform.active_window().pointer() == (300, 200)
        grab = capture.grab(None, "hotkey")
    finally:
        window.close()
    assert grab.window_title == MARKER
    capture_id, _, _ = store(grab, vault, vault.directory)
    assert CaptureStore(vault).get(capture_id).window_title == MARKER


def fresh_files_containing(needle: bytes, root: Path, since: float) -> list[Path]:
    """Files under *root* changed since *since* that contain *needle*. Other programs share
    the temp dir and delete files while we walk it, so vanishing entries are skipped."""
    hits = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
        if "pytest-of" in folder:
            continue
        for name in names:
            path = Path(folder) / name
            try:
                if path.stat().st_mtime >= since and needle in path.read_bytes():
                    hits.append(path)
            except OSError:
                continue
    return hits


def run_cli(
    *args: str, data_dir: Path, tmp: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_cli_without_instance_seals_and_unlock_imports_the_same_hash(
    x_display: str, vault_dir: Path, tmp_path: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    show_on_root(x_display, pattern(1280, 800))
    window = TitledWindow(MARKER)
    try:
        started = time.time()
        done = run_cli("capture", data_dir=vault_dir, tmp=private_tmp)
    finally:
        window.close()
    assert done.returncode == 0, done.stderr
    sha = done.stdout.strip().split()[-1]
    assert len(sealed_inbox.pending(vault_dir)) == 1
    # nothing readable on disk: no PNG, no window title, in the data dir or any temp dir
    assert scan_for(PNG_SIGNATURE, vault_dir, private_tmp) == []
    assert scan_for(MARKER.encode(), vault_dir, private_tmp) == []
    assert fresh_files_containing(MARKER.encode(), Path(tempfile.gettempdir()), started) == []
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        [capture_id] = sealed_inbox.import_pending(vault).imported
        info = CaptureStore(vault).get(capture_id)
        assert (info.sha256, info.sealed, info.trigger) == (sha, 1, "cli")
        assert info.window_title == MARKER
        thumb = Image.open(io.BytesIO(CaptureStore(vault).thumbs([capture_id])[capture_id]))
        assert max(thumb.size) == capture.THUMB_SIZE  # made from the pixels at the import
    assert sealed_inbox.pending(vault_dir) == []
    assert scan_for(PNG_SIGNATURE, vault_dir) == []
    assert scan_for(MARKER.encode(), vault_dir) == []


def test_cli_with_passphrase_stores_directly(
    x_display: str, vault_dir: Path, tmp_path: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    (tmp_path / "tmp").mkdir()
    done = run_cli(
        "capture",
        "--all",
        "--passphrase-stdin",
        data_dir=vault_dir,
        tmp=tmp_path / "tmp",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        [info] = CaptureStore(vault).inbox()
        assert info.sha256 == done.stdout.strip().split()[-1] and info.sealed == 0
        # the database and its WAL are encrypted: no PNG anywhere, also while open
        assert scan_for(PNG_SIGNATURE, vault_dir, tmp_path / "tmp") == []
    assert scan_for(PNG_SIGNATURE, vault_dir, tmp_path / "tmp") == []


def test_cli_errors_are_one_line(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run_cli("capture", data_dir=vault_dir, tmp=tmp_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
