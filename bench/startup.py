"""Start-up: launch to the unlock window, and unlock (key derivation + opening the database).

The start is measured from outside: a fresh ``python`` process runs the real entry point
(``vidne.ui.main.main``) with an application-wide event filter that notes the monotonic time of the
unlock dialog's first paint and exits at once. ``time.monotonic`` is one system-wide clock on
Linux, so the parent's launch time and the child's paint time compare directly. No hook in the
app is needed. The first launch pays for cold module caches; the median is over the rest.

Unlock uses the vault's real key-derivation cost (Argon2id, 3 passes, 128 MiB, 2 lanes).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from vidne.app.vault.keyfile import KdfParams, KeyFile
from vidne.app.vault.store import Vault

from bench import figure, runs, scratch_dir, timed_ms, tiny, xvfb

PASSPHRASE = "bench hest batteri hæfteklamme"
ROOT = Path(__file__).resolve().parent.parent

# Runs in the child: the app's own main(), plus a watcher for the unlock dialog's first paint.
PROBE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "unlockDialog":
            sys.stdout.write(f"shown {time.monotonic():.6f}\\n")
            sys.stdout.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from vidne.ui.main import main
main(["--data-dir", sys.argv[1], "--lang", "da"])
os._exit(3)
"""


def launch_ms(data_dir: Path, env: dict[str, str]) -> float:
    """Milliseconds from spawning the process to the unlock dialog's first paint."""
    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    shown = [line for line in proc.stdout.splitlines() if line.startswith("shown ")]
    if not shown:
        raise RuntimeError(f"the unlock window never showed: {proc.stderr[-1500:]}")
    return (float(shown[0].split()[1]) - t0) * 1000


def start_figures(
    data_dir: Path, quick: bool, platform: str, display: str | None
) -> list[dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    if display:
        env["DISPLAY"] = display
    samples = [launch_ms(data_dir, env) for _ in range(2 if tiny() else runs(quick) + 1)]
    where = "Xvfb" if platform == "xcb" else platform
    return [
        figure(
            f"start to unlock window ({where}), first launch",
            samples[0],
            "ms",
            note="python -m vidne.ui.main until the dialog's first paint",
        ),
        figure(
            f"start to unlock window ({where})",
            statistics.median(samples[1:]),
            "ms",
            note=f"median of {len(samples) - 1} launches after the first",
        ),
    ]


def unlock_figures(data_dir: Path, quick: bool) -> list[dict[str, Any]]:
    keyfile = KeyFile.read(Vault.key_path(data_dir))
    n = runs(quick, 5)
    keyfile.unwrap(PASSPHRASE)  # the first 128 MiB allocation pays page faults: warm it
    kdf = statistics.median(timed_ms(lambda: keyfile.unwrap(PASSPHRASE))[0] for _ in range(n))

    def open_and_lock() -> None:
        Vault.open(data_dir, PASSPHRASE).lock()

    total = statistics.median(timed_ms(open_and_lock)[0] for _ in range(n))
    p = keyfile.kdf
    return [
        figure(
            "unlock: key derivation",
            kdf,
            "ms",
            note=f"Argon2id t={p.time_cost}, m={p.memory_cost // 1024} MiB, p={p.parallelism}",
        ),
        figure(
            "unlock: key derivation + open",
            total,
            "ms",
            note="Vault.open: KDF, unwrap, SQLCipher open, schema check",
        ),
    ]


def run(quick: bool) -> list[dict[str, Any]]:
    with scratch_dir() as tmp:
        data_dir = tmp / "vault"
        Vault.create(data_dir, PASSPHRASE, KdfParams()).lock()
        out = start_figures(data_dir, quick, "offscreen", None)
        if not tiny():  # the smoke test needs one platform only
            with xvfb() as display:
                out += start_figures(data_dir, quick, "xcb", display)
        out += unlock_figures(data_dir, quick)
    return out


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
