"""Run every benchmark, print one table, write ``bench/results/latest.json``.

    python -m bench                 # everything, several runs each, medians
    python -m bench --quick         # small data and three runs: a smoke run (writes nothing
                                    # unless --out is given)
    python -m bench --only vault_scale --only startup
    python -m bench --markdown      # the table as Markdown (for the README)

Each module in :data:`MODULES` exposes ``run(quick: bool) -> list[dict]`` (see
:func:`bench.figure`). It runs in a child process of its own, so one module's memory, Qt
application or crash cannot touch another's figures. A module that is missing or has no
``run(quick)`` is listed as "not available" and the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import KEYS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
# Order: the quick, machine-sensitive figures first, the long ones last.
MODULES = (
    "capture",
    "cli",
    "gui_stall",
    "startup",
    "vault_scale",
    "encryption_cost",
    "commit_cost",
    "report",
    "stress",
)
UNAVAILABLE = 3  # child exit code: the module is missing or has no run(quick)
TIMEOUT_S = {True: 300, False: 1800}


# --- child side ------------------------------------------------------------------------------
def _load(name: str) -> Any:
    """The module's run function, or a string saying why there is none."""
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"bench.{name}":
            return "module not there yet"
        raise
    fn = getattr(module, "run", None)
    if not callable(fn):
        return "no run(quick) function"
    try:
        inspect.signature(fn).bind(quick=True)
    except TypeError:
        return f"run{inspect.signature(fn)} does not take run(quick: bool)"
    return fn


def _clean(row: Any, module: str) -> dict[str, Any]:
    if not isinstance(row, dict) or "name" not in row or "value" not in row:
        raise ValueError(f"{module}: a result is not a dict with name and value: {row!r}")
    out = {key: row.get(key) for key in KEYS}
    out["note"] = out["note"] or ""
    if "met" in row:
        out["met"] = row["met"]
    out["module"] = module
    return out


def child(name: str, quick: bool, result_file: Path) -> int:
    fn = _load(name)
    if isinstance(fn, str):
        result_file.write_text(json.dumps({"unavailable": fn}))
        return UNAVAILABLE
    rows = [_clean(r, name) for r in fn(quick)]
    result_file.write_text(json.dumps({"results": rows}, ensure_ascii=False))
    # WORKAROUND: PySide6 can crash while the interpreter finalizes after widgets and worker
    # threads were used ("bool_dealloc" during the final GC); the figures are written, so
    # leave without finalizing.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# --- parent side -----------------------------------------------------------------------------
def run_module(name: str, quick: bool) -> dict[str, Any]:
    """Run one module in a child process; returns {"results": [...]} or {"unavailable": why}."""
    with tempfile.TemporaryDirectory(prefix="vidne-bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "bench", "--child", name, "--result-file", str(result_file)]
        if quick:
            cmd.append("--quick")
        try:
            proc = subprocess.run(
                cmd, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S[quick]
            )
        except subprocess.TimeoutExpired:
            return {"unavailable": f"timed out after {TIMEOUT_S[quick]} s"}
        if result_file.exists() and proc.returncode in (0, UNAVAILABLE):
            return dict(json.loads(result_file.read_text()))
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-6:]
        return {"unavailable": f"failed (exit {proc.returncode}): " + " | ".join(tail)}


def verdict(row: dict[str, Any]) -> bool | None:
    if row.get("met") is not None:
        return bool(row["met"])
    target = row.get("target")
    if isinstance(target, int | float) and isinstance(row.get("value"), int | float):
        return bool(row["value"] <= target)
    return None


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.0f}"
    return str(value)


def table_rows(report: dict[str, Any]) -> list[list[str]]:
    rows = []
    for r in report["results"]:
        unit = r.get("unit") or ""
        target = r.get("target")
        target_text = (
            f"≤ {_num(target)} {unit}" if isinstance(target, int | float) else str(target or "")
        )
        mark = {True: "✓", False: "✗", None: ""}[verdict(r)]
        ratio = r.get("ratio")
        rows.append(
            [
                r["name"],
                f"{_num(r['value'])} {unit}",
                target_text,
                mark,
                r.get("peer") or "",
                f"{_num(r['peer_value'])} {unit}" if r.get("peer_value") is not None else "",
                f"{ratio:.2f}×" if isinstance(ratio, int | float) else "",
                r.get("note") or "",
            ]
        )
    for name, why in report["unavailable"].items():
        rows.append([name, "not available", "", "", "", "", "", why])
    return rows


HEADER = ["Benchmark", "Figure", "Target", "", "Peer", "Peer figure", "Ratio", "Note"]


def text_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER) - 1)]
    lines = []
    for r in [HEADER, ["-" * w for w in widths] + ["----"], *rows]:
        cells = [
            c.ljust(w) if i != 1 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=False))
        ]
        lines.append("  ".join(cells + [r[-1]]).rstrip())
    return "\n".join(lines)


def markdown_table(rows: list[list[str]]) -> str:
    def esc(cell: str) -> str:
        return cell.replace("|", "\\|")

    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """Enough about the machine to compare runs: CPU, cores, memory, versions, commit."""
    import PySide6
    import sqlcipher3

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    conn = sqlcipher3.connect(":memory:")
    cipher = (conn.execute("PRAGMA cipher_version").fetchone() or [""])[0]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mb": mem,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlcipher": cipher,
        "commit": commit,
        # other work on the machine moves the figures; note how busy it was at the start
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def merged(old: dict[str, Any], new: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Keep the other modules' figures from *old* when only *names* were run again."""
    keep = [r for r in old.get("results", []) if r.get("module") not in names]
    gone = {k: v for k, v in old.get("unavailable", {}).items() if k not in names}
    order = {name: i for i, name in enumerate(MODULES)}
    results = sorted(keep + new["results"], key=lambda r: order.get(r.get("module"), 99))
    return {**new, "results": results, "unavailable": {**gone, **new["unavailable"]}}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="small data, three runs; writes no results unless --out is given",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        choices=MODULES,
        help="run only this benchmark (repeatable): " + ", ".join(MODULES),
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="where to write the JSON (default bench/results/latest.json for a full run)",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.child:
        return child(args.child, args.quick, args.result_file)
    names = [n for n in MODULES if not args.only or n in args.only]
    report: dict[str, Any] = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "quick": args.quick,
        "machine": machine(),
        "results": [],
        "unavailable": {},
    }
    for name in names:
        print(f"bench: {name} …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        outcome = run_module(name, args.quick)
        report["results"] += outcome.get("results", [])
        if "unavailable" in outcome:
            report["unavailable"][name] = outcome["unavailable"]
        print(
            f"bench: {name} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True
        )
    rows = table_rows(report)
    print(markdown_table(rows) if args.markdown else text_table(rows))
    out = args.out or (None if args.quick else RESULTS / "latest.json")
    if out is not None:
        if args.only and out.exists():
            report = merged(json.loads(out.read_text()), report, names)
            rows = table_rows(report)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
        out.with_suffix(".md").write_text(markdown_table(rows) + "\n")
        print(f"bench: results written to {out}", file=sys.stderr)
    missed = [r["name"] for r in report["results"] if verdict(r) is False]
    if missed:
        print(f"bench: {len(missed)} target(s) missed: " + "; ".join(missed), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
