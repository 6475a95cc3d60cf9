"""Running a real Wayland desktop in a test: who runs it, with which Python, and how.

sway refuses to run as root, so as root the tests use an unprivileged account of their own
(``vidnetest``, created with ``useradd`` the first time); as any other user they run the
desktop as that user. The desktop and Vidne then run under a Python that account can execute:
this venv's when it can, otherwise a throwaway venv of the system ``python3`` (same version)
that reads this venv's packages (CI's venv lives under /root, which no other user may enter).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "integration" / "wayland_desktop.py"
TEST_USER = "vidnetest"
PROGRAMS = {
    "sway": "sway",
    "dbus-daemon": "dbus",
    "pipewire": "pipewire",
    "wireplumber": "wireplumber",
    "dbus-send": "dbus",
}
LIBEXEC = {
    "wlr": "xdg-desktop-portal-wlr",
    "gtk": "xdg-desktop-portal-gtk",
    "portal": "xdg-desktop-portal",
}


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    gid: int
    home: str


def need_programs(parts: set[str]) -> None:
    """Skip, naming the Debian package, when a program of the desktop is missing."""
    missing = [pkg for prog, pkg in PROGRAMS.items() if shutil.which(prog) is None]
    missing += [name for part, name in LIBEXEC.items() if part in parts and not Path("/usr/libexec", name).exists()]  # fmt: skip
    if missing:
        pytest.skip(f"install {' '.join(sorted(set(missing)))} (bash scripts/setup.sh does)")


def current_user() -> User:
    import pwd  # POSIX only; this module is imported on every system the suite runs on

    me = pwd.getpwuid(os.getuid())
    return User(me.pw_name, me.pw_uid, me.pw_gid, me.pw_dir)


def desktop_user() -> User:
    """The account that runs the desktop: ourselves, or as root the test account."""
    import pwd

    if os.getuid() != 0:
        return current_user()
    try:
        entry = pwd.getpwnam(TEST_USER)
    except KeyError:
        made = subprocess.run(["useradd", "-m", TEST_USER], capture_output=True, text=True)
        if made.returncode != 0:
            pytest.skip(f"sway refuses root and useradd {TEST_USER} failed: {made.stderr.strip()}")
        entry = pwd.getpwnam(TEST_USER)
    return User(entry.pw_name, entry.pw_uid, entry.pw_gid, entry.pw_dir)


def run_as(user: User, argv: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    if user.uid == os.getuid():
        return subprocess.run(argv, text=True, check=False, **kw)  # type: ignore[call-overload, no-any-return]
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        argv, text=True, check=False, user=user.uid, group=user.gid, extra_groups=[], **kw
    )


def user_python(user: User, work: Path) -> str:
    """A Python *user* can run that imports Vidne and its dependencies from this checkout."""
    probe = [sys.executable, "-c", "import vidne.app, PySide6, jeepney"]
    try:
        if run_as(user, probe, capture_output=True, cwd="/").returncode == 0:
            return sys.executable
    except PermissionError:
        pass  # e.g. a venv of a Python under /root
    system = shutil.which("python3", path="/usr/bin:/bin")
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if system is None:
        pytest.skip(f"{user.name} cannot run {sys.executable} and there is no system python3")
    same = subprocess.run([system, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                          capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
    if same != version:
        pytest.skip(
            f"{user.name} cannot run {sys.executable}; system python3 is {same}, not {version}"
        )
    venv = work / "python"
    subprocess.run([system, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"])
    ours = sysconfig.get_paths()["purelib"]
    (site / "vidne_checkout.pth").write_text(f"import site; site.addsitedir({ours!r})\n", "utf-8")
    return str(venv / "bin" / "python")


@contextmanager
def workdir(user: User) -> Iterator[Path]:
    """A folder the desktop's user owns (pytest's tmp_path is private to root), removed after."""
    path = Path(tempfile.mkdtemp(prefix="vidne-wayland-"))
    try:
        os.chmod(path, 0o755)
        os.chown(path, user.uid, user.gid)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def chown_tree(path: Path, user: User) -> None:
    for item in [path, *path.rglob("*")]:
        os.chown(item, user.uid, user.gid)


def run_desktop(
    user: User, work: Path, python: str, parts: set[str], command: list[str],
    stdin: str = "", timeout: float = 120,
) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Start the desktop (see wayland_desktop.py) as *user* and run *command* in it."""
    env = {"PATH": "/usr/bin:/bin", "HOME": user.home, "LANG": "C.UTF-8"}
    argv = [python, str(DRIVER), str(work), ",".join(sorted(parts)), "--", *command]
    return run_as(user, argv, input=stdin, capture_output=True, env=env, cwd=str(work),
                  timeout=timeout)  # fmt: skip


def logs(work: Path) -> str:
    """Every service's log, for the failure message."""
    return "\n".join(
        f"--- {p.name}\n{p.read_text('utf-8', 'replace')[-3000:]}"
        for p in sorted(work.glob("*.log"))
    )


@contextmanager
def running_desktop(work: Path, parts: set[str]) -> Iterator[dict[str, str]]:
    """A desktop of *parts* run by this user while the block runs; its environment."""
    argv = [sys.executable, str(DRIVER), str(work), ",".join(sorted(parts)), "--", "--wait"]
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", str(work)), "LANG": "C.UTF-8"}
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        line = proc.stdout.readline()
        if not line:
            proc.wait(timeout=10)
            raise AssertionError(f"the desktop did not start:\n{logs(work)}")
        yield json.loads(line)
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()
