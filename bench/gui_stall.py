"""The longest GUI-thread stall while a capture is stored and while a report is written.

A 5 ms ``QTimer`` on the GUI thread notes the longest gap between two ticks: any gap well over
5 ms is time the event loop could not run (no repaint, no click). Target (issues 3, 5, 8): no
stall over 50 ms.

- Capture: the real ``CaptureService`` on a private Xvfb screen showing a realistic picture,
  triggered from the GUI thread (tray/window: the grab runs there) and from another thread
  (the hotkey path); the PNG encoding and the vault write run on the service's worker.
- Report: the PDF export on the shared task pool (``vidne.ui.tasks.run_task``, as the export dialog
  runs it), with progress signals coming back to the GUI thread.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # widgets offscreen; mss reads $DISPLAY (Xvfb)

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from vidne.app.vault.store import Vault

from bench import figure, runs, scratch_dir, xvfb
from bench.generate import PASSPHRASE, _screen, generate

TICK_MS = 5
TARGET_MS = 50


class StallMeter(QObject):
    """Longest gap between ticks of a 5 ms precise timer, in milliseconds."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest * 1000


class _Done(QObject):
    finished = Signal()


def while_running(
    start: Callable[[Callable[[], None]], None], timeout_s: float = 300
) -> tuple[float, float]:
    """Run the event loop while *start(done)* works; (longest stall ms, elapsed ms)."""
    flag = _Done()
    loop = QEventLoop()
    flag.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    QTimer.singleShot(0, lambda: start(flag.finished.emit))
    loop.exec()
    elapsed = (time.perf_counter() - t0) * 1000
    # a short tail: the result's own delivery to the GUI thread counts too
    tail = QEventLoop()
    QTimer.singleShot(50, tail.quit)
    tail.exec()
    return meter.stop(), elapsed


def idle_floor() -> float:
    """The meter's reading with nothing running: the timer's own jitter."""
    return while_running(lambda done: QTimer.singleShot(500, done))[0]


def _show_picture(display: str, size: tuple[int, int]) -> None:
    """Put a realistic window-like picture on the X root window (a black screen compresses
    to nothing and would flatter the encoder); libX11 only, no ImageMagick."""
    from tests.helpers.xserver import show_on_root

    show_on_root(display, _screen(size, 5))


def capture_figures(quick: bool, size: tuple[int, int]) -> list[dict[str, Any]]:
    """In a child process whose $DISPLAY is the Xvfb screen (Xlib ends a process whose X
    server goes away, so each screen size gets a process of its own)."""
    from vidne.app.evidence import grab as grabber
    from vidne.app.evidence.capturer import CaptureService
    from vidne.ui.window.controller import make_qapp

    make_qapp("en")
    out = []
    with scratch_dir() as tmp, _small_vault(tmp / "vault") as vault:
        service = CaptureService(tmp / "vault")
        service.set_vault(vault)
        grabber.warm_up()  # as the app does at start: the first grab sets up shared memory
        label = f"{size[0]}×{size[1]}"
        for where in ("GUI thread", "hotkey thread"):
            stalls = [
                while_running(lambda done, w=where: _capture(service, w, done))[0]
                for _ in range(runs(quick, 5))
            ]
            out.append(
                figure(
                    f"GUI stall during a capture, {label}, grab on {where}",
                    statistics.median(stalls),
                    "ms",
                    TARGET_MS,
                    note="each run: " + ", ".join(f"{x:.0f}" for x in stalls) + " ms",
                )
            )
        service.shutdown()
        if _HOTKEY:
            _HOTKEY.pop().submit(grabber.close_thread_grabber).result()
        grabber.close_thread_grabber()
    return out


def capture_in_child(quick: bool, size: tuple[int, int], tmp: Path) -> list[dict[str, Any]]:
    with xvfb(*size) as display:
        _show_picture(display, size)
        cmd = [sys.executable, "-m", "bench.gui_stall", "--capture", str(size[0]), str(size[1])]
        proc = subprocess.run(
            cmd + (["--quick"] if quick else []),
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "DISPLAY": display},
        )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-1500:])
    return list(json.loads(proc.stdout.strip().splitlines()[-1]))


_HOTKEY: list[ThreadPoolExecutor] = []


def _hotkey_thread() -> ThreadPoolExecutor:
    """One long-lived thread, warmed up, like the X11 hotkey listener's (mss keeps one
    grabber per thread; a new thread per press would pay the set-up every time)."""
    if not _HOTKEY:
        _HOTKEY.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="bench-hotkey"))
        _HOTKEY[0].submit(_warm).result()
    return _HOTKEY[0]


def _warm() -> None:
    from vidne.app.evidence import grab as grabber

    grabber.warm_up()


def _capture(service: Any, where: str, done: Callable[[], None]) -> None:
    def finish(*_: object) -> None:
        service.saved.disconnect(finish)
        service.failed.disconnect(finish)
        done()

    service.saved.connect(finish)
    service.failed.connect(finish)
    if where == "GUI thread":
        service.capture(None, "tray")
    else:
        _hotkey_thread().submit(service.capture, None, "hotkey")


def report_figures(quick: bool, tmp: Path) -> list[dict[str, Any]]:
    episodes, captures = (10, 20) if quick else (200, 400)  # issue 5: 200 episodes, 400 captures
    data_dir = tmp / "report-vault"
    generate(data_dir, episodes, captures, pool_size=10)
    stalls, times = [], []
    with Vault.open(data_dir, PASSPHRASE) as vault:
        export, how = _exporter(vault)
        for r in range(runs(quick, 3)):
            out = tmp / f"report-{r}.pdf"
            stall, elapsed = while_running(lambda done, out=out: export(out, done))
            if not out.exists():
                raise RuntimeError("the report was not written")
            stalls.append(stall)
            times.append(elapsed)
    return [
        figure(
            f"GUI stall during a report export ({episodes} episodes, {captures} captures)",
            statistics.median(stalls),
            "ms",
            TARGET_MS,
            note=f"{how}; each run: "
            + ", ".join(f"{x:.0f}" for x in stalls)
            + f" ms; the PDF took "
            f"{statistics.median(times) / 1000:.1f} s",
        )
    ]


def _exporter(vault: Vault) -> tuple[Callable[[Path, Callable[[], None]], None], str]:
    """The export dialog's own path (its worker thread, progress bar) when it exists, else
    the PDF writer on the shared task pool."""
    try:
        from vidne.ui.export.export_dialog import ExportDialog
    except ImportError:
        from vidne.app.output.report import pdf
        from vidne.app.output.report.selection import Selection
        from vidne.ui.tasks import run_task

        def on_pool(out: Path, done: Callable[[], None]) -> None:
            run_task(
                lambda: pdf.write(vault, Selection(), out, progress=lambda *_: None),
                lambda _plan: done(),
                lambda _exc: done(),
            )

        return on_pool, "PDF writer on the task pool"

    dialog = ExportDialog(vault)
    dialog.show()
    loop = QEventLoop()
    dialog.loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()

    def in_dialog(out: Path, done: Callable[[], None]) -> None:
        def finish(_outcome: str) -> None:
            dialog.finished_export.disconnect(finish)
            done()

        dialog.finished_export.connect(finish)
        dialog.export_to(out)

    _KEEP.append(dialog)
    return in_dialog, "ExportDialog.export_to (its worker thread)"


_KEEP: list[Any] = []


def run(quick: bool) -> list[dict[str, Any]]:
    from vidne.ui.window.controller import make_qapp

    make_qapp("en")
    out = [
        figure(
            "GUI stall meter, idle (noise floor)",
            idle_floor(),
            "ms",
            note=f"{TICK_MS} ms timer, nothing running",
        )
    ]
    with scratch_dir() as tmp:
        for size in ((1920, 1080), (3840, 2160)):
            out += capture_in_child(quick, size, tmp)
        out += report_figures(quick, tmp)
    return out


def _small_vault(data_dir: Path) -> Vault:
    from bench.generate import FAST_KDF

    return Vault.create(data_dir, PASSPHRASE, FAST_KDF)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--capture":
        wanted = (int(sys.argv[2]), int(sys.argv[3]))
        print(json.dumps(capture_figures("--quick" in sys.argv, wanted), ensure_ascii=False))
        sys.exit(0)
    for row in run("--quick" in sys.argv):
        print(row["name"], row["value"], row["note"])
