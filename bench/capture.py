"""Capture speed: hotkey press → pixels in memory, capture → committed, against scrot.

On a private 24-bit Xvfb at 1920×1080 and at 3840×2160 showing a realistic window picture:

- **hotkey → pixels**: ``xdotool key ctrl+alt+shift+s``; the press time is the X server's own
  timestamp of the KeyPress event (milliseconds of the server's monotonic clock, the same
  clock as ``time.monotonic``), the end is when the grabbed pixels are in memory on the hotkey
  thread. Targets: ≤ 15 ms (1080p), ≤ 25 ms (2160p).
- **capture → committed**: from the start of the grab to the COMMIT of the PNG in the vault
  (grab, lossless PNG, SQLCipher write, chain entry). Peer: ``scrot -o`` writing a plaintext
  PNG of the same screen (process wall time), measured in the same run. Target: ≤ 0.5 × scrot.
- **GUI stall**: the longest gap of a 5 ms timer on the main (GUI) thread while the hotkey
  captures run. Target: ≤ 50 ms.

    python -m bench.capture [--quick]      # prints a table, writes bench/results/capture.json
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from vidne.app import platform
from vidne.app.evidence import grab as capture
from vidne.app.evidence.capturer import CaptureService
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.x11 import X11Hotkey
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault

from bench import figure, runs, scratch_dir, xvfb

SIZES = ((1920, 1080, 15.0), (3840, 2160, 25.0))
HOTKEY = "Ctrl+Alt+Shift+S"
RESULTS = Path(__file__).resolve().parent / "results"
PARTS = {
    "grab": ("start", "pixels"),
    "encode": ("pixels", "encoded"),
    "commit": ("encoded", "committed"),
}
breakdown: dict[str, list[float]] = {}


def screen_image(width: int, height: int) -> Any:
    from bench.generate import _screen

    return _screen((width, height), 7)


def show(display: str, img: Any) -> None:
    """Paint the picture as the root window background (libX11 via ctypes, no ImageMagick)."""
    from tests.helpers.xserver import show_on_root

    show_on_root(display, img)


class Stall:
    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = self.clock.elapsed()
        self.timer.start()


def spin_until(predicate: Any, timeout_s: float = 10.0) -> None:
    """Run the event loop (so the stall meter ticks) until *predicate* holds."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("capture did not finish")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def spin_for(seconds: float) -> None:
    loop = QEventLoop()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


class Probe:
    """The bench's own stopwatch: wraps the grab, the PNG encoding and the commit while it is
    installed, noting when each ends (the app keeps no timings of its own)."""

    def __init__(self) -> None:
        self.timings: list[dict[str, float]] = []
        self.pixels_monotonic: list[float] = []
        self._saved: list[tuple[Any, str, Any]] = []

    def _wrap(self, owner: Any, name: str, before: str | None, after: str) -> None:
        original = getattr(owner, name)
        self._saved.append((owner, name, original))

        def timed(*args: Any, **kwargs: Any) -> Any:
            if before is not None:
                self.timings.append({before: time.perf_counter()})
            result = original(*args, **kwargs)
            if self.timings:
                self.timings[-1][after] = time.perf_counter()
            if after == "pixels":
                self.pixels_monotonic.append(time.monotonic())  # the X server's clock
            return result

        setattr(owner, name, timed)

    def __enter__(self) -> Probe:
        self._wrap(capture, "grab", "start", "pixels")
        self._wrap(capture, "encode", None, "encoded")
        self._wrap(CaptureStore, "add", None, "committed")
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)


def hotkey_runs(
    service: CaptureService, backend: X11Hotkey, count: int, stall: Stall
) -> tuple[list[float], list[float]]:
    """(press→pixels ms, grab→committed ms) for *count* xdotool presses."""
    press_to_pixels, to_commit = [], []
    breakdown.clear()
    saved: list[int] = []
    service.saved.connect(lambda *_: saved.append(1))
    backend.register(HOTKEY, lambda: service.capture(None, "hotkey"))
    # One xdotool reading commands from stdin: no fork/exec on the GUI thread while measuring.
    xdotool = subprocess.Popen(["xdotool", "-"], stdin=subprocess.PIPE)
    assert xdotool.stdin is not None
    time.sleep(0.3)
    stall.start()
    with Probe() as probe:
        for _ in range(count):
            done = len(saved)
            xdotool.stdin.write(b"key ctrl+alt+shift+s\n")
            xdotool.stdin.flush()
            spin_until(lambda d=done: len(saved) > d)
            timing = probe.timings[-1]
            press_to_pixels.append(probe.pixels_monotonic[-1] * 1000 - backend.last_time)
            to_commit.append((timing["committed"] - timing["start"]) * 1000)
            for part, (a, b) in PARTS.items():
                breakdown.setdefault(part, []).append((timing[b] - timing[a]) * 1000)
            spin_for(0.1)  # the event loop keeps running
    stall.timer.stop()
    xdotool.stdin.close()
    xdotool.wait(10)
    backend.unregister()
    return press_to_pixels, to_commit


def scrot_ms(directory: Path, display: str, count: int) -> float:
    samples = []
    target = directory / "scrot.png"
    for _ in range(count):
        t0 = time.perf_counter()
        subprocess.run(
            ["scrot", "-o", str(target)],
            env=dict(os.environ, DISPLAY=display),
            check=True,
            capture_output=True,
        )
        samples.append((time.perf_counter() - t0) * 1000)
        target.unlink()
    return statistics.median(samples)


def one_size(width: int, height: int, target: float, count: int) -> list[dict[str, Any]]:
    label = f"{height}p"
    with xvfb(width, height) as display, scratch_dir() as tmp:
        os.environ["DISPLAY"] = display
        platform.forget_choices()
        show(display, screen_image(width, height))
        vault = Vault.create(
            tmp / "vault",
            "bench passphrase 123",
            KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1),
        )
        service = CaptureService(vault.directory)
        service.set_vault(vault)
        backend = X11Hotkey()
        stall = Stall()
        try:
            time.sleep(0.3)  # the hotkey thread warms up its grabber
            pixels, commit = hotkey_runs(service, backend, count, stall)
            scrot = scrot_ms(tmp, display, count)
        finally:
            backend.close()
            service.shutdown()
            vault.lock()
            capture.close_thread_grabber()
    committed = statistics.median(commit)
    return [
        figure(
            f"capture: hotkey → pixels, {label}",
            statistics.median(pixels),
            "ms",
            target,
            note=f"xdotool key, X server timestamp → pixels; max {max(pixels):.1f} ms",
        ),
        figure(
            f"capture: capture → committed, {label}",
            committed,
            "ms",
            0.5 * scrot,
            peer="scrot",
            peer_value=scrot,
            note="target ≤ 0.5 × scrot; medians: "
            + ", ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in breakdown.items()),
        ),
        figure(
            f"capture: GUI-thread stall, {label}",
            float(stall.worst),
            "ms",
            50.0,
            note="worst gap of a 5 ms timer on the main thread during the captures",
        ),
    ]


def run(quick: bool) -> list[dict[str, Any]]:
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    count = runs(quick, full=9)
    rows: list[dict[str, Any]] = []
    for width, height, target in SIZES:
        rows += one_size(width, height, target, count)
    del _app
    return rows


def main() -> int:
    rows = run("--quick" in sys.argv)
    print(f"{'figure':44} {'value':>9} {'target':>9} {'peer':>12}")
    for r in rows:
        peer = f"{r['peer']} {r['peer_value']}" if r["peer"] else ""
        target = "" if r["target"] is None else f"{r['target']:.1f}"
        print(f"{r['name']:44} {r['value']:>7.1f}{r['unit']:>2} {target:>9} {peer:>12}")
        print(f"    {r['note']}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "capture.json").write_text(
        json.dumps({"results": rows}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
