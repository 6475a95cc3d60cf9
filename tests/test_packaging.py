"""Packaging: the icon, the Linux desktop entry and AppStream file, install-desktop, and the
platform files (Info.plist, Inno Setup script, release workflow) agreeing with the package."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from vidne.app import APP_ID, __version__, paths
from vidne.app.platform import freedesktop
from vidne.app.platform.base import LaunchCommand
from vidne.app.platform.freedesktop import exec_value, parse_exec
from vidne.app.platform.launch import launch_command

from tests.conftest import cli_env

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QSvgRenderer paints with QtGui

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "desktop"
ICONS = ROOT / "resources" / "icons"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop tools")


def run_tool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(str(args[0]))
    assert tool, f"{args[0]} is not installed (Debian: desktop-file-utils, appstream)"
    return subprocess.run(
        [tool, *map(str, args[1:])], capture_output=True, text=True, timeout=60, check=False
    )


def desktop_keys(path: Path) -> dict[str, str]:
    return dict(ln.split("=", 1) for ln in path.read_text("utf-8").splitlines() if "=" in ln)


def vidne(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vidne.ui.main", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


# --- the icon -------------------------------------------------------------------------------


def test_png_icons_have_their_size_and_show_the_eye_at_16px() -> None:
    for size in freedesktop.ICON_SIZES:
        with Image.open(ICONS / f"vidne-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    with Image.open(ICONS / "vidne-16.png") as small:
        centre = small.convert("RGB").getpixel((8, 8))
        corner_alpha = small.getpixel((0, 0))[3]
    # The navy tile with a light eye and amber iris: the centre is not the tile's colour, and
    # the rounded corner is (nearly) transparent, so the shape survives at menu size.
    assert centre != (0x1D, 0x35, 0x57)
    assert corner_alpha < 64


def test_svg_is_valid_and_pngs_are_rendered_from_it() -> None:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "vidne.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256
    # The committed 256 px PNG matches the SVG's palette (navy tile at the left edge's middle).
    with Image.open(ICONS / "vidne-256.png") as image:
        assert image.convert("RGB").getpixel((14, 128)) == (0x1D, 0x35, 0x57)


def test_committed_pngs_are_current_with_the_svg(qapp: object) -> None:
    """Editing vidne.svg without running packaging/render_icons.py fails here."""
    import io

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "vidne.svg"))
    for size in (16, 48, 256):
        fresh = Image.open(io.BytesIO(render_icons.render(renderer, size))).convert("RGBA")
        with Image.open(ICONS / f"vidne-{size}.png") as committed:
            pairs = zip(fresh.tobytes(), committed.convert("RGBA").tobytes(), strict=True)
            worst = max(abs(a - b) for a, b in pairs)
        assert worst <= 8, f"vidne-{size}.png is stale: run packaging/render_icons.py"


def test_windows_and_macos_icon_files_carry_the_sizes_they_need() -> None:
    with Image.open(ICONS / "vidne.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(sizes)
    with Image.open(ICONS / "vidne.icns") as icns:
        assert icns.size[0] >= 512


# --- Linux files ----------------------------------------------------------------------------


@linux_only
def test_desktop_entry_validates_and_is_named_after_the_app_id() -> None:
    path = LINUX / f"{APP_ID}.desktop"
    result = run_tool("desktop-file-validate", path)
    assert result.returncode == 0, result.stdout + result.stderr
    keys = desktop_keys(path)
    assert keys["Icon"] == APP_ID
    assert keys["Exec"].split()[0] == "vidne"


@linux_only
def test_metainfo_validates_and_matches_id_and_version() -> None:
    path = LINUX / f"{APP_ID}.metainfo.xml"
    result = run_tool("appstreamcli", "validate", "--no-net", path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = path.read_text("utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    releases = re.findall(r'<release version="([^"]+)"', text)
    assert releases and releases[0] == __version__, "add a <release> for the new version"


# --- install-desktop ------------------------------------------------------------------------


@linux_only
def test_install_desktop_puts_vidne_in_the_menu_and_the_entry_starts_it(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    env = cli_env(tmp_path) | {"XDG_DATA_HOME": str(data_home)}
    result = vidne("install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in result.stdout
    check = run_tool("desktop-file-validate", entry)
    assert check.returncode == 0, check.stdout + check.stderr
    for size in freedesktop.ICON_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(icon) as image:
            assert image.size == (size, size)
    assert (data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    # Launch the way the menu does: the Exec line, in the Path folder if there is one.
    keys = desktop_keys(entry)
    argv = parse_exec(keys["Exec"])
    assert Path(argv[0]).is_absolute() and os.access(argv[0], os.X_OK)
    launched = subprocess.run(
        [*argv, "--version"],
        capture_output=True,
        text=True,
        cwd=keys.get("Path"),
        env={**env, "PYTHONPATH": ""},
        timeout=60,
        check=False,
    )
    assert launched.returncode == 0, launched.stderr
    assert launched.stdout.strip() == f"Vidne {__version__}"


@linux_only
def test_install_desktop_uninstall_removes_every_file(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    env = cli_env(tmp_path) | {"XDG_DATA_HOME": str(data_home)}
    assert vidne("install-desktop", env=env).returncode == 0
    assert any(p.is_file() for p in data_home.rglob("*"))
    result = vidne("install-desktop", "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    assert [p for p in data_home.rglob("*") if p.is_file()] == []
    again = vidne("install-desktop", "--uninstall", env=env)  # nothing there: still fine
    assert again.returncode == 0 and "0" in again.stdout


def test_install_writes_nothing_when_the_bundle_lacks_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources" / "icons", bundle / "resources" / "icons")
    shutil.copytree(LINUX, bundle / "resources" / "desktop")
    (bundle / "resources" / "icons" / "vidne-48.png").unlink()
    monkeypatch.setattr(paths, "RESOURCES", bundle / "resources")
    with pytest.raises(FileNotFoundError, match="vidne-48.png"):
        freedesktop.install(tmp_path / "share")
    assert not (tmp_path / "share").exists()


@linux_only
@pytest.mark.parametrize(
    "program", ["/opt/My Apps/vidne", '/tmp/we"ird$dir/vidne', "/home/a\\b/100%/vidne"]
)
def test_exec_line_survives_awkward_install_paths(tmp_path: Path, program: str) -> None:
    command = LaunchCommand((program, "--minimized"))
    assert parse_exec(exec_value(command)) == [program, "--minimized"]
    template = (LINUX / f"{APP_ID}.desktop").read_text("utf-8")
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(freedesktop.desktop_entry_text(command, template), "utf-8")
    result = run_tool("desktop-file-validate", entry)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_pyinstaller_bundle_starts_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "vidne"))
    assert launch_command() == LaunchCommand((str(tmp_path / "vidne"),))


# --- other platforms' files and the release --------------------------------------------------


def test_macos_info_plist_explains_screen_recording() -> None:
    info = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == __version__
    assert "screen" in info["NSScreenCaptureUsageDescription"].lower()
    assert info["CFBundleExecutable"] == "vidne"


def test_inno_setup_script_matches_version_and_start_at_login() -> None:
    from vidne.app.platform.windows import WindowsRunKey

    iss = (ROOT / "packaging" / "windows" / "vidne.iss").read_text("utf-8")
    assert f'#define AppVersion "{__version__}"' in iss
    assert f'#define AppId "{APP_ID}"' in iss
    run_key = re.search(
        r'Subkey: "([^"]+)"; ValueType: string; ValueName: "([^"]+)"; '
        r'ValueData: """\{app\}\\vidne\.exe"" (--\w+)"',
        iss,
    )
    assert run_key, "the start-at-login task writes the Run value the app reads"
    assert run_key.groups() == (WindowsRunKey.KEY, WindowsRunKey.VALUE, "--minimized")
    assert "{autoprograms}" in iss and "desktopicon" in iss


def test_release_workflow_builds_on_three_runners() -> None:
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in text
    assert "packaging/check_build.sh" in text
    assert "tags:" in text


def test_the_build_keeps_every_qt_module_the_code_imports() -> None:
    """The spec excludes PySide6 modules; importing a new one in app/ or ui/ fails here, not
    in a user's standalone build."""
    import ast

    spec = ast.parse((ROOT / "packaging" / "pyinstaller" / "vidne.spec").read_text("utf-8"))
    assigned = {
        target.id: node.value
        for node in spec.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    excluded = set(ast.literal_eval(assigned["UNUSED_QT"]))
    used = set()
    for path in [*ROOT.glob("app/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        text = path.read_text("utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import \(?([\w, \n]+)", text):
            used |= set(re.findall(r"\bQt\w+", names))
    assert used, "found no PySide6 imports at all"
    assert used & excluded == set(), "add these to KEEP_QT and remove them from UNUSED_QT"


def test_build_extra_lists_pyinstaller() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["build"])


# --- the wheel's contents ---------------------------------------------------------------------


def setuptools_config() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def folders_with_files(folder: Path) -> list[Path]:
    return sorted(
        {p.parent for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    )


def test_every_package_folder_is_in_the_wheel() -> None:
    """A new folder under app/, ui/ or resources/ must be listed in
    [tool.setuptools].packages, or a normal install (pip, pipx) silently lacks it while the
    editable checkout works."""
    setuptools = setuptools_config()
    found = set()
    for package, folder in setuptools["package-dir"].items():
        for sub in [ROOT / folder, *folders_with_files(ROOT / folder)]:
            parts = sub.relative_to(ROOT / folder).parts
            found.add(".".join((package, *parts)))
            if any(sub.glob("*.py")):
                assert (sub / "__init__.py").is_file(), f"{sub} has no __init__.py"
    listed = set(setuptools["packages"])
    assert found - listed == set(), "add these to [tool.setuptools].packages"
    assert listed - found == set(), "listed but not in the tree"


def test_every_resource_file_is_package_data() -> None:
    """Files under resources/ reach the wheel only through [tool.setuptools.package-data]
    (the Qt Linguist sources, *.ts, stay out: the compiled *.qm is what Vidne loads)."""
    package_data = setuptools_config()["package-data"]
    resources = ROOT / "resources"
    for folder in folders_with_files(resources):
        package = ".".join(("vidne.resources", *folder.relative_to(resources).parts))
        patterns = package_data.get(package, [])
        for path in folder.iterdir():
            if path.is_file() and path.suffix != ".ts":
                assert any(fnmatch(path.name, p) for p in patterns), f"{path} is not package data"
