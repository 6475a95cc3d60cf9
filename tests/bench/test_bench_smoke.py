"""The benchmarks must keep running: the runner end to end in --quick mode, on tiny data.

Not a speed test (this machine's load varies); it checks that every one of bench's own
modules still drives the app's current APIs, that a generated vault passes the integrity
check, and that the runner's table and JSON carry the agreed keys.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import KEYS
from bench import __main__ as runner
from bench.generate import generate, verify

ROOT = Path(__file__).resolve().parents[2]
OWN = ("startup", "vault_scale", "encryption_cost")


def test_generated_vault_passes_the_integrity_check(tmp_path: Path) -> None:
    made = generate(tmp_path / "vault", episodes=40, captures_count=12, pool_size=3)
    assert verify(made.directory) is None


def test_quick_run_writes_every_figure_with_the_agreed_keys(tmp_path: Path) -> None:
    out = tmp_path / "quick.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VIDNE_BENCH_TINY": "1"}
    cmd = [sys.executable, "-m", "bench", "--quick", "--out", str(out)]
    for name in OWN:
        cmd += ["--only", name]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text())
    assert report["unavailable"] == {}, report["unavailable"]
    modules = {r["module"] for r in report["results"]}
    assert modules == set(OWN)
    for row in report["results"]:
        assert set(KEYS) <= set(row), row
        assert isinstance(row["value"], int | float) and row["value"] >= 0, row
    names = [r["name"] for r in report["results"]]
    assert any(n.startswith("search") for n in names)
    assert any(n.startswith("encrypted store") for n in names)
    assert "integrity check" in " ".join(names)
    assert not [r for r in report["results"] if "FAILED" in r["note"]]
    assert "Benchmark" in proc.stdout and "search" in proc.stdout
    assert out.with_suffix(".md").read_text().startswith("| Benchmark")


def test_a_module_without_run_quick_is_reported_not_fatal(tmp_path: Path) -> None:
    assert runner._load("no_such_benchmark") == "module not there yet"
    report = {"results": [], "unavailable": {"capture": "module not there yet"}}
    assert "not available" in runner.text_table(runner.table_rows(report))


@pytest.mark.parametrize(
    ("value", "target", "met"), [(10, 50, True), (60, 50, False), (10, None, None)]
)
def test_verdict_reads_targets_as_upper_bounds(
    value: float, target: float | None, met: bool | None
) -> None:
    assert runner.verdict({"value": value, "target": target}) is met
