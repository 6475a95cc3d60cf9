"""Can Vidne be installed on Windows and macOS from binary wheels alone?

An install there must never fall back to building a package from source (no compiler on a
user's laptop; a build of sqlcipher3 or PyNaCl would fail). This check takes every runtime
dependency of Vidne, and theirs, with the versions resolved in this environment (markers
evaluated for each target, so Linux-only ones drop out and a target's own ones come in), and
asks pip whether each has a wheel for the target: ``pip install --dry-run --only-binary=:all:
--platform ... --no-deps`` with all pins at once (pip reads the wheels' metadata, it does not
download them). Targets: Windows x86-64, macOS x86-64 and macOS arm64, CPython 3.11.

Usage: ``python packaging/check_wheels.py [--target NAME ...]``; prints one line per target
and exits 1 when a dependency has no wheel (pip's message names it). Needs the package index.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYTHON = "3.11"
# name -> (pip --platform tags, marker environment). macOS 13 is the oldest the Qt 6.11 wheels
# support; pip also accepts wheels tagged for older macOS versions and universal2.
TARGETS: dict[str, tuple[list[str], dict[str, str]]] = {
    "windows-x86_64": (
        ["win_amd64"],
        {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
         "platform_machine": "AMD64"},
    ),
    "macos-x86_64": (
        ["macosx_13_0_x86_64"],
        {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
         "platform_machine": "x86_64"},
    ),
    "macos-arm64": (
        ["macosx_13_0_arm64"],
        {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
         "platform_machine": "arm64"},
    ),
}  # fmt: skip


def environment(target: str) -> dict[str, str]:
    env = {"python_version": PYTHON, "python_full_version": f"{PYTHON}.0",
           "implementation_name": "cpython", "platform_python_implementation": "CPython",
           "extra": ""}  # fmt: skip
    return env | TARGETS[target][1]


def project_requirements() -> list[Requirement]:
    doc = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return [Requirement(r) for r in doc["project"]["dependencies"]]


def applies(req: Requirement, env: dict[str, str]) -> bool:
    return req.marker is None or Marker(str(req.marker)).evaluate(env)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(target: str) -> dict[str, tuple[str, str]]:
    """Every runtime requirement for *target*, transitively, by name: ('name==version' as
    resolved here, or the requirement as written when not installed here; 'name<spec>' as the
    requiring packages ask for it)."""
    env = environment(target)
    todo = [r for r in project_requirements() if applies(r, env)]
    seen: dict[str, tuple[str, str]] = {}
    while todo:
        req = todo.pop()
        name = canonical(req.name)
        if name in seen:
            continue
        wanted = f"{req.name}{req.specifier}"
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            seen[name] = (wanted, wanted)
            continue
        seen[name] = (f"{req.name}=={dist.version}", wanted)
        todo += [r for r in map(Requirement, dist.requires or []) if applies(r, env)]
    return seen


def check(target: str) -> tuple[bool, str]:
    """(every requirement has a wheel, what to print). The versions resolved here first; where
    one has no wheel for *target*, whether another version the requirement allows has one
    (what pip on that system would install)."""
    wanted = requirements(target)
    ok, text, _ = resolve(target, sorted(pin for pin, _ in wanted.values()))
    if ok:
        return ok, text
    ok, text, found = resolve(target, sorted(spec for _, spec in wanted.values()))
    other = [f"{n} {v} (here {wanted[n][0].split('==')[1]})" for n, v in sorted(found.items())
             if "==" in wanted[n][0] and wanted[n][0].split("==")[1] != v]  # fmt: skip
    note = f" [there: {', '.join(other)}]" if other else ""
    return ok, text.replace(": OK,", f": OK{note},", 1)


def resolve(target: str, requirements: list[str]) -> tuple[bool, str, dict[str, str]]:
    """Ask pip for a wheel of each requirement: (all found, what to print, name -> version)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        argv = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
                "--only-binary=:all:", "--no-deps", "--python-version", PYTHON,
                "--implementation", "cp", "--target", str(Path(tmp) / "t"), "--quiet",
                "--disable-pip-version-check", "--report", str(report)]  # fmt: skip
        for tag in TARGETS[target][0]:
            argv += ["--platform", tag]
        done = subprocess.run([*argv, *requirements], capture_output=True, text=True)
        if done.returncode != 0:
            errors = [ln for ln in done.stderr.splitlines() if ln.startswith("ERROR")]
            lines = "\n  ".join(errors or [done.stderr.strip()])
            return False, f"{target}: FAIL\n  {lines}", {}
        installs = json.loads(report.read_text())["install"]
    wheels = [i["download_info"]["url"].rsplit("/", 1)[-1] for i in installs]
    found = {canonical(i["metadata"]["name"]): i["metadata"]["version"] for i in installs}
    return True, f"{target}: OK, {len(wheels)} wheels: " + ", ".join(sorted(wheels)), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", action="append", choices=sorted(TARGETS))
    targets = parser.parse_args(argv).target or list(TARGETS)
    with ThreadPoolExecutor(len(targets)) as pool:
        results = list(pool.map(check, targets))
    for _ok, text in results:
        print(text)
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
