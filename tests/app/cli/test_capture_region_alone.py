"""``vidne capture --region`` with no Vidne running: where the desktop has its own region
picker (the Wayland portal's interactive screenshot) the marked part is captured as a region;
elsewhere the whole screen is, and the command says why (it used to drop --region silently).
Whole processes with a fake screen; the capture is sealed and imported pixel for pixel."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env
from tests.helpers.xserver import pattern

PROBE = """
import sys
from pathlib import Path
from vidne.app import platform
from vidne.app.platform.fake import FakeDesktop, FakeScreen

screen_raw = Path(sys.argv[2]).read_bytes()
picked = (300, 200, Path(sys.argv[3]).read_bytes()) if len(sys.argv) > 3 else None
screen = FakeScreen([(800, 600, screen_raw)], picked=picked)
platform.screen_grabber = lambda: screen
platform.active_window = lambda: FakeDesktop(("Opslag", "firefox"), pointer=(10, 10))
from vidne.ui.main import main

sys.exit(main(["--data-dir", sys.argv[1], "capture", "--region"]))
"""


def _capture(
    vault_dir: Path, tmp_path: Path, picker: bool
) -> tuple[subprocess.CompletedProcess[str], Image.Image, Image.Image]:
    screen, part = pattern(800, 600), pattern(300, 200).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    files = []
    for name, image in (("screen", screen), ("part", part)):
        (tmp_path / name).write_bytes(image.tobytes("raw", "BGRX"))
        files.append(str(tmp_path / name))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault_dir), *(files if picker else files[:1])],
        capture_output=True,
        text=True,
        env={**cli_env(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)},  # no Vidne listens there
        timeout=60,
    )
    return done, screen, part


@pytest.mark.parametrize("picker", [True, False])
def test_a_region_without_a_running_vidne(vault_dir: Path, tmp_path: Path, picker: bool) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    done, screen, part = _capture(vault_dir, tmp_path, picker)
    assert done.returncode == 0, done.stderr
    assert ("the whole screen was captured" in done.stderr) is not picker
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        [capture_id] = sealed_inbox.import_pending(vault).imported
        info = CaptureStore(vault).get(capture_id)
        stored = Image.open(io.BytesIO(CaptureStore(vault).data(capture_id)))
    expected = part if picker else screen
    assert info.source == ("region" if picker else "screen")
    assert stored.size == expected.size and stored.tobytes() == expected.tobytes()
