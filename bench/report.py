"""Benchmark: the PDF report and the evidence bundle for 200 episodes with 400 full-HD captures.

Budget (issue 5): ≤ 20 s, peak memory ≤ 400 MB, and the Qt event loop never stalls more than
50 ms while the report is written on a worker thread. The vault is built first (not timed);
the report then runs in a fresh child process so its peak RSS is the report's alone; the
bundle (no budget) is written after it in the same child.

    /work/venv/bin/python bench/report.py [--episodes 200] [--captures 400]
    /work/venv/bin/python -m bench --only report      # run(quick), the runner's interface
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "bench passphrase æøå 123"


def build(directory: Path, episodes: int, captures: int) -> None:
    from scripts import sample_vault

    per = max(1, round(captures / episodes))
    sample_vault.make(
        directory, PASSPHRASE, episodes=episodes, captures_per=per, size=(1920, 1080), views=True
    ).lock()


def child(directory: Path, out: Path) -> None:
    """Open the vault, write the report on a worker thread, watch the event loop; then the
    bundle (after the peak memory is read, so that figure is the PDF's)."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThread, QTimer
    from vidne.app.output import bundle
    from vidne.app.output.report import pdf
    from vidne.app.output.report.selection import Selection
    from vidne.app.vault.store import Vault

    app = QCoreApplication([])
    vault = Vault.open(directory, PASSPHRASE)
    result: dict[str, float] = {"max_gap_ms": 0.0}
    clock, last = QElapsedTimer(), [0]
    clock.start()

    def beat() -> None:
        now = clock.elapsed()
        result["max_gap_ms"] = max(result["max_gap_ms"], now - last[0] - 10)
        last[0] = now

    class Worker(QThread):
        def run(self) -> None:
            start = time.perf_counter()
            plan = pdf.write(vault, Selection(lang="da"), out)
            result["seconds"] = time.perf_counter() - start
            result["episodes"] = len(plan.ctx.episodes)
            result["annexes"] = len(plan.items)

    timer = QTimer(interval=10, timeout=beat)
    worker = Worker()
    worker.finished.connect(app.quit)
    timer.start()
    last[0] = clock.elapsed()
    worker.start()
    app.exec()
    worker.wait()
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["pdf_mb"] = out.stat().st_size / 1e6
    zipped = out.with_suffix(".zip")
    start = time.perf_counter()
    bundle.write(vault, Selection(lang="da"), zipped)
    result["bundle_seconds"] = time.perf_counter() - start
    result["bundle_mb"] = zipped.stat().st_size / 1e6
    vault.lock()
    print(json.dumps(result))


def measure(episodes: int, captures: int) -> dict[str, float]:
    """Build the vault (untimed), then write the PDF and the bundle in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="vidne-bench-") as tmp:
        vault_dir, out = Path(tmp) / "vault", Path(tmp) / "report.pdf"
        start = time.perf_counter()
        build(vault_dir, episodes, captures)
        print(f"built vault in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(vault_dir), str(out)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-1500:])
        return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(quick: bool) -> list[dict[str, Any]]:
    """The benchmark runner's entry: the issue's data set, or a small one with ``--quick``
    (then the figures have no target: the budget is for 200 episodes and 400 captures)."""
    from bench import figure, tiny

    episodes, captures = (4, 8) if tiny() else (20, 40) if quick else (200, 400)
    f = measure(episodes, captures)
    data = f"{episodes} episodes, {captures} captures, 1920×1080"
    full = not quick
    return [
        figure(
            f"report: PDF ({data})",
            f["seconds"],
            "s",
            20 if full else None,
            note=f"{f['annexes']:.0f} annexes, {f['pdf_mb']:.1f} MB; longest event-loop "
            f"gap meanwhile {f['max_gap_ms']:.0f} ms (worker thread)",
        ),
        figure(
            f"report: peak memory writing the PDF ({data})",
            f["peak_rss_mb"],
            "MB",
            400 if full else None,
            note="peak RSS of a fresh process: open vault, write PDF",
        ),
        figure(
            f"report: evidence bundle ({data})",
            f["bundle_seconds"],
            "s",
            note=f"ZIP with the PDF and the originals, {f['bundle_mb']:.1f} MB; no budget",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--episodes", type=int, default=200)
    parser.add_argument("--captures", type=int, default=400)
    parser.add_argument("--child", nargs=2, metavar=("VAULT", "OUT"))
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    try:
        figures = measure(args.episodes, args.captures)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    ok = figures["seconds"] <= 20 and figures["peak_rss_mb"] <= 400 and figures["max_gap_ms"] <= 50
    print(json.dumps(figures, indent=2))
    print("PASS" if ok else "FAIL: budget is 20 s, 400 MB, 50 ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
