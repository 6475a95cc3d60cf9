"""The command line as a desktop shortcut runs it: whole processes, against ``scrot``.

On a private 24-bit Xvfb at 1920×1080 showing a realistic window picture, with a vault that
exists and is locked and no Vidne running (so ``vidne capture`` grabs, encodes and seals into
the vault's inbox by itself):

- **vidne capture** vs ``scrot -o`` writing a plaintext PNG of the same screen: process wall
  time, runs interleaved (capture, scrot, capture, …) so a busy machine slows both alike.
  Target: ≤ 2 × scrot.
- **vidne --version**: the parser alone. Target: ≤ 0.3 s.

The ``vidne`` script beside this Python (the installed entry point) is run; one untimed run of
each first writes the bytecode caches, as any installed program has them.

    python -m bench.cli [--quick]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import figure, runs, scratch_dir, xvfb

PASSPHRASE = "bench passphrase 123"
WIDTH, HEIGHT = 1920, 1080


def vidne_command() -> list[str]:
    script = Path(sys.executable).with_name("vidne")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "vidne.ui.main"]


def seconds(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - t0


def prepare(tmp: Path, display: str) -> tuple[Path, dict[str, str]]:
    """A locked vault, the screen picture, and the environment of a desktop shortcut."""
    from vidne.app.vault.keyfile import KdfParams
    from vidne.app.vault.store import Vault

    from bench.generate import _screen
    from tests.helpers.xserver import show_on_root

    show_on_root(display, _screen((WIDTH, HEIGHT), 7))
    vault = tmp / "vault"
    kdf = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    Vault.create(vault, PASSPHRASE, kdf).lock()
    runtime = tmp / "runtime"  # an empty runtime dir: certainly no Vidne instance answers
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime)}
    for name in ("QT_QPA_PLATFORM", "PYTHONDONTWRITEBYTECODE", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    env["XDG_SESSION_TYPE"] = "x11"
    return vault, env


def measure(count: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"capture": [], "scrot": [], "version": []}
    with xvfb(WIDTH, HEIGHT) as display, scratch_dir() as tmp:
        vault, env = prepare(tmp, display)
        capture = [*vidne_command(), "--data-dir", str(vault), "capture"]
        commands = {
            "capture": capture,
            "scrot": ["scrot", "-o", str(tmp / "scrot.png")],
            "version": [*vidne_command(), "--version"],
        }
        for cmd in commands.values():  # bytecode caches, shared libraries: not timed
            seconds(cmd, env)
        for _ in range(count):
            for name, cmd in commands.items():
                samples[name].append(seconds(cmd, env))
        sealed = len(list((vault / "inbox").glob("*.vsealed")))
        if sealed != count + 1:
            raise RuntimeError(f"expected {count + 1} sealed captures, found {sealed}")
    return samples


def run(quick: bool) -> list[dict[str, Any]]:
    if shutil.which("scrot") is None:
        raise RuntimeError("scrot is not installed")
    count = runs(quick, full=10)
    samples = measure(count)
    capture = statistics.median(samples["capture"]) * 1000
    scrot = statistics.median(samples["scrot"]) * 1000
    version = statistics.median(samples["version"]) * 1000
    return [
        figure(
            "CLI: vidne capture, sealed (1080p)",
            capture,
            "ms",
            2 * scrot,
            peer="scrot",
            peer_value=scrot,
            note=f"whole process, median of {count}, interleaved with scrot; target ≤ 2 × scrot; "
            f"max {max(samples['capture']) * 1000:.0f} ms",
        ),
        figure(
            "CLI: vidne --version",
            version,
            "ms",
            300.0,
            note=f"whole process, median of {count}",
        ),
    ]


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
