"""The Linux package: ``bash packaging/build_deb.sh`` builds it, dpkg installs and removes it.

Installed, ``vidne`` is on PATH, answers ``--version`` and passes ``vidne selftest`` on an X
screen; its desktop entry and AppStream file pass the freedesktop validators. Removed, nothing
of it is left (not even Python's caches in /opt/vidne), while the user's vault stays. Runs as
root only (it installs a system package); skipped, saying why, anywhere else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vidne.app import APP_ID, __version__

pytestmark = pytest.mark.x11

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = Path(f"/usr/share/applications/{APP_ID}.desktop")
METAINFO = Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml")


def run(*argv: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=False, **kw)  # type: ignore[call-overload, no-any-return]


@pytest.fixture(scope="module")
def deb() -> Path:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("installing a .deb needs root (CI runs as root)")
    for tool in ("dpkg-deb", "dpkg", "desktop-file-validate", "appstreamcli"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is missing (bash scripts/setup.sh installs it)")
    if run("dpkg-query", "-W", "-f=${Status}", "vidne").stdout.endswith("installed"):
        pytest.skip("a vidne package is installed on this machine; not replacing it")
    env = {**os.environ, "PYTHON_FOR_PIP": sys.executable}
    built = run("bash", "packaging/build_deb.sh", cwd=ROOT, env=env, timeout=900)
    assert built.returncode == 0, built.stdout + built.stderr[-5000:]
    return next((ROOT / "dist").glob(f"vidne_{__version__}_*.deb"))


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[list[str]]:
    done = run("dpkg", "-i", str(deb))
    assert done.returncode == 0, done.stdout + done.stderr
    try:
        yield run("dpkg", "-L", "vidne").stdout.split()
    finally:
        run("dpkg", "--purge", "vidne")  # -r keeps dpkg's record (its postrm) until a purge


def test_vidne_is_on_path_and_says_its_version(installed: list[str]) -> None:
    assert Path("/usr/bin/vidne").resolve() == Path("/opt/vidne/bin/vidne")
    done = run("vidne", "--version", env={"PATH": "/usr/bin:/bin", "HOME": "/root"})
    assert done.stdout.strip() == f"Vidne {__version__}", done.stderr


def test_the_installed_vidne_passes_its_selftest(
    installed: list[str], x_display: str, tmp_path: Path
) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISPLAY": x_display, "LANG": "C.UTF-8"}
    done = run("vidne", "selftest", env=env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 of 5 checks passed" in done.stdout


def test_menu_entry_icons_and_appstream_are_valid(installed: list[str]) -> None:
    assert str(DESKTOP) in installed and str(METAINFO) in installed
    assert f"/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png" in installed
    assert "Exec=/usr/bin/vidne\n" in DESKTOP.read_text("utf-8")
    checked = run("desktop-file-validate", str(DESKTOP))
    assert checked.returncode == 0, checked.stdout
    checked = run("appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO))
    assert checked.returncode == 0, checked.stdout


def test_removing_the_package_leaves_only_the_users_data(deb: Path, tmp_path: Path) -> None:
    assert run("dpkg", "-i", str(deb)).returncode == 0
    listed = run("dpkg", "-L", "vidne").stdout.split()
    data = tmp_path / "vault"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    made = run("vidne", "--data-dir", str(data), "init", "--passphrase-stdin",
               input="a long passphrase for the package test\n", env=env)  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    run("vidne", "--version", env={**env, "PYTHONDONTWRITEBYTECODE": ""})  # as root: may cache
    removed = run("dpkg", "-r", "vidne")
    assert removed.returncode == 0, removed.stderr
    left = [p for p in listed if Path(p).is_file() or Path(p).is_symlink()]
    assert left == [] and not Path("/opt/vidne").exists()
    assert (data / "vidne.db").exists() or any(data.iterdir())  # the user's vault is theirs
    run("dpkg", "--purge", "vidne")
