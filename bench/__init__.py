"""Vidne's benchmarks: ``python -m bench`` (or ``bash scripts/setup.sh bench``).

Each benchmark module exposes ``run(quick: bool) -> list[dict]``; every dict is one figure with
the keys of :func:`figure`. The runner (``bench/__main__.py``) runs each module in its own
process (so memory figures and Qt state do not leak between them), prints one table and writes
``bench/results/latest.json``. Targets are upper bounds in the figure's unit.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

KEYS = ("name", "value", "unit", "target", "peer", "peer_value", "ratio", "note")


def figure(
    name: str,
    value: float,
    unit: str,
    target: float | None = None,
    peer: str | None = None,
    peer_value: float | None = None,
    ratio: float | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One row of the results table (the interface every bench module returns)."""
    if ratio is None and peer_value:
        ratio = value / peer_value
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "target": target,
        "peer": peer,
        "peer_value": None if peer_value is None else round(peer_value, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "note": note,
    }


def tiny() -> bool:
    """``VIDNE_BENCH_TINY=1`` (the smoke test): the smallest data that still exercises
    every code path, so the test stays quick."""
    return os.environ.get("VIDNE_BENCH_TINY") == "1"


def runs(quick: bool, full: int = 7) -> int:
    """How many repetitions: a median needs at least three."""
    return 3 if quick else full


def timed_ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def median_ms(fn: Callable[[], Any], count: int, setup: Callable[[], Any] | None = None) -> float:
    """Median wall time of *count* calls of *fn* in milliseconds (*setup* runs untimed)."""
    samples = []
    for _ in range(count):
        if setup is not None:
            setup()
        samples.append(timed_ms(fn)[0])
    return statistics.median(samples)


def rss_mb() -> float:
    """Resident memory of this process now (VmRSS), in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextlib.contextmanager
def scratch_dir(prefix: str = "vidne-bench-") -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=prefix) as name:
        yield Path(name)


@contextlib.contextmanager
def xvfb(width: int = 1920, height: int = 1080) -> Iterator[str]:
    """Start ``Xvfb -screen 0 WxHx24`` on a display number it picks itself (``-displayfd``,
    so parallel runs never race for one) and yield ':N'; stop it afterwards. Shared by the
    benchmarks and the X11 tests (tests/integration/xserver.py)."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
