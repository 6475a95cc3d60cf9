"""A normal install: build the wheel, install it into a fresh virtualenv outside the checkout,
and use Vidne from there, with no PYTHONPATH and no source tree in sight.

This is what a user gets from ``pip install .`` or ``pipx install``: only ``vidne`` lands in
site-packages (no top-level ``app``/``ui``/``resources``), and everything that reads a resource
(report fonts, translations, icons, the desktop entry, the guide) works from the installed
package. Slow (marker ``wheel``): it builds, creates a virtualenv and installs the dependencies
(from pip's cache, else the package index), about 30-60 s in all; the virtualenv is built once
for the whole module.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from vidne.app import APP_ID, __version__

from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.wheel,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb, install-desktop"),
]

ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EPISODES = (
    "Truende mail om skolebestyrelsen, Æble-Øre-Ås",
    "Opslag i forældregruppen med mit navn og adresse",
    "Anonym sms klokken 23:40 om min søn",
)
# Not copied into the build folder: what setuptools must never see from a checkout (a stale
# build/lib would otherwise end up in the wheel) and what is not the project's source.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
)


@dataclass(frozen=True)
class Install:
    """The built wheel and the virtualenv it is installed in."""

    wheel: Path
    venv: Path
    site_packages: Path
    workdir: Path  # outside the checkout: the current directory of every command
    env: dict[str, str]

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def script(self) -> Path:
        return self.venv / "bin" / "vidne"

    def run(
        self, *argv: str | Path, stdin: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in argv],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.workdir,
            env=env or self.env,
            timeout=120,
            check=False,
        )


def pip_cache() -> str:
    """pip's own cache: conftest points XDG_CACHE_HOME at a temp dir for the whole session,
    which would make every run download PySide6 again."""
    return os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")


def clean_env(venv: Path) -> dict[str, str]:
    """The environment of a user's shell with the new virtualenv on PATH: nothing points into
    the checkout (no PYTHONPATH, no checkout .venv on PATH)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and str(ROOT) not in p]
    env["PATH"] = os.pathsep.join([str(venv / "bin"), *path])
    env["LANG"] = "C.UTF-8"  # messages and the default report in English
    env["PIP_CACHE_DIR"] = pip_cache()
    return env


def checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def install(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Install]:
    base = tmp_path_factory.mktemp("wheel")
    assert not base.resolve().is_relative_to(ROOT), "the test must run outside the checkout"
    source, wheels, venv, workdir = (base / n for n in ("source", "wheels", "venv", "work"))
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    workdir.mkdir()
    env = clean_env(venv)
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, source]
    checked(subprocess.run(build, capture_output=True, text=True, env=env, timeout=600))
    [wheel] = wheels.glob("vidne-*.whl")
    checked(subprocess.run([sys.executable, "-m", "venv", venv], capture_output=True, env=env))
    installed = Install(wheel, venv, Path(), workdir, env)
    checked(installed.run(installed.python, "-m", "pip", "install", "-q", wheel))
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(checked(installed.run(installed.python, "-c", purelib)).stdout.strip())
    yield Install(wheel, venv, site, workdir, env)


# --- what is installed ----------------------------------------------------------------------


def test_the_wheel_holds_the_package_and_its_resources_only(install: Install) -> None:
    names = zipfile.ZipFile(install.wheel).namelist()
    outside = [n for n in names if not n.startswith(("vidne/", f"vidne-{__version__}.dist-info/"))]
    assert outside == []
    assert not [n for n in names if n.endswith(".ts") or "/tests/" in n or "conftest" in n]
    assert "vidne/__init__.py" not in names  # vidne is a namespace package: app, ui, resources
    for needed in (
        "vidne/app/__init__.py",
        "vidne/ui/main.py",
        "vidne/resources/fonts/DejaVuSans.ttf",
        "vidne/resources/translations/vidne_da.qm",
        "vidne/resources/guide/guide_da.md",
        f"vidne/resources/desktop/{APP_ID}.desktop",
        "vidne/resources/icons/vidne.svg",
    ):
        assert needed in names


def test_site_packages_gets_vidne_and_nothing_else_of_ours(install: Install) -> None:
    ours = {"vidne", f"vidne-{__version__}.dist-info"}
    assert ours <= {p.name for p in install.site_packages.iterdir()}
    for stray in ("app", "ui", "resources", "tests", "bench", "scripts", "packaging"):
        assert not (install.site_packages / stray).exists(), stray
    # Every file pip installed for us is under vidne/, in the dist-info, or the script.
    record = (install.site_packages / f"vidne-{__version__}.dist-info" / "RECORD").read_text()
    files = {line.split(",")[0] for line in record.splitlines() if line}
    elsewhere = {f for f in files if f.split("/")[0] not in ours}
    assert {Path(f).name for f in elsewhere} == {"vidne"}  # ../../../bin/vidne

    python = str(install.python)
    for top in ("app", "ui", "resources"):
        failed = install.run(python, "-c", f"import {top}")
        assert failed.returncode == 1 and "ModuleNotFoundError" in failed.stderr, top
    where = "import vidne.app, vidne.ui.main; print(vidne.app.__file__)"
    found = Path(checked(install.run(python, "-c", where)).stdout.strip())
    assert found.is_relative_to(install.site_packages)


def test_the_guide_is_readable_from_the_installed_package(install: Install) -> None:
    show = "from vidne.app.guide import guide_text; print(guide_text('da'), end='')"
    text = checked(install.run(install.python, "-c", show)).stdout
    assert text == (ROOT / "resources" / "guide" / "guide_da.md").read_text("utf-8")


# --- the command line of the installed script -----------------------------------------------


def pdf_text_and_fonts(data: bytes) -> tuple[str, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return "\n".join(page.extract_text() for page in reader.pages), fonts


@pytest.mark.x11
def test_the_installed_command_line_works_end_to_end(
    install: Install, x_display: str, tmp_path: Path
) -> None:
    vault = tmp_path / "vault"
    env = install.env | {"DISPLAY": x_display, "XDG_SESSION_TYPE": "x11"}
    env.pop("WAYLAND_DISPLAY", None)

    def vidne(*args: str | Path, secret: bool = True) -> str:
        """Run the venv's script on the vault; with *secret*, give it the passphrase."""
        argv = [install.script, "--data-dir", vault, *args]
        if secret:
            argv.append("--passphrase-stdin")
        stdin = PASSPHRASE + "\n" if secret else ""
        return checked(install.run(*argv, stdin=stdin, env=env)).stdout

    assert (
        checked(install.run(install.script, "--version")).stdout.strip() == f"Vidne {__version__}"
    )
    vidne("init")
    for severity, text in enumerate(EPISODES, start=2):
        vidne("add", "--channel", "email", "--severity", str(severity), "--description", text)

    # Locked vault, no Vidne running: the capture is sealed into the inbox, no PNG on disk.
    vidne("capture", secret=False)
    [sealed] = (vault / "inbox").glob("*.vsealed")
    assert PNG_SIGNATURE not in sealed.read_bytes()
    # With the passphrase it imports the sealed one and stores its own directly.
    vidne("capture", "--all")
    assert list((vault / "inbox").glob("*.vsealed")) == []

    vidne("report", "--out", tmp_path / "report.pdf")
    english, fonts = pdf_text_and_fonts((tmp_path / "report.pdf").read_bytes())
    for text in EPISODES:
        assert text in english
    assert "Documentation of online harassment" in english
    assert "Fortroligt" not in english
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts  # the bundled fonts, not a fallback

    vidne("--lang", "da", "report", "--out", tmp_path / "rapport.pdf")
    danish, _ = pdf_text_and_fonts((tmp_path / "rapport.pdf").read_bytes())
    for words in ("Dokumentation af digital chikane", "Fortroligt", "Episoder i alt: 3"):
        assert words in danish
    assert EPISODES[2] in danish

    vidne("bundle", "--out", tmp_path / "bundle.zip")
    with zipfile.ZipFile(tmp_path / "bundle.zip") as bundle:
        sums = dict(ln.split()[::-1] for ln in bundle.read("SHA256SUMS").decode().splitlines())
        assert "episodes.json" in sums
        for name, digest in sums.items():
            assert hashlib.sha256(bundle.read(name.lstrip("*"))).hexdigest() == digest
        assert EPISODES[0] in bundle.read("episodes.json").decode("utf-8")

    assert vidne("verify").startswith("OK: ")


def test_install_desktop_writes_the_entry_and_icons_from_the_package(
    install: Install, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    env = install.env | {"XDG_DATA_HOME": str(share)}
    checked(install.run(install.script, "install-desktop", env=env))
    entry = share / "applications" / f"{APP_ID}.desktop"
    keys = dict(ln.split("=", 1) for ln in entry.read_text("utf-8").splitlines() if "=" in ln)
    assert keys["Exec"].split()[0] == str(install.script)
    assert keys["Icon"] == APP_ID
    pngs = list((share / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    assert len(pngs) >= 9 and all(p.read_bytes().startswith(PNG_SIGNATURE) for p in pngs)
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
