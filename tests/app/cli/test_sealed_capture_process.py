"""``vidne capture`` with the vault locked, as a whole process (the screen is a fake one):
the capture is sealed, comes into the vault at the unlock pixel for pixel, and the process
loaded none of the vault's database, hash chain or store code, nor the modules it avoids to
stay close to ``scrot`` (bench/cli.py)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from PIL import Image
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, cli_env
from tests.helpers.xserver import pattern

PROBE = """
import json, sys
from pathlib import Path
from vidne.app import platform
from vidne.app.platform.fake import FakeDesktop, FakeScreen

raw = Path(sys.argv[2]).read_bytes()
screen = FakeScreen([(800, 600, raw)])
platform.screen_grabber = lambda: screen
platform.active_window = lambda: FakeDesktop(("Opslag", "firefox"), pointer=(10, 10))
from vidne.ui.main import main

code = main(["--data-dir", sys.argv[1], "capture"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NOT_LOADED = (
    "sqlcipher3",
    "vidne.app.vault.store",
    "vidne.app.vault.chain",
    "vidne.app.vault.coverage",
    "vidne.app.evidence.store",
    "vidne.app.evidence.sealed_inbox",
    "concurrent.futures",
    "platformdirs",
    "socket",
    "PySide6",
)


def test_a_locked_capture_is_sealed_without_the_vault_code_and_imported_intact(
    vault_dir: Path, tmp_path: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    screen = pattern(800, 600)
    raw = tmp_path / "screen.bgrx"
    raw.write_bytes(screen.tobytes("raw", "BGRX"))
    env = {**cli_env(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}  # no Vidne listens there
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault_dir), str(raw)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    *printed, report = done.stdout.strip().splitlines()
    result = json.loads(report)
    assert result["code"] == 0 and "Capture sealed" in printed[-1]
    sha = printed[-1].split()[-1]
    loaded = [m for m in result["modules"] if m.startswith(NOT_LOADED)]
    assert loaded == []
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        [capture_id] = sealed_inbox.import_pending(vault).imported
        info = CaptureStore(vault).get(capture_id)
        stored = CaptureStore(vault).data(capture_id)
    assert (info.sha256, info.sealed, info.window_title) == (sha, 1, "Opslag")
    assert Image.open(io.BytesIO(stored)).tobytes() == screen.tobytes()
